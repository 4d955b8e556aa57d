import { metricsToObject } from "../lib/metrics-file.js";
import { train } from "../lib/train/core.js";
import { readTrainInputs, TRAIN_INPUTS } from "../lib/train/inputs.js";
import { trainSummary } from "../lib/train/summary.js";
import {
  actionsLogger,
  actionsRunner,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** The train action: run the command, read its metrics, report them. */
export async function main(): Promise<void> {
  const inputs = readTrainInputs(readActionInputs(TRAIN_INPUTS));
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
