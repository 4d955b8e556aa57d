import type { DeployResult } from "./core.js";

/** The job summary of one deploy, as markdown. */
export function deploySummary(version: string, result: DeployResult): string {
  const change = result.noChange
    ? "no changes (empty change set)"
    : result.recreated
      ? "re-created after a failed first create"
      : "deployed";
  const rows = Object.entries(result.traffic)
    .map(([v, w]) => `| \`${v}\` | ${w}% |`)
    .join("\n");
  return [
    `### deploy-stack: \`${version}\` ${result.status}`,
    "",
    `- Stack: \`${result.stackName}\` (${change})`,
    `- URL: ${result.url || "(none)"}`,
    `- Version URL: ${result.versionUrl || "(none)"}`,
    `- Listener rule priority: ${result.listenerRulePriority || "(n/a)"}`,
    "",
    "| Version | Traffic |",
    "| --- | --- |",
    rows,
    "",
    ...(result.retired.length > 0
      ? [
          `Retired by keep-versions (reverted: stack, images, archived tables): ${result.retired.map((v) => `\`${v}\``).join(", ")}`,
          "",
        ]
      : []),
  ].join("\n");
}
