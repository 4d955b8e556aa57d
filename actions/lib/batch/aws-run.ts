/**
 * The batch worker as batch.yml runs it on ECS (`modelship batch-worker`): settings from the task
 * definition's environment, the model container waited for on localhost, then the worker loop
 * over the version's SQS queue and the app's bucket, logging through the durable writer. SIGTERM
 * (scale-in, a deploy) stops it; the file in hand goes back to the queue.
 */
import { tmpdir } from "node:os";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { S3Client } from "@aws-sdk/client-s3";
import type { SQSClient } from "@aws-sdk/client-sqs";
import { openPool } from "../db/pool.js";
import { parseDatabaseUrl } from "../db/url.js";
import { ConfigurationError } from "../errors.js";
import { parseNumber } from "../inputs.js";
import type { Logger } from "../logger.js";
import { PredictionLogWriter } from "../predictions/writer.js";
import { smokeAgent } from "../smoke/http.js";
import { parseBaseUrl, parseServicePath } from "../smoke/options.js";
import { waitForReady } from "../smoke/ready.js";
import {
  DEFAULT_ENVIRONMENT,
  parseAppName,
  parseEnvironmentName,
  parseVersion,
  type VersionNames,
} from "../version.js";
import { S3Store, SqsQueue } from "./aws-queue.js";
import { runWorkerLoop, type LoopStats } from "./loop.js";
import { ModelClient } from "./predict.js";

/** The worker's settings, as batch.yml's task definition passes them. */
export interface AwsWorkerSettings {
  app: string;
  names: VersionNames;
  modelUrl: string;
  predictPath: string;
  readyPath: string;
  bucket: string;
  queueUrl: string;
  deadLetterUrl: string;
  leaseSeconds: number;
  batchSize: number;
  concurrency: number;
  databaseUrl?: string;
  /** Where outputs are written before upload, and the journal. */
  workDir: string;
}

/** Reads and checks the task's environment; a missing or bad variable names itself. */
export function readWorkerEnv(env: NodeJS.ProcessEnv): AwsWorkerSettings {
  const need = (name: string): string => {
    const value = env[name]?.trim();
    if (!value)
      throw new ConfigurationError(`environment variable ${name} is not set`);
    return value;
  };
  const number = (name: string, fallback: string, max: number) =>
    parseNumber(env[name]?.trim() || fallback, `environment variable ${name}`, {
      min: 1,
      max,
      integer: true,
    });
  const databaseUrl = env.DATABASE_URL?.trim();
  return {
    app: parseAppName(need("APP_NAME")),
    // batch.yml sets the environment: the version's log tables are that environment's.
    names: parseVersion(
      need("MODEL_VERSION"),
      parseEnvironmentName(
        env.MODELSHIP_ENVIRONMENT?.trim() || DEFAULT_ENVIRONMENT,
      ),
    ),
    modelUrl: parseBaseUrl(need("MODEL_URL")),
    predictPath: parseServicePath(
      env.PREDICT_PATH || "/predict",
      "PREDICT_PATH",
    ),
    readyPath: parseServicePath(env.READY_PATH || "/ready", "READY_PATH"),
    bucket: need("BATCH_BUCKET"),
    queueUrl: parseBaseUrl(need("BATCH_QUEUE_URL")),
    deadLetterUrl: parseBaseUrl(need("BATCH_DLQ_URL")),
    leaseSeconds: number("BATCH_LEASE_SECONDS", "300", 43_200),
    batchSize: number("BATCH_SIZE", "100", 10_000),
    concurrency: number("BATCH_CONCURRENCY", "4", 64),
    databaseUrl: databaseUrl
      ? parseDatabaseUrl(databaseUrl, "environment variable DATABASE_URL")
      : undefined,
    workDir: env.BATCH_WORK_DIR || path.join(tmpdir(), "modelship-batch"),
  };
}

/** Waits for the model container beside the worker (it shares the task's localhost). */
async function modelReady(settings: AwsWorkerSettings, logger: Logger) {
  const agent = smokeAgent(1);
  try {
    const ready = await waitForReady({
      agent,
      readyUrl: `${settings.modelUrl}${settings.readyPath}`,
      timeoutMs: 600_000,
      logger,
    });
    if (!ready.ready)
      throw new Error(`the model never became ready: ${ready.reason}`);
  } finally {
    await agent.close();
  }
}

/** Runs the worker until the signal aborts. */
export async function runAwsWorker(
  settings: AwsWorkerSettings,
  context: {
    s3: S3Client;
    sqs: SQSClient;
    logger: Logger;
    signal: AbortSignal;
  },
): Promise<LoopStats> {
  const { logger, signal } = context;
  await modelReady(settings, logger);
  const workDir = path.join(settings.workDir, "work");
  const journalDir = path.join(settings.workDir, "journal");
  await mkdir(workDir, { recursive: true });
  await mkdir(journalDir, { recursive: true });
  const pool = settings.databaseUrl
    ? openPool(settings.databaseUrl, 4)
    : undefined;
  const writer = pool
    ? await PredictionLogWriter.open({
        pool,
        names: settings.names,
        logger,
        journalDir,
        durability: "strict",
      })
    : undefined;
  const client = new ModelClient({
    url: settings.modelUrl,
    predictPath: settings.predictPath,
    concurrency: settings.concurrency,
  });
  try {
    return await runWorkerLoop({
      queue: new SqsQueue({
        sqs: context.sqs,
        queueUrl: settings.queueUrl,
        deadLetterUrl: settings.deadLetterUrl,
        bucket: settings.bucket,
        leaseSeconds: settings.leaseSeconds,
      }),
      store: new S3Store(context.s3, settings.bucket),
      client,
      writer,
      version: settings.names.version,
      workDir,
      batchSize: settings.batchSize,
      concurrency: settings.concurrency,
      logger,
      signal,
    });
  } finally {
    await writer?.close(25_000);
    await client.close();
    await pool?.end();
  }
}
