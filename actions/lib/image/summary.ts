import type { BuildPushResult } from "./build-push.js";

const OUTCOME: Record<BuildPushResult["outcome"], string> = {
  pushed: "pushed",
  "already-pushed": "already in the registry (identical image), not pushed",
  "same-source":
    "already in the registry from an earlier run of this commit, not pushed",
  built: "built only (push is off)",
};

/** The job summary of one build-push run, as markdown. */
export function buildPushSummary(result: BuildPushResult): string {
  const rows: [string, string][] = [
    ["Image", `\`${result.image}\``],
    ["Outcome", OUTCOME[result.outcome]],
    ["Digest", result.digest ? `\`${result.digest}\`` : "—"],
    ["Pinned reference", result.imageRef ? `\`${result.imageRef}\`` : "—"],
    ["Image ID", `\`${result.imageId}\``],
    ["Commit tag", `\`${result.commitImage}\` (${result.commitTag})`],
  ];
  if (result.repositoryCreated) {
    rows.push(["ECR repository", "created (immutable tags, scan on push)"]);
  }
  return [
    "### build-push",
    "",
    "| | |",
    "|---|---|",
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    "",
  ].join("\n");
}
