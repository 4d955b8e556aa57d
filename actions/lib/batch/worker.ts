/**
 * The batch worker: takes a dropped file from the queue, streams it through the model, writes the
 * output in the input's format under `outputs/<version>/`, logs every row durably, and only then
 * removes the delivery. A crash anywhere before that leaves the delivery to come back (at least
 * once); the log rows are keyed by object key, revision and row number, so a second pass adds none.
 */
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import type { PredictionLogWriter } from "../predictions/writer.js";
import { CONTENT_TYPES, formatOf } from "./formats.js";
import type { ModelClient } from "./predict.js";
import { readRecords, type BatchRecord } from "./read.js";
import { requestIdOf, scoreRecords } from "./score.js";
import {
  PoisonFileError,
  type BatchJob,
  type JobQueue,
  type ObjectStore,
} from "./types.js";
import { openOutput } from "./write.js";

/** Where dropped files land: `inbox/<version>/...` for one version, `inbox/<name>` for the app. */
export const INBOX_PREFIX = "inbox/";
/** Where outputs go: `outputs/<version>/...`. */
export const OUTPUTS_PREFIX = "outputs/";

/** Options of the worker. */
export interface WorkerOptions {
  queue: JobQueue;
  store: ObjectStore;
  client: ModelClient;
  /** The durable writer, in strict mode; undefined logs nothing. */
  writer?: PredictionLogWriter;
  /** The version this worker scores for. */
  version: string;
  /** A directory for output files being written. */
  workDir: string;
  batchSize: number;
  concurrency: number;
  logger: Logger;
}

/** How one delivery ended. */
export type JobOutcome =
  "scored" | "poison" | "skipped" | "failed" | "released";

/**
 * Whether this version scores the key: its own prefix `inbox/<version>/`, or a file right under
 * `inbox/` that the app-wide route delivered. The app-wide route also delivers files under other
 * prefixes (and under this one, which the version's own route delivers too): those are skipped.
 */
export function scoresKey(
  job: Pick<BatchJob, "key" | "appRoute">,
  version: string,
): boolean {
  if (!job.key.startsWith(INBOX_PREFIX)) return false;
  const rest = job.key.slice(INBOX_PREFIX.length);
  const slash = rest.indexOf("/");
  if (slash < 0) return job.appRoute && rest !== "";
  return (
    !job.appRoute && rest.slice(0, slash) === version && slash < rest.length - 1
  );
}

/** The output key of an input key: `inbox/<version>/a/b.csv` or `inbox/b.csv` → `outputs/<version>/...`. */
export function outputKeyOf(key: string, version: string): string {
  const rest = key.slice(INBOX_PREFIX.length);
  const own = `${version}/`;
  const relative = rest.startsWith(own) ? rest.slice(own.length) : rest;
  return `${OUTPUTS_PREFIX}${version}/${relative}`;
}

async function* untilAborted(
  records: AsyncIterable<BatchRecord>,
  signal: AbortSignal,
): AsyncGenerator<BatchRecord> {
  for await (const record of records) {
    signal.throwIfAborted();
    yield record;
  }
}

/** Scores one file into a local output file and publishes it; returns the rows and output key. */
export async function scoreJob(
  job: BatchJob,
  options: Omit<WorkerOptions, "queue">,
  signal: AbortSignal,
): Promise<{ rows: number; outputKey: string }> {
  const format = formatOf(job.key);
  const file = path.join(options.workDir, `${randomUUID()}.${format}`);
  try {
    const output = await openOutput(format, file);
    let rows: number;
    try {
      rows = await scoreRecords({
        records: untilAborted(readRecords(options.store, job, format), signal),
        output,
        client: options.client,
        writer: options.writer,
        requestId: requestIdOf(job.key, job.revision),
        modelVersion: options.version,
        batchSize: options.batchSize,
        concurrency: options.concurrency,
      });
    } catch (error) {
      await output.discard();
      throw error;
    }
    await output.finish();
    const outputKey = outputKeyOf(job.key, options.version);
    await options.store.publish(outputKey, file, CONTENT_TYPES[format]);
    return { rows, outputKey };
  } finally {
    await rm(file, { force: true });
  }
}

/** Handles one delivery from start to finish; never throws (the outcome says how it went). */
export async function processJob(
  job: BatchJob,
  options: WorkerOptions,
  signal: AbortSignal,
): Promise<JobOutcome> {
  const { queue, logger } = options;
  const name = options.store.describe(job.key);
  if (!scoresKey(job, options.version)) {
    logger.debug(`${name}: not for ${options.version} on this route; skipped`);
    await queue.complete(job.handle);
    return "skipped";
  }
  // Renew the lease well before it runs out, for as long as the file takes.
  const heartbeat = setInterval(
    () =>
      queue
        .extend(job.handle)
        .catch((error: unknown) =>
          logger.warning(
            `${name}: extending the lease failed: ${errorMessage(error)}`,
          ),
        ),
    Math.max(1000, (queue.leaseSeconds * 1000) / 3),
  );
  try {
    const started = Date.now();
    logger.info(`${name}: scoring (delivery ${job.attempt})`);
    const { rows, outputKey } = await scoreJob(job, options, signal);
    await queue.complete(job.handle);
    logger.info(
      `${name}: ${rows} row(s) scored into ${options.store.describe(outputKey)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return "scored";
  } catch (error) {
    return await failed(job, options, { error, name, signal });
  } finally {
    clearInterval(heartbeat);
  }
}

async function failed(
  job: BatchJob,
  options: WorkerOptions,
  context: { error: unknown; name: string; signal: AbortSignal },
): Promise<JobOutcome> {
  const { queue, logger } = options;
  const message = errorMessage(context.error);
  if (context.error instanceof PoisonFileError) {
    logger.error(
      `${context.name}: poison file, sent to the dead-letter queue: ${message}`,
    );
    await queue.deadLetter(job.handle, message);
    return "poison";
  }
  if (context.signal.aborted) {
    logger.info(`${context.name}: stopping; given back to the queue`);
    await queue.release(job.handle).catch(() => undefined);
    return "released";
  }
  // Left invisible until its lease runs out: the queue delivers it again (at least once).
  logger.error(`${context.name}: failed, will be delivered again: ${message}`);
  return "failed";
}
