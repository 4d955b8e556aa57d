import { formatNumber, metricsTable } from "../metrics-file.js";
import type { TrainResult } from "./core.js";

/** The job summary for one training run. */
export function trainSummary(result: TrainResult, command: string): string {
  return [
    "## Training metrics",
    "",
    `Finished in ${formatNumber(result.durationSeconds)} s and wrote \`${result.metricsFile}\`:`,
    "",
    "```sh",
    command.replaceAll("```", "'''"),
    "```",
    "",
    metricsTable(result.metrics),
    "",
  ].join("\n");
}
