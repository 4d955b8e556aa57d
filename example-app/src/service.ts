import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import pg from "pg";
import {
  ensurePredictionTables,
  migrate,
} from "../../actions/lib/db/schema.js";
import type { PostgresServer } from "../../actions/lib/postgres/server.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import type { Logger } from "../../actions/lib/logger.js";
import { buildApp } from "./app.js";
import type { ServiceConfig } from "./config.js";
import { PredictionLogWriter, type DrainResult } from "./log-writer.js";
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
  /** Stops accepting, finishes in-flight requests, drains the log queue, closes the database. */
  shutdown(): Promise<DrainResult>;
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

/**
 * Starts the service from its configuration: the database (given or embedded), the log writer,
 * the HTTP app (listening before the model loads, so /health answers and /ready says 503), then
 * the model.
 */
export async function startService(
  config: ServiceConfig,
): Promise<RunningService> {
  // Filled in after listen(): until then /ready answers 503.
  const loaded: { model?: LoadedModel } = {};
  let writer: PredictionLogWriter | undefined;
  let pool: pg.Pool | undefined;
  const { app, metrics } = buildApp({
    names: config.names,
    features: FEATURES,
    model: () => loaded.model,
    writer: () => writer,
    logMode: config.logMode,
    pool: () => pool,
    bodyLimit: config.bodyLimit,
    logger: { level: config.logLevel },
  });
  const log = app.log;
  let embedded: PostgresServer | undefined;
  if (config.logMode !== "off") {
    embedded = config.databaseUrl
      ? undefined
      : await startEmbedded(config, log);
    pool = new pg.Pool({
      connectionString: config.databaseUrl ?? embedded?.url,
      max: config.poolMax,
      // Fail fast while the database is unreachable; the writer retries with backoff.
      connectionTimeoutMillis: 3000,
    });
    pool.on("error", (error) =>
      log.warn(`idle database connection lost: ${error.message}`),
    );
  }
  if (config.logMode === "sync" && pool) {
    await migrate(pool);
    await ensurePredictionTables(pool, config.names);
  }
  if (config.logMode === "batched" && pool) {
    writer = new PredictionLogWriter({
      pool,
      logger: pinoAdapter(log),
      names: config.names,
      maxQueue: config.maxQueue,
      batchSize: config.batchSize,
      flushIntervalMs: config.flushIntervalMs,
      hooks: metrics.writerHooks,
    });
    writer.start();
  }
  const url = await app.listen({ port: config.port, host: config.host });
  loaded.model = await prepareModel(config, log);
  const { tables } = config.names;
  log.info(
    `serving model ${config.names.version} on ${url} (log mode ${config.logMode}; tables ${tables.schema}.${tables.inputs}, ${tables.schema}.${tables.outputs})`,
  );
  return {
    app,
    url,
    writer,
    async shutdown() {
      await app.close();
      const result = writer
        ? await writer.close(config.drainTimeoutMs)
        : { drained: true, remaining: 0 };
      await pool?.end().catch(() => undefined);
      await embedded?.stop().catch(() => undefined);
      return result;
    },
  };
}
