/**
 * `modelship gateway`: the proxy in front of a model server (or, with --router, one URL in front
 * of an app's versions). Runs until SIGTERM or SIGINT, then drains.
 */
import { layeredInputs } from "../lib/config/inputs.js";
import { ConfigurationError, errorMessage } from "../lib/errors.js";
import { startGateway } from "../lib/gateway/gateway.js";
import {
  readGatewaySettings,
  type GatewaySettings,
} from "../lib/gateway/options.js";
import { GATEWAY_ENV, GATEWAY_FLAGS } from "../lib/gateway/settings.js";
import type { InputSource } from "../lib/inputs.js";
import { streamLogger, type Logger } from "../lib/logger.js";
import { commandHelp, parseCommand } from "./args.js";
import type { Command } from "./command.js";

/** Flags as given, else the environment variable of each (for the container). */
export function flagsOrEnvironment(
  given: Record<string, string>,
  env: NodeJS.ProcessEnv,
): InputSource {
  return (name) => {
    const flag = given[name];
    if (flag !== undefined) return flag.trim();
    const variable = GATEWAY_ENV[name];
    return (variable ? env[variable] : undefined)?.trim() ?? "";
  };
}

function describe(settings: GatewaySettings, url: string): string {
  if (settings.mode === "router")
    return `modelship router for ${settings.app} on ${url} (weights from the deployments table)`;
  const logging = !settings.databaseUrl
    ? "no database: predictions are not logged"
    : settings.logPredictions
      ? `logging to ${settings.names?.tables.schema}.${settings.names?.tables.outputs}, journal ${settings.journal.dir}`
      : "not logging (log-predictions false)";
  return `modelship gateway for ${settings.names?.version} on ${url} → ${settings.upstream}; ${logging}`;
}

/** Runs the gateway until a signal; returns the exit code (1 when the log was not drained). */
export async function serveGateway(
  settings: GatewaySettings,
  logger: Logger,
): Promise<number> {
  const running = await startGateway(settings, logger);
  logger.info(describe(settings, running.url));
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });
  logger.info(`${signal}: draining (at most ${settings.drainTimeoutMs} ms)`);
  const result = await running.close();
  if (!result) return 0;
  logger.info(
    `prediction log closed: ${result.written} row(s) written, ${result.dropped} dropped, ` +
      `${result.leftInJournal} left in the journal ${result.journalDir}`,
  );
  return result.drained ? 0 : 1;
}

export const gatewayCommand: Command = {
  name: "gateway",
  summary:
    "proxy in front of any model server: request ids, prediction log, feedback, shadows, metrics",
  flags: GATEWAY_FLAGS,
  async run({ given }, logger) {
    const cwd = process.cwd();
    const read = layeredInputs(
      GATEWAY_FLAGS,
      flagsOrEnvironment(given, process.env),
      cwd,
    );
    return serveGateway(readGatewaySettings(read, cwd), logger);
  },
};

/** The gateway image's entry: `modelship gateway` alone, with the CLI's exit codes. */
export async function runGateway(words: readonly string[]): Promise<number> {
  const logger = streamLogger(process.stdout, process.stderr);
  if (words.includes("--help") || words.includes("-h")) {
    process.stdout.write(`${commandHelp(gatewayCommand)}\n`);
    return 0;
  }
  try {
    const parsed = parseCommand(gatewayCommand, words, { cwd: process.cwd() });
    return await gatewayCommand.run(parsed, logger);
  } catch (error) {
    process.stderr.write(`modelship gateway: ${errorMessage(error)}\n`);
    return error instanceof ConfigurationError ? 2 : 1;
  }
}
