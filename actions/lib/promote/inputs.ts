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
import { DEPLOY_SETTINGS_INPUTS, readCanaryWeight } from "../deploy/inputs.js";
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

/** What every promotion reads: the route, the app, the registry, the canary weight. */
export const PROMOTE_ROUTE_INPUTS: InputTable = [
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
  CONFIG_INPUT,
];

/** The CLI's `promote` flags: the route, and the smoke test it runs in the target. */
export const PROMOTE_INPUTS: InputTable = [
  ...PROMOTE_ROUTE_INPUTS,
  ...SMOKE_TUNING_INPUTS,
];

/** The promote action's inputs: the route, where the target pulls images, deploy settings. */
export const PROMOTE_ACTION_INPUTS: InputTable = [
  ...PROMOTE_ROUTE_INPUTS,
  {
    name: "registry-id",
    help: "AWS account of the target environment's ECR registry; empty means the source image's (nothing is copied)",
  },
  {
    name: "registry-region",
    help: "region of the target's ECR registry (default the source image's)",
  },
  {
    name: "repository",
    help: "ECR repository in the target registry (default the source image's)",
  },
  ...DEPLOY_SETTINGS_INPUTS,
];

/** A promotion request, validated. */
export interface PromoteRoute {
  app: string;
  version: string;
  from: string;
  to: string;
  environments: string[];
  approvedBy?: string;
  canaryWeight: number;
}

/** A promotion request with the smoke test the CLI runs after it. */
export interface PromoteInputs extends PromoteRoute {
  smoke: SmokeTuningOptions;
}

const APPROVER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/** readPromoteRoute and the smoke test's tuning (the CLI's flags). */
export function readPromoteInputs(
  read: InputSource,
  cwd: string,
): PromoteInputs {
  return {
    ...readPromoteRoute(read, cwd),
    smoke: withCases(readSmokeTuning(read)),
  };
}

/**
 * Reads and checks the promotion's route and settings before anything happens; `cwd` finds
 * modelship.yml (for the order of the environments).
 */
export function readPromoteRoute(read: InputSource, cwd: string): PromoteRoute {
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
  };
}
