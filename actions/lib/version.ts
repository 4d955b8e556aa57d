import { ConfigurationError } from "./errors.js";

/** Longest version accepted. */
export const MAX_VERSION_LENGTH = 32;
/** Postgres truncates identifiers past 63 bytes, which would silently merge two versions' tables. */
export const MAX_SQL_IDENTIFIER = 63;
/** Room kept for the `_YYMMDDHHMMSS` suffix that archived tables get. */
export const ARCHIVE_SUFFIX_LENGTH = 13;
/** Schema holding every version's live prediction-log tables. */
export const PREDICTION_SCHEMA = "predictions";
/** Schema that revert moves a version's tables into. */
export const ARCHIVE_SCHEMA = "predictions_archive";
/**
 * The environment every name had before environments existed. Its stacks, tables and registry
 * rows keep exactly those names, so deployments made before are not orphaned.
 */
export const DEFAULT_ENVIRONMENT = "production";
/** Longest environment name: `<app>--<env>` must still fit a load balancer name (32). */
export const MAX_ENVIRONMENT_LENGTH = 16;
/**
 * An environment name: like an app name (no part may be `v`, so `<app>--<env>-v-*` never matches
 * another environment's stacks). The schema's propertyNames pattern of `environments` is this text.
 */
export const ENVIRONMENT_PATTERN =
  /^(?!(?:.*-)?v(?:-|$))[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ENVIRONMENT_RULE = `start with a lowercase letter; then lowercase letters, digits and single '-' (at most ${MAX_ENVIRONMENT_LENGTH}); no part may be 'v'`;

const VERSION_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const VERSION_RULE = `use lowercase letters, digits, and single '.' or '-' between them (max ${MAX_VERSION_LENGTH})`;
/**
 * An app name. Besides fitting every name built from it (stacks, ECR repository, load balancer),
 * it keeps one app's IAM scopes apart from another's: no '-'-separated part may be `v`, so the
 * pattern `<app>-v-*` (version stacks, task families) can never match another app's names, and
 * it may not start with `internal-`, which load balancer names forbid. The templates'
 * `AllowedPattern` for AppName is this same text (test/templates checks it).
 */
export const APP_PATTERN =
  /^(?!internal-)(?!(?:.*-)?v(?:-|$))[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/**
 * The name an app goes by on AWS in an environment (environmentApp): an app name, then in a
 * non-default environment `--` and the environment's name. The version, shared and batch
 * templates' `AllowedPattern` for AppName is this text (test/templates checks it); the role
 * template's AppName stays the app's (APP_PATTERN).
 */
export const ENVIRONMENT_APP_PATTERN = new RegExp(
  `${APP_PATTERN.source.slice(0, -1)}(?:--${ENVIRONMENT_PATTERN.source.slice(1, -1)})?$`,
);
/** Shortest app name: ECR repository names (the default repository is the app) need two. */
export const MIN_APP_LENGTH = 2;
/** Longest app name: load balancer names (the app's) allow 32. */
export const MAX_APP_LENGTH = 32;
const APP_RULE =
  "start with a lowercase letter; then lowercase letters, digits and single '-' (2 to 32 characters); no part may be 'v' and it may not start with 'internal-'";

/** Everything derived from one model version. All later code takes names from here. */
export interface VersionNames {
  /** The version as the user wrote it, validated. */
  version: string;
  /** The version with '.' spelled '--', so it fits a CloudFormation stack name and stays unique. */
  slug: string;
  /** ECR / OCI image tag (the version itself: tags allow '.' and '-'). */
  imageTag: string;
  /** Postgres-safe key: the version with '-' as '_' and '.' as '__'. */
  sqlKey: string;
  /** The environment the names are for (DEFAULT_ENVIRONMENT keeps the names of old). */
  environment: string;
  /**
   * The version's prediction-log tables, unquoted; always quote them with `quoteIdent`.
   * `archiveSchema` is where revert moves them; both schemas are the environment's own.
   */
  tables: {
    schema: string;
    inputs: string;
    outputs: string;
    archiveSchema: string;
  };
}

function describe(raw: string): string {
  return JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
}

/** Validates an environment name (see ENVIRONMENT_PATTERN). */
export function parseEnvironmentName(raw: string): string {
  if (raw.length > MAX_ENVIRONMENT_LENGTH || !ENVIRONMENT_PATTERN.test(raw)) {
    throw new ConfigurationError(
      `environment ${describe(raw)} is not allowed: ${ENVIRONMENT_RULE}`,
    );
  }
  return raw;
}

/**
 * The schemas of an environment's prediction tables. The default environment keeps `predictions`
 * and `predictions_archive`; another gets `predictions__<env>` and `predictions_archive__<env>`
 * ('-' as '_'). An environment name never holds `__`, so no two environments share a schema, and
 * none can be the default's (an environment called `archive` gets `predictions__archive`).
 */
export function predictionSchemas(environment: string): {
  schema: string;
  archiveSchema: string;
} {
  if (parseEnvironmentName(environment) === DEFAULT_ENVIRONMENT)
    return { schema: PREDICTION_SCHEMA, archiveSchema: ARCHIVE_SCHEMA };
  const key = environment.replaceAll("-", "_");
  return {
    schema: `${PREDICTION_SCHEMA}__${key}`,
    archiveSchema: `${ARCHIVE_SCHEMA}__${key}`,
  };
}

/**
 * Validates a model version and derives its names in an environment (default: the default
 * environment, whose names are those of old). The rules keep every derived name injective (two
 * different versions or environments never share a stack, tag or table) and safe without
 * further escaping.
 */
export function parseVersion(
  raw: string,
  environment: string = DEFAULT_ENVIRONMENT,
): VersionNames {
  const shown = describe(raw);
  if (raw.length === 0)
    throw new ConfigurationError(`version is empty: ${VERSION_RULE}`);
  if (raw.length > MAX_VERSION_LENGTH) {
    throw new ConfigurationError(
      `version ${shown} is ${raw.length} characters long: ${VERSION_RULE}`,
    );
  }
  if (!VERSION_PATTERN.test(raw)) {
    const hint =
      /[A-Z]/.test(raw) && VERSION_PATTERN.test(raw.toLowerCase())
        ? ` (try ${JSON.stringify(raw.toLowerCase())})`
        : "";
    throw new ConfigurationError(
      `version ${shown} is not allowed: ${VERSION_RULE}${hint}`,
    );
  }
  const slug = raw.replaceAll(".", "--");
  const sqlKey = raw.replaceAll("-", "_").replaceAll(".", "__");
  const tables = {
    ...predictionSchemas(environment),
    inputs: `${sqlKey}_inputs`,
    outputs: `${sqlKey}_outputs`,
  };
  const longest = tables.outputs.length + ARCHIVE_SUFFIX_LENGTH;
  if (longest > MAX_SQL_IDENTIFIER) {
    throw new ConfigurationError(
      `version ${shown} makes the Postgres table name "${tables.outputs}" too long once archived ` +
        `(${longest} > ${MAX_SQL_IDENTIFIER}): use a shorter version`,
    );
  }
  return { version: raw, slug, imageTag: raw, sqlKey, environment, tables };
}

/** Validates an app name, the prefix of every stack (stack names must start with a letter). */
export function parseAppName(raw: string): string {
  if (
    raw.length < MIN_APP_LENGTH ||
    raw.length > MAX_APP_LENGTH ||
    !APP_PATTERN.test(raw)
  ) {
    throw new ConfigurationError(
      `app ${describe(raw)} is not allowed: ${APP_RULE}`,
    );
  }
  return raw;
}

/**
 * The name an app goes by on AWS in an environment: the app itself in the default environment
 * (today's names), `<app>--<env>` in any other. An app name never holds `--`, so an environment's
 * names can never be another app's; it must still fit a load balancer name.
 */
export function environmentApp(
  app: string,
  environment: string = DEFAULT_ENVIRONMENT,
): string {
  parseAppName(app);
  if (parseEnvironmentName(environment) === DEFAULT_ENVIRONMENT) return app;
  const scoped = `${app}--${environment}`;
  if (scoped.length > MAX_APP_LENGTH)
    throw new ConfigurationError(
      `app ${describe(app)} in environment ${describe(environment)} makes the name "${scoped}", longer than ${MAX_APP_LENGTH} characters (load balancer names): use a shorter app or environment name`,
    );
  return scoped;
}

/** The app's shared stack (cluster, load balancer, roles) in an environment. */
export function sharedStackName(
  app: string,
  environment: string = DEFAULT_ENVIRONMENT,
): string {
  return `${environmentApp(app, environment)}-shared`;
}

/**
 * One version's stack: `<app>-v-<slug>` (in another environment `<app>--<env>-v-<slug>`). The
 * `v-` keeps it apart from the shared stack.
 */
export function versionStackName(app: string, names: VersionNames): string {
  return `${environmentApp(app, names.environment)}-v-${names.slug}`;
}

/**
 * The version a stack of `app` serves, read back from its name (`<app>-v-<slug>`, the slug
 * spelling '.' as '--'); undefined for any other stack. The inverse of versionStackName.
 */
export function versionOfStackName(
  app: string,
  stackName: string,
  environment: string = DEFAULT_ENVIRONMENT,
): string | undefined {
  const prefix = `${environmentApp(app, environment)}-v-`;
  if (!stackName.startsWith(prefix)) return undefined;
  const version = stackName.slice(prefix.length).replaceAll("--", ".");
  return isValidVersion(version) ? version : undefined;
}

/** The name a version's table gets in the archive schema, stamped with the time of archiving. */
export function archiveTableName(table: string, at: Date): string {
  const iso = at.toISOString(); // 2026-11-21T23:36:36.000Z
  const stamp = iso.slice(2, 19).replace(/[-:T]/g, "");
  const name = `${table}_${stamp}`;
  if (name.length > MAX_SQL_IDENTIFIER) {
    throw new ConfigurationError(
      `archive table name "${name}" exceeds ${MAX_SQL_IDENTIFIER} characters`,
    );
  }
  return name;
}

/** Quotes a Postgres identifier (doubling any embedded quote), so no name is ever spliced raw. */
export function quoteIdent(name: string): string {
  if (name.includes("\u0000"))
    throw new ConfigurationError("identifier contains a NUL byte");
  return `"${name.replaceAll('"', '""')}"`;
}

/** `schema.table`, both quoted. */
export function qualified(schema: string, table: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(table)}`;
}

/** The default version of a commit: `sha-` and the first 7 hex digits of its SHA. */
export function versionFromCommit(sha: string): string {
  if (!/^[0-9a-f]{7,40}$/.test(sha)) {
    throw new ConfigurationError(`"${sha}" is not a git commit SHA`);
  }
  return `sha-${sha.slice(0, 7)}`;
}

/** True when `raw` is an acceptable version (see parseVersion). */
export function isValidVersion(raw: string): boolean {
  try {
    parseVersion(raw);
    return true;
  } catch {
    return false;
  }
}
