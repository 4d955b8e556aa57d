import { CONFIG_INPUT, MAX_TIMER_MS } from "../common-inputs.js";
import type { InputTable } from "../input-table.js";
import { numberInput, requiredInput, type InputSource } from "../inputs.js";

/** The train action's inputs (action.yml, CLI flags, modelship.yml's `train` section). */
export const TRAIN_INPUTS: InputTable = [
  {
    name: "command",
    required: true,
    config: "train.command",
    help: "shell command that trains the model and writes the metrics file",
  },
  {
    name: "working-directory",
    path: true,
    default: ".",
    config: "train.working-directory",
    help: "directory the command runs in",
  },
  {
    name: "metrics-file",
    default: "metrics.json",
    config: "train.metrics-file",
    help: "metrics JSON the command writes, relative to working-directory",
  },
  {
    name: "timeout-minutes",
    config: "train.timeout-minutes",
    help: "stop the command and fail after this many minutes",
  },
  CONFIG_INPUT,
];

/** The train action's inputs, validated. */
export interface TrainInputs {
  command: string;
  workingDirectory: string;
  metricsFile: string;
  timeoutMinutes?: number;
}

/** Reads and validates every train input before anything runs. */
export function readTrainInputs(read: InputSource): TrainInputs {
  return {
    command: requiredInput(read, "command"),
    workingDirectory: requiredInput(read, "working-directory"),
    metricsFile: requiredInput(read, "metrics-file"),
    // A hair above zero: 0 and negatives are rejected, fractions of a minute are fine. The top
    // keeps the timer within what Node can hold.
    timeoutMinutes: numberInput(read, "timeout-minutes", undefined, {
      min: Number.MIN_VALUE,
      max: Math.floor(MAX_TIMER_MS / 60_000),
    }),
  };
}
