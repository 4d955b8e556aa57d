/**
 * A small unified line diff (longest common subsequence), enough to show a user what
 * `init --force` would change in a file of a few hundred lines. Not a general-purpose diff: past
 * MAX_CELLS it gives up and says so rather than using quadratic memory.
 */

/** Lines of context around each change, as `diff -u` prints. */
const CONTEXT = 3;
/** Largest LCS table built (old lines × new lines). */
const MAX_CELLS = 4_000_000;

type Edit = {
  kind: " " | "-" | "+";
  text: string;
  oldLine: number;
  newLine: number;
};

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The edit script turning `before` into `after`, from an LCS table filled from the end. */
function editScript(before: string[], after: string[]): Edit[] {
  const rows = before.length + 1;
  const cols = after.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        before[i] === after[j]
          ? (table[(i + 1) * cols + j + 1] as number) + 1
          : Math.max(
              table[(i + 1) * cols + j] as number,
              table[i * cols + j + 1] as number,
            );
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      edits.push({
        kind: " ",
        text: before[i] as string,
        oldLine: i++,
        newLine: j++,
      });
    } else if (
      i < before.length &&
      (j === after.length ||
        (table[(i + 1) * cols + j] as number) >=
          (table[i * cols + j + 1] as number))
    ) {
      // Deletions before insertions, as `diff -u` prints them.
      edits.push({
        kind: "-",
        text: before[i] as string,
        oldLine: i++,
        newLine: j,
      });
    } else {
      edits.push({
        kind: "+",
        text: after[j] as string,
        oldLine: i,
        newLine: j++,
      });
    }
  }
  return edits;
}

/** Groups changes with their context into `@@` hunks. */
function hunks(edits: Edit[]): Edit[][] {
  const changed = edits.flatMap((edit, index) =>
    edit.kind === " " ? [] : [index],
  );
  const groups: Edit[][] = [];
  let start = -1;
  let end = -1;
  for (const index of changed) {
    if (start >= 0 && index - CONTEXT <= end + CONTEXT) {
      end = index;
      continue;
    }
    if (start >= 0)
      groups.push(edits.slice(Math.max(0, start - CONTEXT), end + CONTEXT + 1));
    start = index;
    end = index;
  }
  if (start >= 0)
    groups.push(edits.slice(Math.max(0, start - CONTEXT), end + CONTEXT + 1));
  return groups;
}

function hunkHeader(hunk: Edit[]): string {
  const first = hunk[0] as Edit;
  const oldCount = hunk.filter((e) => e.kind !== "+").length;
  const newCount = hunk.filter((e) => e.kind !== "-").length;
  const oldStart = oldCount === 0 ? first.oldLine : first.oldLine + 1;
  const newStart = newCount === 0 ? first.newLine : first.newLine + 1;
  return `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`;
}

/**
 * A unified diff from `before` (labelled `beforeName`) to `after`; empty when they are equal.
 * Lines are compared exactly; a missing final newline is not reported.
 */
export function unifiedDiff(options: {
  before: string;
  after: string;
  beforeName: string;
  afterName: string;
}): string {
  if (options.before === options.after) return "";
  const before = splitLines(options.before);
  const after = splitLines(options.after);
  const header = [`--- ${options.beforeName}`, `+++ ${options.afterName}`];
  if ((before.length + 1) * (after.length + 1) > MAX_CELLS)
    return [
      ...header,
      `(too large to diff: ${before.length} and ${after.length} lines)`,
    ].join("\n");
  const body = hunks(editScript(before, after)).flatMap((hunk) => [
    hunkHeader(hunk),
    ...hunk.map((edit) => `${edit.kind}${edit.text}`),
  ]);
  if (body.length === 0)
    return [...header, "(only the final newline differs)"].join("\n");
  return [...header, ...body].join("\n");
}
