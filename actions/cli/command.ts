import type { Logger } from "../lib/logger.js";
import type { InputSpec } from "../lib/input-table.js";
import type { CommandSpec, ParsedCommand } from "./args.js";

/** A CLI command: its spec (name, flags) and what it does; returns the exit code. */
export interface Command extends CommandSpec {
  run(parsed: ParsedCommand, logger: Logger): Promise<number>;
}

/** `--target`: where pipeline and revert act. */
export const TARGET_FLAG: InputSpec = {
  name: "target",
  default: "local",
  help: "local (this machine, the default) or aws",
};

/** `--state-dir`: the local target's state. */
export const STATE_DIR_FLAG: InputSpec = {
  name: "state-dir",
  default: ".modelship",
  help: "where the local target keeps its database, runs, logs and reports",
};

/** `--env`: the environment of modelship.yml a command acts in; its overrides apply. */
export const ENV_FLAG: InputSpec = {
  name: "env",
  environment: true,
  help: "environment of modelship.yml to act in (default: the first; production without environments)",
};
