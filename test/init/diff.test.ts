import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unifiedDiff } from "../../actions/lib/init/index.js";

const diff = (before: string, after: string) =>
  unifiedDiff({
    before,
    after,
    beforeName: "a (yours)",
    afterName: "a (init)",
  });

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(diff("a\nb\n", "a\nb\n")).toBe("");
  });

  it("shows a changed line with three lines of context, deletions first", () => {
    const before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    const after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
    expect(diff(before, after)).toBe(
      [
        "--- a (yours)",
        "+++ a (init)",
        "@@ -2,7 +2,7 @@",
        " 2",
        " 3",
        " 4",
        "-5",
        "+five",
        " 6",
        " 7",
        " 8",
      ].join("\n"),
    );
  });

  it("keeps far-apart changes in separate hunks", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `${i}`);
    const changed = lines.map((l, i) => (i === 1 || i === 18 ? `x${l}` : l));
    const text = diff(`${lines.join("\n")}\n`, `${changed.join("\n")}\n`);
    expect(text.split("\n").filter((l) => l.startsWith("@@"))).toEqual([
      "@@ -1,5 +1,5 @@",
      "@@ -16,5 +16,5 @@",
    ]);
  });

  it("shows a file emptied and a file filled", () => {
    expect(diff("a\n", "")).toBe(
      "--- a (yours)\n+++ a (init)\n@@ -1,1 +0,0 @@\n-a",
    );
    expect(diff("", "a\n")).toBe(
      "--- a (yours)\n+++ a (init)\n@@ -0,0 +1,1 @@\n+a",
    );
  });

  it("says when only the final newline differs", () => {
    expect(diff("a\nb", "a\nb\n")).toContain(
      "(only the final newline differs)",
    );
  });

  it("gives up on very large inputs instead of using quadratic memory", () => {
    const big = "x\n".repeat(3000);
    expect(diff(big, `${big}y\n`)).toContain(
      "(too large to diff: 3000 and 3001 lines)",
    );
  });

  // GNU patch is the judge: applying our diff to `before` must give `after`.
  it("produces diffs GNU patch applies, on random edits", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "diff-"));
    let seed = 7;
    const random = () =>
      (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    try {
      for (let round = 0; round < 40; round++) {
        const before = Array.from(
          { length: 5 + Math.floor(random() * 40) },
          () => `line ${Math.floor(random() * 8)}`,
        );
        const after = before.flatMap((line) => {
          const roll = random();
          if (roll < 0.1) return [];
          if (roll < 0.2) return [line, `new ${Math.floor(random() * 100)}`];
          if (roll < 0.3) return [`changed ${line}`];
          return [line];
        });
        const beforeText = `${before.join("\n")}\n`;
        const afterText = `${after.join("\n")}\n`;
        const file = path.join(dir, "file.txt");
        writeFileSync(file, beforeText);
        const patch = diff(beforeText, afterText);
        if (patch === "") {
          expect(afterText).toBe(beforeText);
          continue;
        }
        const result = spawnSync("patch", ["--silent", "--fuzz=0", file], {
          input: `${patch}\n`,
          encoding: "utf8",
        });
        expect({
          round,
          status: result.status,
          out: result.stdout + result.stderr,
        }).toEqual({ round, status: 0, out: "" });
        expect(readFileSync(file, "utf8")).toBe(afterText);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
