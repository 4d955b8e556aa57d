/**
 * The stream worker on AWS: the version's ECS task reads the input Kinesis stream and puts
 * decisions on the output stream, with checkpoints, log rows and dead letters in the app's
 * database. The caller owns the pool, the writer and the model client (the task's entry point
 * opens them from its environment; the tests pass their own).
 */
import type { KinesisClient } from "@aws-sdk/client-kinesis";
import type pg from "pg";
import type { Backoff } from "../aws/kinesis.js";
import type { ModelClient } from "../batch/predict.js";
import type { Logger } from "../logger.js";
import type { PredictionLogWriter } from "../predictions/writer.js";
import type { VersionNames } from "../version.js";
import { ensureStreamTables } from "./checkpoints.js";
import { versionConsumer } from "./consumer.js";
import { KinesisSink, KinesisSource } from "./kinesis-source.js";
import { StreamMetrics } from "./metrics.js";
import type { StartPosition } from "./types.js";
import { runStreamWorker } from "./worker.js";

/** Options of runKinesisStream. */
export interface KinesisStreamWorkerOptions {
  kinesis: KinesisClient;
  pool: pg.Pool;
  writer?: PredictionLogWriter;
  client: ModelClient;
  app: string;
  names: VersionNames;
  inputStream: string;
  outputStream: string;
  start: StartPosition;
  batchSize: number;
  concurrency: number;
  logger: Logger;
  signal: AbortSignal;
  metrics?: StreamMetrics;
  backoff?: Backoff;
  /** Shard lease (default 60 s), shard list rescan (default 30 s), pause after an empty read (1 s). */
  leaseMs?: number;
  rescanMs?: number;
  idleMs?: number;
  /** Most records per GetRecords (default 1000). */
  readLimit?: number;
}

/** Consumes the input stream until the signal aborts. */
export async function runKinesisStream(
  options: KinesisStreamWorkerOptions,
): Promise<StreamMetrics> {
  const metrics = options.metrics ?? new StreamMetrics();
  const onThrottle = () => metrics.throttled.inc();
  const ports = {
    kinesis: options.kinesis,
    backoff: options.backoff,
    onThrottle,
  };
  await ensureStreamTables(options.pool);
  await runStreamWorker({
    source: new KinesisSource({ ...ports, stream: options.inputStream }),
    ...versionConsumer(options.pool, {
      ...options,
      sink: new KinesisSink({ ...ports, stream: options.outputStream }),
    }),
    metrics,
    logger: options.logger,
    start: options.start,
    leaseMs: options.leaseMs ?? 60_000,
    readLimit: options.readLimit ?? 1000,
    waitMs: 0,
    // Kinesis allows 5 GetRecords per second per shard, shared by every consumer of the stream.
    idleMs: options.idleMs ?? 1000,
    retryMs: 1000,
    rescanMs: options.rescanMs ?? 30_000,
    signal: options.signal,
  });
  return metrics;
}
