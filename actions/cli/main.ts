/**
 * The modelship CLI: one command per action core, plus the local pipeline. Exit codes: 0 success,
 * 1 a failed check or stage, 2 a usage or configuration error.
 */
import { ConfigurationError, errorMessage } from "../lib/errors.js";
import { streamLogger } from "../lib/logger.js";
import { commandHelp, nearest, parseCommand } from "./args.js";
import { abCommand } from "./ab-command.js";
import { batchCommand, batchWorkerCommand } from "./batch-command.js";
import type { Command } from "./command.js";
import { dashboardCommand } from "./dashboard-command.js";
import {
  buildCommand,
  deployCommand,
  gateCommand,
  smokeCommand,
  trainCommand,
} from "./commands.js";
import { gatewayCommand } from "./gateway-command.js";
import { initCliCommand } from "./init.js";
import { trafficCommand } from "./traffic-command.js";
import { pipelineCommand } from "./pipeline-command.js";
import { promoteCommand } from "./promote-command.js";
import { revertCommand } from "./revert-command.js";
import { downCommand, statusCommand } from "./state-commands.js";
import { streamCommand } from "./stream-command.js";

/** Every command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  pipelineCommand,
  promoteCommand,
  revertCommand,
  statusCommand,
  trafficCommand,
  downCommand,
  trainCommand,
  gateCommand,
  buildCommand,
  deployCommand,
  smokeCommand,
  gatewayCommand,
  batchCommand,
  batchWorkerCommand,
  streamCommand,
  abCommand,
  dashboardCommand,
  initCliCommand,
];

function help(): string {
  return [
    "modelship: ship a model from training to a versioned service, and back out.",
    "",
    "usage: modelship <command> [flags]        modelship <command> --help for its flags",
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    "",
    "Flags are named like the actions' inputs; a flag beats modelship.yml, which beats the default.",
    "The local target needs no AWS, no Docker and no database server: PostgreSQL comes from npm.",
    "Exit codes: 0 success, 1 a failed check or stage, 2 a usage or configuration error.",
  ].join("\n");
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [name, ...words] = argv;
  if (
    name === undefined ||
    name === "help" ||
    name === "--help" ||
    name === "-h"
  ) {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const guess = nearest(
      name,
      COMMANDS.map((c) => c.name),
    );
    throw new ConfigurationError(
      `unknown command "${name.slice(0, 40)}"${guess ? `; did you mean "${guess}"?` : ""} (modelship --help lists them)`,
    );
  }
  if (words.includes("--help") || words.includes("-h")) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  const parsed = parseCommand(command, words, { cwd: process.cwd() });
  const logger = streamLogger(process.stdout, process.stderr, {
    debug: Boolean(process.env.MODELSHIP_DEBUG),
  });
  return command.run(parsed, logger);
}

/** Runs the CLI and returns its exit code; never exits the process itself. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    process.stderr.write(`modelship: ${errorMessage(error)}\n`);
    if (error instanceof ConfigurationError) return 2;
    if (process.env.MODELSHIP_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
