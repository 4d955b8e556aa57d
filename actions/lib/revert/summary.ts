import type { RevertResult, RevertStep } from "./types.js";

const ICON: Record<RevertStep["outcome"], string> = {
  done: "✅",
  "no-op": "➖",
  skipped: "⏭️",
  failed: "❌",
};

const cell = (text: string) =>
  text.replaceAll("|", "\\|").replaceAll("\n", " ");

function headline(result: RevertResult | undefined): string {
  if (!result)
    return "**Revert failed** at the step marked ❌; running it again resumes from there.";
  if (!result.reverted) return "Nothing to do: already reverted (second run).";
  return result.toVersion
    ? `Reverted; all traffic to \`${result.toVersion}\`.`
    : "Reverted.";
}

/** The job summary: one row per step, then the traffic split and the archived tables. */
export function revertSummary(
  version: string,
  steps: RevertStep[],
  result?: RevertResult,
): string {
  const lines = [
    `## modelship revert: \`${version}\``,
    "",
    headline(result),
    "",
    "| Step | Outcome | Detail |",
    "| --- | --- | --- |",
    ...steps.map(
      (s, i) =>
        `| ${i + 1}. ${s.step} | ${ICON[s.outcome]} ${s.outcome} | ${cell(s.detail)} |`,
    ),
  ];
  if (result) {
    lines.push("", `Traffic: \`${JSON.stringify(result.traffic)}\``);
    if (result.archivedTables.length > 0)
      lines.push(
        `Archived tables: ${result.archivedTables.map((t) => `\`${t}\``).join(", ")}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
