/**
 * The local twin of the stream worker (`modelship stream consume`, and the local pipeline's stream
 * versions): the same worker and checkpoint code over streams kept in Postgres.
 */
import { mkdir } from "node:fs/promises";
import type pg from "pg";
import { ModelClient } from "../batch/predict.js";
import { openPool } from "../db/pool.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import type { Logger } from "../logger.js";
import { PredictionLogWriter } from "../predictions/writer.js";
import type { VersionNames } from "../version.js";
import { ensureStreamTables, streamScope } from "./checkpoints.js";
import { versionConsumer } from "./consumer.js";
import {
  ensureLocalStream,
  LocalStreamSink,
  LocalStreamSource,
  StreamWaker,
} from "./local-stream.js";
import { StreamMetrics } from "./metrics.js";
import type { StartPosition } from "./types.js";
import { runStreamWorker } from "./worker.js";

/** The app's shared input stream on the local target (of streamScope's name). */
export const localInputStream = (app: string) => `${app}-events`;
/** The app's default output stream on the local target. */
export const localOutputStream = (app: string) => `${app}-decisions`;

/** Everything a local consumer needs, validated by the CLI. */
export interface LocalStreamOptions {
  app: string;
  names: VersionNames;
  databaseUrl: string;
  modelUrl: string;
  predictPath: string;
  /** Input and output streams (default the app's). */
  inputStream?: string;
  outputStream?: string;
  /** Shards of the input stream when this call creates it (default 1). */
  shards?: number;
  start: StartPosition;
  /** The log writer's journal directory (one process per journal). */
  journalDir: string;
  batchSize: number;
  concurrency: number;
  logger: Logger;
  signal: AbortSignal;
  /** Serve Prometheus metrics on this port (undefined: not served). */
  metricsPort?: number;
  /** The lease of a shard, renewed while it is read (default 30 s). */
  leaseMs?: number;
  /** The read limit per shard (default 500). */
  readLimit?: number;
}

/** Creates the tables and streams a local stream version needs (idempotent). */
export async function prepareLocalStream(
  pool: pg.Pool,
  options: Pick<
    LocalStreamOptions,
    "app" | "names" | "inputStream" | "outputStream" | "shards"
  >,
): Promise<{ input: string; output: string }> {
  await migrate(pool);
  await ensurePredictionTables(pool, options.names);
  await ensureStreamTables(pool);
  const scope = streamScope(options.app, options.names.environment);
  const input = options.inputStream ?? localInputStream(scope);
  const output = options.outputStream ?? localOutputStream(scope);
  await ensureLocalStream(pool, input, options.shards ?? 1);
  await ensureLocalStream(pool, output, options.shards ?? 1);
  return { input, output };
}

/** Consumes the local input stream until the signal aborts; the writer drains before it returns. */
export async function runLocalStream(
  options: LocalStreamOptions,
): Promise<StreamMetrics> {
  const pool = openPool(options.databaseUrl, 6);
  const waker = new StreamWaker(options.databaseUrl);
  const client = new ModelClient({
    url: options.modelUrl,
    predictPath: options.predictPath,
    concurrency: options.concurrency,
  });
  const metrics = new StreamMetrics();
  let writer: PredictionLogWriter | undefined;
  let server: Awaited<ReturnType<StreamMetrics["serve"]>> | undefined;
  try {
    const streams = await prepareLocalStream(pool, options);
    await waker.start();
    const { journalDir } = options;
    await mkdir(journalDir, { recursive: true });
    // strict: a read is checkpointed only once its rows are fsynced in the journal or in Postgres.
    writer = await PredictionLogWriter.open({
      pool,
      names: options.names,
      logger: options.logger,
      journalDir,
      durability: "strict",
    });
    if (options.metricsPort !== undefined)
      server = await metrics.serve(options.metricsPort, "127.0.0.1");
    await runStreamWorker({
      source: new LocalStreamSource({ pool, stream: streams.input, waker }),
      ...versionConsumer(pool, {
        ...options,
        inputStream: streams.input,
        client,
        sink: new LocalStreamSink({ pool, stream: streams.output }),
        writer,
      }),
      metrics,
      logger: options.logger,
      start: options.start,
      leaseMs: options.leaseMs ?? 30_000,
      readLimit: options.readLimit ?? 500,
      waitMs: 1000,
      idleMs: 0,
      retryMs: 1000,
      rescanMs: 5000,
      signal: options.signal,
    });
    return metrics;
  } finally {
    server?.close();
    const closed = await writer?.close(25_000);
    if (closed && !closed.drained)
      options.logger.warning(
        `${closed.leftInJournal} log row(s) wait in ${closed.journalDir}; the next run writes them`,
      );
    await client.close();
    await waker.stop();
    await pool.end();
  }
}
