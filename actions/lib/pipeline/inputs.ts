/**
 * The root action's inputs, which are also the CLI's `pipeline` flags: the train, gate, build,
 * deploy and smoke-test tables composed, so each input means the same everywhere.
 */
import {
  APP_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
  ENVIRONMENT_INPUT,
} from "../common-inputs.js";
import {
  PIPELINE_AB_INPUTS,
  readAbSettings,
  type AbSettings,
} from "../ab/inputs.js";
import { ConfigurationError } from "../errors.js";
import { parseRules, type Rule } from "../gate/rules.js";
import { BUILD_SETTINGS_INPUTS } from "../image/inputs.js";
import type { InputTable } from "../input-table.js";
import { requiredInput, type InputSource } from "../inputs.js";
import { DEPLOY_SETTINGS_INPUTS, readCanaryWeight } from "../deploy/inputs.js";
import {
  readSmokeTuning,
  SMOKE_TUNING_INPUTS,
  withCases,
} from "../smoke/options.js";
import {
  readTrainInputs,
  TRAIN_INPUTS,
  type TrainInputs,
} from "../train/inputs.js";
import {
  parseVersion,
  versionFromCommit,
  type VersionNames,
} from "../version.js";
import type { SmokeTuningOptions } from "./run.js";

/** Train inputs whose root-action name differs (its `timeout-minutes` is the deploy's). */
const TRAIN_RENAMED: Record<string, string> = {
  command: "train-command",
  "timeout-minutes": "train-timeout-minutes",
};

/** The train inputs under the root action's names. */
const TRAIN_AS_PIPELINE: InputTable = TRAIN_INPUTS.filter(
  (spec) => spec.name !== "config",
).map((spec) => ({ ...spec, name: TRAIN_RENAMED[spec.name] ?? spec.name }));

/** The root action's inputs (action.yml) and the CLI's `pipeline` flags. */
export const PIPELINE_INPUTS: InputTable = [
  ...TRAIN_AS_PIPELINE,
  {
    name: "rules",
    required: true,
    config: "gate.rules",
    help: "accuracy-gate rules, one per line",
  },
  APP_INPUT,
  ENVIRONMENT_INPUT,
  {
    name: "version",
    help: "model version (default sha- and the commit's first 7 hex digits)",
  },
  DATABASE_URL_INPUT,
  ...BUILD_SETTINGS_INPUTS,
  ...DEPLOY_SETTINGS_INPUTS,
  {
    name: "canary-weight",
    default: "10",
    config: "deploy.canary-weight",
    help: "percent of traffic the new version gets before its smoke test",
  },
  ...SMOKE_TUNING_INPUTS,
  ...PIPELINE_AB_INPUTS,
  CONFIG_INPUT,
];

/** The parts of a pipeline run that come from inputs, validated. */
export interface PipelineInputs {
  train: TrainInputs;
  rules: Rule[];
  smoke: SmokeTuningOptions;
  canaryWeight: number;
  /** The optional A/B stage's settings; no rules means no stage. */
  ab: AbSettings;
}

/** Reads the train, gate, smoke and A/B parts of the pipeline inputs (no side effects). */
export function readPipelineInputs(read: InputSource): PipelineInputs {
  const train = readTrainInputs((name) => read(TRAIN_RENAMED[name] ?? name));
  return {
    train,
    rules: parseRules(requiredInput(read, "rules")),
    smoke: withCases(readSmokeTuning(read)),
    canaryWeight: readCanaryWeight(read) as number,
    ab: readAbSettings(read, "ab-"),
  };
}

/** The version: the `version` input, or one derived from the commit (`sha-` + 7 hex digits). */
export function pipelineVersion(
  raw: string | undefined,
  commitSha: string | undefined,
  environment?: string,
): VersionNames {
  if (raw) return parseVersion(raw, environment);
  if (!commitSha)
    throw new ConfigurationError(
      'input "version" is required when no commit is known (GITHUB_SHA, or a git checkout)',
    );
  return parseVersion(versionFromCommit(commitSha), environment);
}
