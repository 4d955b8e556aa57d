/**
 * The stream worker as the ECS task runs it (`modelship stream consume --source kinesis`, the
 * worker container of stack-templates/stream.yml): opens the database, the durable writer, the
 * model client and the Kinesis client, serves metrics, and consumes until SIGTERM; the writer
 * drains before it returns.
 */
import { mkdir } from "node:fs/promises";
import { KinesisClient } from "@aws-sdk/client-kinesis";
import { ModelClient } from "../batch/predict.js";
import { openPool } from "../db/pool.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import type { Logger } from "../logger.js";
import { PredictionLogWriter } from "../predictions/writer.js";
import type { VersionNames } from "../version.js";
import { runKinesisStream } from "./aws.js";
import { StreamMetrics } from "./metrics.js";
import type { StartPosition } from "./types.js";

/** Options of runKinesisWorker, validated by the CLI. */
export interface KinesisWorkerOptions {
  app: string;
  names: VersionNames;
  databaseUrl: string;
  modelUrl: string;
  predictPath: string;
  inputStream: string;
  outputStream: string;
  start: StartPosition;
  journalDir: string;
  batchSize: number;
  concurrency: number;
  metricsPort?: number;
  logger: Logger;
  signal: AbortSignal;
}

/** See the module comment. */
export async function runKinesisWorker(
  options: KinesisWorkerOptions,
): Promise<void> {
  const pool = openPool(options.databaseUrl, 6);
  const client = new ModelClient({
    url: options.modelUrl,
    predictPath: options.predictPath,
    concurrency: options.concurrency,
  });
  const kinesis = new KinesisClient({});
  const metrics = new StreamMetrics();
  let writer: PredictionLogWriter | undefined;
  let server: Awaited<ReturnType<StreamMetrics["serve"]>> | undefined;
  try {
    await migrate(pool);
    await ensurePredictionTables(pool, options.names);
    await mkdir(options.journalDir, { recursive: true });
    writer = await PredictionLogWriter.open({
      pool,
      names: options.names,
      logger: options.logger,
      journalDir: options.journalDir,
      durability: "strict",
    });
    if (options.metricsPort !== undefined)
      server = await metrics.serve(options.metricsPort);
    await runKinesisStream({
      ...options,
      kinesis,
      pool,
      writer,
      client,
      metrics,
    });
  } finally {
    server?.close();
    await writer?.close(25_000);
    await client.close();
    kinesis.destroy();
    await pool.end();
  }
}
