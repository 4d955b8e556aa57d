/** Longest excerpt of a value an error message shows: enough to recognise it, never a whole file. */
export const MAX_SHOWN = 40;

/** A value as JSON, cut to MAX_SHOWN characters, for error messages. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** Edits (insert, delete, replace) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace =
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(
          replace,
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The known name a mistyped one most likely meant: the closest by edit distance (at most a third
 * of its length, and at least 1 edit allowed), or one that starts the other (`p95` for `p95-ms`,
 * `smoke` for `smoke-test`). Case is ignored. Undefined when nothing is close.
 */
export function nearestName(
  name: string,
  known: readonly string[],
): string | undefined {
  const typed = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    const distance = editDistance(typed, lower);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  if (best && best.distance <= Math.max(1, Math.floor(typed.length / 3)))
    return best.name;
  if (typed.length < 3) return undefined;
  return known.find((candidate) => {
    const lower = candidate.toLowerCase();
    return lower.startsWith(typed) || typed.startsWith(lower);
  });
}

/** `a`, `a or b`, `a, b or c`. */
export function eitherOf(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
