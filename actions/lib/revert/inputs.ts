/** The revert action's inputs: the table (action.yml, CLI flags) and the typed request. */
import {
  APP_INPUT,
  CLOUDFORMATION_ROLE_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
  ENVIRONMENT_INPUT,
  readCloudFormationRoleArn,
  readEnvironment,
} from "../common-inputs.js";
import { optionalDatabaseUrl } from "../db/url.js";
import { ConfigurationError } from "../errors.js";
import { parseRepositoryName } from "../image/names.js";
import type { InputTable } from "../input-table.js";
import {
  booleanInput,
  optionalInput,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import { parseAppName, parseVersion, type VersionNames } from "../version.js";

/** revert's inputs (action.yml, CLI flags, modelship.yml). */
export const REVERT_INPUTS: InputTable = [
  { name: "version", required: true, help: "version to take out" },
  APP_INPUT,
  ENVIRONMENT_INPUT,
  { name: "repository", help: "ECR repository of the version's images" },
  { name: "to-version", help: "version that gets all traffic" },
  {
    name: "drop-data",
    default: "false",
    switch: true,
    help: "drop the prediction-log tables instead of archiving them",
  },
  DATABASE_URL_INPUT,
  {
    name: "force",
    default: "false",
    switch: true,
    help: "allow taking out the only serving version",
  },
  {
    name: "owner-run",
    help: "only revert a version this run owns (<run id>/<attempt>): the automatic revert sets it",
  },
  {
    name: "missing-ok",
    default: "false",
    switch: true,
    help: "a version that exists nowhere is a no-op, not an error",
  },
  CLOUDFORMATION_ROLE_INPUT,
  CONFIG_INPUT,
];

/** Validated inputs of revert. */
export interface RevertInputs {
  app: string;
  version: VersionNames;
  repository?: string;
  toVersion?: VersionNames;
  dropData: boolean;
  force: boolean;
  missingOk: boolean;
  /** The CloudFormation service role DeleteStack names (RoleARN). */
  cloudFormationRoleArn?: string;
  /** Revert only when the version's deployments row names this run as its owner. */
  ownerRun?: string;
  /** Secret: never print it. */
  databaseUrl?: string;
}

function readOwnerRun(read: InputSource): string | undefined {
  const raw = optionalInput(read, "owner-run");
  if (raw !== undefined && !/^\d{1,20}\/\d{1,6}$/.test(raw))
    throw new ConfigurationError(
      `input "owner-run" ${JSON.stringify(raw.slice(0, 40))} must be <run id>/<attempt>, e.g. \${{ github.run_id }}/\${{ github.run_attempt }}`,
    );
  return raw;
}

/**
 * Reads and validates every input; throws ConfigurationError before anything is touched. The
 * versions are named in the environment `environmentInput` chooses (the CLI's is `env`): its
 * stacks, listeners, tables and rows are the only ones the revert touches.
 */
export function readRevertInputs(
  read: InputSource,
  environmentInput: string = ENVIRONMENT_INPUT.name,
): RevertInputs {
  const environment = readEnvironment(read, environmentInput);
  const version = parseVersion(requiredInput(read, "version"), environment);
  const toRaw = optionalInput(read, "to-version");
  const toVersion =
    toRaw === undefined ? undefined : parseVersion(toRaw, environment);
  if (toVersion?.version === version.version) {
    throw new ConfigurationError(
      `input "to-version" is "${toVersion.version}", the version being reverted: name another one`,
    );
  }
  const repository = optionalInput(read, "repository");
  return {
    app: parseAppName(requiredInput(read, "app")),
    version,
    repository:
      repository === undefined ? undefined : parseRepositoryName(repository),
    toVersion,
    dropData: booleanInput(read, "drop-data", false),
    force: booleanInput(read, "force", false),
    missingOk: booleanInput(read, "missing-ok", false),
    cloudFormationRoleArn: readCloudFormationRoleArn(read),
    ownerRun: readOwnerRun(read),
    databaseUrl: optionalDatabaseUrl(read),
  };
}
