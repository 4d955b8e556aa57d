import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import pg from "pg";
import type { PostgresServer } from "../../actions/lib/postgres/server.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import type { Logger } from "../../actions/lib/logger.js";
import { beforeDeadline } from "../../actions/lib/predictions/queue.js";
import type { CloseResult } from "../../actions/lib/predictions/types.js";
import { PredictionLogWriter } from "../../actions/lib/predictions/writer.js";
import { buildApp } from "./app.js";
import type { ServiceConfig } from "./config.js";
import {
  defaultModelPath,
  FEATURES,
  loadModel,
  type LoadedModel,
} from "./model/model.js";

/** A started service. */
export interface RunningService {
  app: FastifyInstance;
  /** `http://host:port` it listens on. */
  url: string;
  writer?: PredictionLogWriter;
  /**
   * Stops accepting, finishes in-flight requests, drains the prediction log into Postgres (what
   * misses DRAIN_TIMEOUT_MS stays in the journal), then stops the embedded Postgres if we started
   * it. Returns the log's counts (undefined when logging is off).
   */
  shutdown(): Promise<CloseResult | undefined>;
}

/** Our Logger interface over fastify's pino logger, so the writer logs JSON lines too. */
export function pinoAdapter(log: FastifyBaseLogger): Logger {
  return {
    debug: (m) => log.debug(m),
    info: (m) => log.info(m),
    warning: (m) => log.warn(m),
    error: (m) => log.error(m),
    group: (name, fn) => {
      log.info(name);
      return fn();
    },
  };
}

async function startEmbedded(
  config: ServiceConfig,
  log: FastifyBaseLogger,
): Promise<PostgresServer> {
  // The binaries come from npm (a dev dependency), so a container image has none and must be
  // given DATABASE_URL; startPostgres then fails with a ConfigurationError that says so.
  const { startPostgres } =
    await import("../../actions/lib/postgres/server.js");
  const server = await startPostgres({ dataDir: config.pgDataDir });
  log.info(
    `DATABASE_URL not set: started embedded Postgres on 127.0.0.1:${server.port} (data in ${config.pgDataDir})`,
  );
  return server;
}

/** Trains the model with the training CLI when its artifact is missing (first run on a fresh machine). */
/** The training CLI and the tsx runner, when this is a source checkout (not the bundle). */
function trainingCommand(): string[] | undefined {
  try {
    const train = fileURLToPath(new URL("./model/train.ts", import.meta.url));
    const tsx = fileURLToPath(import.meta.resolve("tsx/cli"));
    return existsSync(train) && existsSync(tsx) ? [tsx, train] : undefined;
  } catch {
    return undefined;
  }
}

/** Trains the model with the training CLI when its artifact is missing (first run on a fresh machine). */
async function trainModel(modelPath: string, log: FastifyBaseLogger) {
  const command = trainingCommand();
  if (!command)
    throw new ConfigurationError(
      `model artifact ${modelPath} does not exist and this build cannot train it: set MODEL_PATH`,
    );
  log.warn(
    `model artifact ${modelPath} does not exist: training it first (npx tsx example-app/src/model/train.ts)`,
  );
  const metrics = path.join(os.tmpdir(), `modelship-train-${process.pid}.json`);
  const args = [
    ...command,
    "--out-dir",
    path.dirname(modelPath),
    "--metrics",
    metrics,
  ];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Re-emitted as JSON log lines, like the rest of the service's output.
    for (const stream of [child.stdout, child.stderr])
      createInterface({ input: stream }).on("line", (line) =>
        log.info(`train: ${line}`),
      );
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`training the model failed (exit ${code})`);
  log.info(`trained the model into ${modelPath}`);
}

async function prepareModel(config: ServiceConfig, log: FastifyBaseLogger) {
  const modelPath = config.modelPath ?? defaultModelPath();
  if (!existsSync(modelPath)) await trainModel(modelPath, log);
  const started = Date.now();
  const model = loadModel(modelPath);
  log.info(`model loaded from ${modelPath} in ${Date.now() - started} ms`);
  return model;
}

/** The database pool and the writer, or nothing when logging is off. */
async function startLogging(
  config: ServiceConfig,
  log: FastifyBaseLogger,
  hooks: ReturnType<typeof buildApp>["metrics"]["writerHooks"],
) {
  if (config.logMode === "off") return {};
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbedded(config, log);
  const pool = new pg.Pool({
    connectionString: config.databaseUrl ?? embedded?.url,
    max: config.poolMax,
    // Fail fast while the database is unreachable; the writer retries with backoff.
    connectionTimeoutMillis: 3000,
  });
  pool.on("error", (error) =>
    log.warn(`idle database connection lost: ${error.message}`),
  );
  try {
    const writer = await PredictionLogWriter.open({
      pool,
      names: config.names,
      logger: pinoAdapter(log),
      journalDir: config.journalDir,
      journalVariable: "LOG_JOURNAL_DIR",
      journalMaxBytes: config.journalMaxBytes,
      durability: config.durability,
      fsyncMs: config.fsyncMs,
      maxQueue: config.maxQueue,
      batchSize: config.batchSize,
      flushIntervalMs: config.flushIntervalMs,
      hooks,
    });
    return { embedded, pool, writer };
  } catch (error) {
    await pool.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

/** The one line that says where every row went at shutdown. */
export function closeLine(result: CloseResult): string {
  const where = result.drained
    ? "Postgres has every row; journal emptied"
    : `${result.leftInJournal} row(s) left in the journal ${result.journalDir} for the next start with LOG_JOURNAL_DIR set to it`;
  return (
    `prediction log closed: ${result.written} row(s) written to Postgres ` +
    `(${result.replayed} replayed from the journal), ${result.journaled} journaled, ` +
    `${result.dropped} dropped; ${where}`
  );
}

/**
 * Starts the service from its configuration: the database (given or embedded), the log writer
 * (which replays what an earlier run left in its journal), the HTTP app (listening before the
 * model loads, so /health answers and /ready says 503), then the model.
 */
export async function startService(
  config: ServiceConfig,
): Promise<RunningService> {
  // Filled in after listen(): until then /ready answers 503.
  const loaded: { model?: LoadedModel } = {};
  const logging: Partial<Awaited<ReturnType<typeof startLogging>>> = {};
  const { app, metrics } = buildApp({
    names: config.names,
    features: FEATURES,
    model: () => loaded.model,
    writer: () => logging.writer,
    logMode: config.logMode,
    durability: config.durability,
    pool: () => logging.pool,
    http: config.http,
    logger: { level: config.logLevel },
  });
  const log = app.log;
  Object.assign(logging, await startLogging(config, log, metrics.writerHooks));
  const { embedded, pool, writer } = logging;
  const shutdown = async () => {
    const deadline = Date.now() + config.drainTimeoutMs;
    await app.close();
    const result = await writer?.close(Math.max(0, deadline - Date.now()));
    // A pool with a connection stuck on a dead server must not hold the exit.
    if (pool) await beforeDeadline(pool.end(), Date.now() + 2000);
    await embedded?.stop().catch(() => undefined);
    return result;
  };
  let url: string;
  try {
    url = await app.listen({ port: config.port, host: config.host });
    loaded.model = await prepareModel(config, log);
  } catch (error) {
    await shutdown().catch(() => undefined);
    throw error;
  }
  const { tables } = config.names;
  log.info(
    `serving model ${config.names.version} on ${url} (log mode ${config.logMode}, durability ${config.durability}; ` +
      `tables ${tables.schema}.${tables.inputs}, ${tables.schema}.${tables.outputs}; journal ${config.journalDir})`,
  );
  return { app, url, writer, shutdown };
}
