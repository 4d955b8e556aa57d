import { metricsToObject } from "../lib/metrics-file.js";
import { readTrainInputs, train, trainSummary } from "../lib/train/core.js";
import {
  actionInputs,
  actionsLogger,
  actionsRunner,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** The train action: run the command, read its metrics, report them. */
export async function main(): Promise<void> {
  const inputs = readTrainInputs(actionInputs);
  const result = await train({
    ...inputs,
    runner: actionsRunner,
    logger: actionsLogger,
  });
  setOutputs({
    metrics: metricsToObject(result.metrics),
    "metrics-file": result.metricsFile,
    "duration-seconds": result.durationSeconds,
  });
  await writeSummary(trainSummary(result, inputs.command));
}
