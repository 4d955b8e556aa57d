/**
 * `modelship.yml`: the one place a repository describes its model. Load it with
 * loadRepositoryConfig, then read keys as input strings with configLookup. Precedence (an action
 * input or CLI flag, then the file, then the built-in default) is the caller's to apply.
 */
export {
  CONFIG_FILE_NAME,
  CONFIG_SCHEMA,
  MAX_CONFIG_BYTES,
  loadRepositoryConfig,
  loadRepositoryConfigSync,
  parseRepositoryConfig,
  type LoadConfigOptions,
  type LoadedConfig,
} from "./load.js";
export {
  configLookup,
  inputString,
  repositoryConfigLookup,
  type ConfigLookup,
} from "./lookup.js";
export * from "./types.js";
