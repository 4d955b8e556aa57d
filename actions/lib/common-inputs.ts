/** Inputs that several actions share, defined once so their names, defaults and checks agree. */
import { ConfigurationError, ServiceCallError } from "./errors.js";
import type { InputSpec } from "./input-table.js";
import { optionalInput, type InputSource } from "./inputs.js";
import { DEFAULT_ENVIRONMENT, parseEnvironmentName } from "./version.js";

/** The app name when neither an input nor modelship.yml gives one. */
export const DEFAULT_APP = "modelship";

/** The longest timer Node keeps: 2^31-1 ms (about 24.8 days). Longer ones fire after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** `app`: the prefix of every stack; modelship.yml's top-level `app`. */
export const APP_INPUT: InputSpec = {
  name: "app",
  default: DEFAULT_APP,
  config: "app",
  help: "app name, the prefix of every stack",
};

/** `database-url`: the deployments registry and prediction logs (a secret). */
export const DATABASE_URL_INPUT: InputSpec = {
  name: "database-url",
  secret: true,
  help: "postgres:// URL of the deployments registry (a secret)",
};

/** `config`: where modelship.yml is. */
export const CONFIG_INPUT: InputSpec = {
  name: "config",
  help: "path of modelship.yml (default ./modelship.yml)",
};

/**
 * `environment`: which of modelship.yml's environments an AWS action acts in. Empty means the
 * first (DEFAULT_ENVIRONMENT without `environments`); the layered inputs resolve it, and the
 * other inputs then see that environment's overrides.
 */
export const ENVIRONMENT_INPUT: InputSpec = {
  name: "environment",
  environment: true,
  help: "environment of modelship.yml to act in: its stacks, tables and rows (default: the first; production without environments)",
};

/**
 * Reads an environment input (ENVIRONMENT_INPUT, or the CLI's `env`), checked; empty is the
 * default environment (a source without layering: tests, the bare core).
 */
export function readEnvironment(
  read: InputSource,
  name: string = ENVIRONMENT_INPUT.name,
): string {
  return parseEnvironmentName(optionalInput(read, name) ?? DEFAULT_ENVIRONMENT);
}

/**
 * `cloudformation-role-arn`: the CloudFormation service role of the app (the role stack's
 * CloudFormationRoleArn output). Change sets and DeleteStack name it as RoleARN, so CloudFormation
 * acts with it, and the GitHub role may create change sets and delete stacks only when they do.
 */
export const CLOUDFORMATION_ROLE_INPUT: InputSpec = {
  name: "cloudformation-role-arn",
  config: "aws.cloudformation-role-arn",
  help: "CloudFormation service role the stacks are changed and deleted with",
};

/**
 * An IAM role ARN, `arn:<partition>:iam::<account>:role/<path/>name`, with the characters IAM
 * allows in role names and paths. modelship.schema.json uses this pattern verbatim.
 */
export const ROLE_ARN_PATTERN =
  "^arn:aws[a-z-]*:iam::[0-9]{12}:role/([A-Za-z0-9_+=,.@-]+/)*[A-Za-z0-9_+=,.@-]{1,64}$";
const ROLE_ARN = new RegExp(ROLE_ARN_PATTERN);

/** Reads `cloudformation-role-arn`: undefined when not given, else a checked IAM role ARN. */
export function readCloudFormationRoleArn(
  read: InputSource,
): string | undefined {
  const raw = read(CLOUDFORMATION_ROLE_INPUT.name).trim();
  if (raw === "") return undefined;
  if (!ROLE_ARN.test(raw) || raw.length > 2048) {
    throw new ConfigurationError(
      `input "${CLOUDFORMATION_ROLE_INPUT.name}" (or "${CLOUDFORMATION_ROLE_INPUT.config}" in modelship.yml) ${JSON.stringify(raw.slice(0, 120))} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>): use the role stack's CloudFormationRoleArn output`,
    );
  }
  return raw;
}

const ROLE_CALLS = new Set([
  "CreateChangeSet",
  "DeleteStack",
  "ContinueUpdateRollback",
]);

/**
 * An AWS refusal of a call that names the service role, made without one, is a missing setting:
 * the GitHub role allows those calls only with RoleARN. Returns a ConfigurationError that says
 * what to set; any other error is returned as it is.
 */
export function explainMissingRole(
  error: unknown,
  roleArn: string | undefined,
): unknown {
  if (roleArn || !(error instanceof ServiceCallError)) return error;
  if (!ROLE_CALLS.has(error.call)) return error;
  if (!/not authorized|AccessDenied/i.test(error.message)) return error;
  return new ConfigurationError(
    `${error.message}. No CloudFormation service role was given, and the GitHub role allows ${error.call} only with one: set input "${CLOUDFORMATION_ROLE_INPUT.name}" (or "${CLOUDFORMATION_ROLE_INPUT.config}" in modelship.yml) to the role stack's CloudFormationRoleArn output`,
  );
}
