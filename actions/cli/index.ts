#!/usr/bin/env node
import { ConfigurationError, errorMessage } from "../lib/errors.js";
import { streamLogger } from "../lib/logger.js";
import { parseCommandLine } from "./args.js";
import {
  buildCommand,
  deployCommand,
  gateCommand,
  revertCommand,
  smokeCommand,
  trainCommand,
} from "./commands.js";
import { initFromCommandLine } from "./init.js";
import {
  downCommand,
  pipelineCommand,
  statusCommand,
} from "./local-commands.js";

const HELP = `modelship: ship a model from training to a versioned service, and back out.

usage: modelship <command> [--flag value ...]     (flags are named like the actions' inputs)

  pipeline [--target local|aws] [--version V]   train, gate, build, deploy, smoke-test, shift traffic
  revert V [--target local|aws] [--to-version]  take a version out; its prediction logs are archived
  status                                        local deployments and running services
  down                                          stop local services and the local PostgreSQL
  train --command C [--metrics-file F]          the train action
  gate --metrics-file F [--baseline-file B] [--rules R]
  build --version V --repository R [--registry H] [--push false]
  deploy --version V --image I                  deploy-stack (AWS)
  smoke --url U [--version V] [--cases-file F]
  init [--dir D] [--owner O] [--force] [--config-only]   set up a repository: modelship.yml, workflows

The local target needs no AWS, no Docker and no database server: PostgreSQL comes from npm.
State lives in ./.modelship (change with --state-dir). See README.md.`;

const COMMANDS = {
  pipeline: pipelineCommand,
  revert: revertCommand,
  status: statusCommand,
  down: downCommand,
  train: trainCommand,
  gate: gateCommand,
  build: buildCommand,
  deploy: deployCommand,
  smoke: smokeCommand,
  init: initFromCommandLine,
} as const;

async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv);
  if (
    line.command === "help" ||
    line.flags.has("help") ||
    line.command === "--help"
  ) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const command = COMMANDS[line.command as keyof typeof COMMANDS];
  if (!command)
    throw new ConfigurationError(
      `unknown command "${line.command}"\n\n${HELP}`,
    );
  const logger = streamLogger(process.stdout, process.stderr, {
    debug: Boolean(process.env.MODELSHIP_DEBUG),
  });
  return command(line, logger);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`modelship: ${errorMessage(error)}\n`);
  if (
    !(error instanceof ConfigurationError) &&
    process.env.MODELSHIP_DEBUG &&
    error instanceof Error
  ) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exitCode = process.exitCode || 1;
}
