/**
 * `environments:` in modelship.yml: the order a version goes through, and what each environment
 * sets differently. A file without the key has one environment, `production` (DEFAULT_ENVIRONMENT),
 * so a configuration written before environments existed means what it meant.
 */
import { ConfigurationError } from "../errors.js";
import {
  DEFAULT_ENVIRONMENT,
  environmentApp,
  parseEnvironmentName,
} from "../version.js";
import type {
  ConfigMap,
  EnvironmentConfig,
  RepositoryConfig,
} from "./types.js";

/** The groups an environment may override, each merged key by key over the file's. */
const OVERRIDDEN_GROUPS = ["aws", "deploy", "smoke"] as const;
/** Maps inside those groups, merged key by key too (VpcId stays, DatabaseUrlSecretArn changes). */
const MERGED_MAPS = new Set(["parameters", "shared-parameters"]);

/** The environments of a configuration, in pipeline order. */
export function environmentNames(config: RepositoryConfig): string[] {
  const declared = config.environments;
  return declared ? Object.keys(declared) : [DEFAULT_ENVIRONMENT];
}

/**
 * The environments after a loaded file was validated against the schema: at least one, and each
 * name short enough that `<app>--<env>` still fits AWS's names. Throws ConfigurationError.
 */
export function checkEnvironments(
  config: RepositoryConfig,
  source: string,
): void {
  if (!config.environments) return;
  const names = Object.keys(config.environments);
  if (names.length === 0)
    throw new ConfigurationError(
      `${source}: environments is empty: name at least one (or delete the key for the default, ${DEFAULT_ENVIRONMENT})`,
    );
  for (const name of names) {
    parseEnvironmentName(name);
    if (config.app) environmentApp(config.app, name);
  }
}

/**
 * The environment a command acts in: the one given, which must be declared, or the first (where
 * the pipeline deploys).
 */
export function chooseEnvironment(
  config: RepositoryConfig,
  given: string | undefined,
  what = "env",
): string {
  const names = environmentNames(config);
  if (given === undefined || given === "") return names[0] as string;
  parseEnvironmentName(given);
  if (!names.includes(given))
    throw new ConfigurationError(
      `${what} "${given}" is not an environment of modelship.yml (environments: ${names.join(", ")})`,
    );
  return given;
}

/** The environment before `environment` in pipeline order; undefined for the first. */
export function previousEnvironment(
  config: RepositoryConfig,
  environment: string,
): string | undefined {
  const names = environmentNames(config);
  const at = names.indexOf(environment);
  return at > 0 ? names[at - 1] : undefined;
}

function mergeGroup(
  base: Record<string, unknown> | undefined,
  override: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = MERGED_MAPS.has(key)
      ? { ...(base?.[key] as ConfigMap | undefined), ...(value as ConfigMap) }
      : value;
  }
  return merged;
}

/**
 * The configuration as one environment sees it: its overrides laid over the rest of the file.
 * The environment must be declared (chooseEnvironment).
 */
export function configForEnvironment(
  config: RepositoryConfig,
  environment: string,
): RepositoryConfig {
  const own: EnvironmentConfig = config.environments?.[environment] ?? {};
  const result: Record<string, unknown> = { ...config };
  for (const group of OVERRIDDEN_GROUPS) {
    const merged = mergeGroup(
      config[group] as Record<string, unknown> | undefined,
      own[group] as Record<string, unknown> | undefined,
    );
    if (merged) result[group] = merged;
  }
  if (own["database-secret"])
    result["database-secret"] = own["database-secret"];
  return result as RepositoryConfig;
}
