/**
 * Finding a repository's modelship.yml and turning it into a ConfigLookup for the input tables.
 * (Validation against the JSON Schema lives in ./config/; this module only locates and reads.)
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ConfigurationError, errorMessage } from "./errors.js";
import type { ConfigLookup } from "./input-table.js";

/** The config file's default name, at the repository root. */
export const CONFIG_FILE = "modelship.yml";
const MAX_CONFIG_BYTES = 256 * 1024;

/** A config value as the text an action input would carry. */
function asInputText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String).join("\n");
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}=${String(item)}`)
      .join("\n");
  return String(value);
}

/** A lookup over a parsed config object: `lookup("train.command")`. */
export function lookupIn(config: Record<string, unknown>): ConfigLookup {
  return (key) => {
    let node: unknown = config;
    for (const part of key.split(".")) {
      if (!node || typeof node !== "object" || Array.isArray(node))
        return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return asInputText(node);
  };
}

/**
 * Reads modelship.yml: `file` when given (it must exist), else `<cwd>/modelship.yml` when present.
 * Undefined when there is none.
 */
export function readRepositoryConfig(options: {
  file?: string;
  cwd: string;
}): { file: string; config: Record<string, unknown> } | undefined {
  const file = path.resolve(options.cwd, options.file ?? CONFIG_FILE);
  if (!existsSync(file)) {
    if (options.file === undefined) return undefined;
    throw new ConfigurationError(`config file "${file}" does not exist`);
  }
  if (statSync(file).size > MAX_CONFIG_BYTES)
    throw new ConfigurationError(
      `config file "${file}" is larger than ${MAX_CONFIG_BYTES} bytes`,
    );
  let value: unknown;
  try {
    value = parse(readFileSync(file, "utf8"), { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigurationError(
      `config file "${file}" is not valid YAML: ${errorMessage(error).split("\n")[0]}`,
    );
  }
  if (value === null || value === undefined) return { file, config: {} };
  if (typeof value !== "object" || Array.isArray(value))
    throw new ConfigurationError(
      `config file "${file}" must be a mapping of keys`,
    );
  return { file, config: value as Record<string, unknown> };
}

/** The lookup for a repository: from its modelship.yml, or one that finds nothing. */
export function repositoryConfigLookup(options: {
  file?: string;
  cwd: string;
}): ConfigLookup {
  const found = readRepositoryConfig(options);
  return found ? lookupIn(found.config) : () => undefined;
}
