import {
  numberInput,
  optionalInput,
  requiredInput,
  type InputSource,
} from "../lib/inputs.js";
import { metricsToObject } from "../lib/metrics.js";
import { train, trainSummary } from "../lib/train.js";
import {
  actionInputs,
  actionsLogger,
  actionsRunner,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** Input names exactly as in action.yml. */
export const INPUTS = {
  command: "command",
  workingDirectory: "working-directory",
  metricsFile: "metrics-file",
  timeoutMinutes: "timeout-minutes",
} as const;

/** The train action's inputs, validated. */
export interface TrainInputs {
  command: string;
  workingDirectory: string;
  metricsFile: string;
  timeoutMinutes?: number;
}

/** Reads and validates every input before anything runs. */
export function readInputs(read: InputSource): TrainInputs {
  return {
    command: requiredInput(read, INPUTS.command),
    workingDirectory: optionalInput(read, INPUTS.workingDirectory) ?? ".",
    metricsFile: optionalInput(read, INPUTS.metricsFile) ?? "metrics.json",
    // min is a hair above zero: 0 and negatives are rejected, fractions of a minute are fine.
    timeoutMinutes: numberInput(read, INPUTS.timeoutMinutes, undefined, {
      min: Number.MIN_VALUE,
    }),
  };
}

/** The train action: run the command, read its metrics, report them. */
export async function main(): Promise<void> {
  const inputs = readInputs(actionInputs);
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
