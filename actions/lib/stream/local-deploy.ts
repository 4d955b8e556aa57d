/**
 * A stream version on the local target: beside the model service, a consumer process (`modelship
 * stream consume`) reads the app's local input stream as the version's consumer group. It is kept
 * in the same services file under `stream:<version>` (':' never appears in a version), so `down`
 * stops it, and it is ready once it serves its metrics. Revert stops it and archives its
 * checkpoints; the input stream is left as it is for the other consumers.
 */
import type pg from "pg";
import type { Logger } from "../logger.js";
import type { Deployed } from "../pipeline/target.js";
import { startLocalService, stopLocalService } from "../local/services.js";
import type { SmokeCase } from "../smoke/cases.js";
import type { VersionNames } from "../version.js";
import { archiveCheckpoints } from "./checkpoints.js";
import { prepareLocalStream } from "./local.js";
import {
  localSmokePort,
  runStreamSmoke,
  type StreamSmokeResult,
} from "./smoke.js";

/** The services-file key of a version's consumer. */
export const consumerKey = (version: string) => `stream:${version}`;

/** Quotes a word for `bash -c`. */
const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * The command that runs this CLI again as `stream consume`: the same node, loaders (tsx when run
 * from the sources) and entry point as the running process.
 */
export function consumeCommand(args: {
  app: string;
  version: string;
  modelUrl: string;
  start: string;
}): string {
  const words = [
    process.execPath,
    ...process.execArgv,
    process.argv[1] ?? "",
    "stream",
    "consume",
    "--app",
    args.app,
    "--version",
    args.version,
    "--model-url",
    args.modelUrl,
    "--start",
    args.start,
  ];
  return words.map(quote).join(" ");
}

/** Options of startLocalConsumer. */
export interface LocalConsumerOptions {
  app: string;
  names: VersionNames;
  stateDir: string;
  runDir: string;
  databaseUrl: string;
  modelUrl: string;
  /** Where a new consumer group starts (default TRIM_HORIZON: the twin's whole stream). */
  start?: string;
  cwd?: string;
  logger: Logger;
  pool: pg.Pool;
}

/** Creates the streams and tables, then starts the version's consumer and waits until it is up. */
export async function startLocalConsumer(
  options: LocalConsumerOptions,
): Promise<{ pid: number; detail: string }> {
  const streams = await prepareLocalStream(options.pool, options);
  const consumer = await startLocalService({
    stateDir: options.stateDir,
    version: consumerKey(options.names.version),
    runDir: options.runDir,
    databaseUrl: options.databaseUrl,
    logger: options.logger,
    command: consumeCommand({
      app: options.app,
      version: options.names.version,
      modelUrl: options.modelUrl,
      start: options.start ?? "TRIM_HORIZON",
    }),
    // Its environment (MODELSHIP_ENVIRONMENT): the streams, checkpoints and log tables.
    environment: options.names.environment,
    readyPath: "/metrics",
    cwd: options.cwd,
  });
  return {
    pid: consumer.pid,
    detail: `consuming ${streams.input} → ${streams.output} (pid ${consumer.pid}, metrics ${consumer.url}/metrics)`,
  };
}

/** The stream smoke test of a local version, on the app's local streams. */
export async function smokeLocalStream(
  options: { app: string; names: VersionNames; pool: pg.Pool; logger: Logger },
  cases: SmokeCase[],
  timeoutMs = 60_000,
): Promise<StreamSmokeResult> {
  const streams = await prepareLocalStream(options.pool, options);
  return runStreamSmoke({
    ...options,
    port: localSmokePort(options.pool, streams),
    cases,
    timeoutMs,
  });
}

/** Stops a version's consumer and archives its checkpoints; what was done, for revert's report. */
export async function retireLocalConsumer(options: {
  app: string;
  version: string;
  stateDir: string;
  pool?: pg.Pool;
  logger: Logger;
}): Promise<{ stopped: boolean; archivedCheckpoints: number }> {
  const stopped = await stopLocalService(
    options.stateDir,
    consumerKey(options.version),
    options.logger,
  );
  const archivedCheckpoints = options.pool
    ? await archiveCheckpoints(options.pool, {
        app: options.app,
        consumer: options.version,
        at: new Date(),
      })
    : 0;
  return { stopped, archivedCheckpoints };
}

/**
 * Starts a deployed stream version's consumer, and gives the deployment its smoke test: the cases
 * go on the environment's input stream and the decisions are read from its output stream.
 */
export async function withLocalConsumer(
  deployed: Deployed,
  options: LocalConsumerOptions & {
    withDb: <T>(work: (pool: pg.Pool) => Promise<T>) => Promise<T>;
  },
): Promise<Deployed> {
  const { withDb, ...consumerOptions } = options;
  const consumer = await startLocalConsumer(consumerOptions);
  const context = {
    app: options.app,
    names: options.names,
    logger: options.logger,
  };
  return {
    ...deployed,
    detail: `${deployed.detail}; ${consumer.detail}`,
    smoke: (cases) =>
      withDb(async (pool) => {
        const result = await smokeLocalStream({ ...context, pool }, cases);
        const detail = `${result.decided} case(s) decided on the output stream and logged; slowest ${result.slowestMs} ms after the put`;
        return { ...result, detail };
      }),
  };
}
