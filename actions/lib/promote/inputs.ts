/**
 * The promote action's inputs, which are also the CLI's `promote` flags. `to` names the
 * environment whose modelship.yml overrides (canary weight, smoke limits) apply.
 */
import {
  APP_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
} from "../common-inputs.js";
import { environmentNames } from "../config/environments.js";
import { loadRepositoryConfigSync } from "../config/load.js";
import { readCanaryWeight } from "../deploy/inputs.js";
import { ConfigurationError } from "../errors.js";
import type { InputTable } from "../input-table.js";
import { optionalInput, requiredInput, type InputSource } from "../inputs.js";
import type { SmokeTuningOptions } from "../pipeline/run.js";
import {
  readSmokeTuning,
  SMOKE_TUNING_INPUTS,
  withCases,
} from "../smoke/options.js";
import {
  parseAppName,
  parseEnvironmentName,
  parseVersion,
} from "../version.js";
import { promotionSource } from "./check.js";

/** The promote action's inputs and the CLI's `promote` flags. */
export const PROMOTE_INPUTS: InputTable = [
  { name: "version", required: true, help: "the version to promote" },
  {
    name: "to",
    required: true,
    environment: true,
    help: "environment to promote to (its modelship.yml overrides apply)",
  },
  {
    name: "from",
    help: "environment to promote from (default the one before `to`)",
  },
  {
    name: "approved-by",
    help: "who approved the promotion (the workflow passes the run's actor)",
  },
  APP_INPUT,
  DATABASE_URL_INPUT,
  {
    name: "canary-weight",
    default: "10",
    config: "deploy.canary-weight",
    help: "percent of the target's traffic the version gets before its smoke test there",
  },
  ...SMOKE_TUNING_INPUTS,
  CONFIG_INPUT,
];

/** A promotion request, validated. */
export interface PromoteInputs {
  app: string;
  version: string;
  from: string;
  to: string;
  environments: string[];
  approvedBy?: string;
  canaryWeight: number;
  smoke: SmokeTuningOptions;
}

const APPROVER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * Reads and checks the promotion's inputs before anything happens; `cwd` finds modelship.yml
 * (for the order of the environments).
 */
export function readPromoteInputs(
  read: InputSource,
  cwd: string,
): PromoteInputs {
  const file = optionalInput(read, "config");
  const { config } = loadRepositoryConfigSync({ file, cwd });
  const environments = environmentNames(config);
  const to = parseEnvironmentName(requiredInput(read, "to"));
  const fromRaw = optionalInput(read, "from");
  const from = promotionSource(
    environments,
    to,
    fromRaw === undefined ? undefined : parseEnvironmentName(fromRaw),
  );
  const approvedBy = optionalInput(read, "approved-by");
  if (approvedBy !== undefined && !APPROVER.test(approvedBy))
    throw new ConfigurationError(
      `input "approved-by" must be a GitHub user name, got ${JSON.stringify(approvedBy.slice(0, 40))}`,
    );
  return {
    app: parseAppName(requiredInput(read, "app")),
    version: parseVersion(requiredInput(read, "version"), to).version,
    from,
    to,
    environments,
    approvedBy,
    canaryWeight: readCanaryWeight(read) as number,
    smoke: withCases(readSmokeTuning(read)),
  };
}
