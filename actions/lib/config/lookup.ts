import type { ConfigLookup } from "../input-table.js";
import path from "node:path";
import {
  chooseEnvironment,
  configForEnvironment,
  environmentNames,
} from "./environments.js";
import { loadRepositoryConfigSync } from "./load.js";
import { CONFIG_KEY_PATHS, type RepositoryConfig } from "./types.js";

export type { ConfigLookup };

/**
 * The string form of a configuration value, as an action input carries it: numbers via String(),
 * booleans "true"/"false", lists one item per line, maps `KEY=value` per line. Surrounding
 * whitespace is trimmed, as the runner trims inputs.
 */
export function inputString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((item) => String(item)).join("\n");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}=${String(item)}`)
      .join("\n");
  }
  return String(value).trim();
}

/**
 * A lookup over a validated configuration: `lookup("train.command")`, `lookup("app")`. Undefined
 * when the file leaves the key out. Asking for a key the schema does not define is our bug, not
 * the user's, so it throws a plain Error.
 */
export function configLookup(config: RepositoryConfig): ConfigLookup {
  const known = new Set<string>(CONFIG_KEY_PATHS);
  return (keyPath) => {
    if (!known.has(keyPath))
      throw new Error(`"${keyPath}" is not a key of modelship.yml`);
    // The environments read as their names in pipeline order, one per line.
    if (keyPath === "environments") return environmentNames(config).join("\n");
    let value: unknown = config;
    for (const part of keyPath.split(".")) {
      value = (value as Record<string, unknown> | undefined)?.[part];
    }
    return inputString(value);
  };
}

/**
 * The lookup for a repository: its modelship.yml (`file` when given, else `<cwd>/modelship.yml`
 * when present), validated; a lookup that finds nothing when there is no file. With
 * `environment` (a name, or "" for the first), the lookup sees that environment's overrides and
 * `environment` in the result says which one it chose.
 */
export function repositoryConfigLookup(options: {
  file?: string;
  cwd: string;
  environment?: string;
  /** The input that named the environment, for messages. */
  environmentInput?: string;
}): { config: ConfigLookup; root?: string; environment?: string } {
  const loaded = loadRepositoryConfigSync(options);
  const root = loaded.file ? path.dirname(loaded.file) : undefined;
  if (options.environment === undefined)
    return { config: configLookup(loaded.config), root };
  const environment = chooseEnvironment(
    loaded.config,
    options.environment,
    options.environmentInput,
  );
  const seen = configForEnvironment(loaded.config, environment);
  return { config: configLookup(seen), root, environment };
}
