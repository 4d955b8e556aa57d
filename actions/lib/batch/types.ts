/**
 * The batch worker's ports: a queue of dropped files and a store that holds them and their
 * outputs. SQS + S3 (actions/lib/aws/) and the local twin (Postgres + a folder) implement them, so
 * one worker loop serves both.
 */
import type { Readable } from "node:stream";
import type { AsyncBuffer } from "hyparquet";

/** One dropped file to score, as a queue delivered it. */
export interface BatchJob {
  /** The queue's handle for this delivery (SQS receipt handle, local job id). */
  handle: string;
  /** Object key, e.g. `inbox/v3/scores.csv` or `inbox/scores.csv`. */
  key: string;
  /**
   * What makes this drop of the key unique: the S3 version id (else the ETag), or the local job
   * id. Log rows are keyed by key, revision and row number, so a redelivery never logs a row
   * twice and a new drop under the same key is scored again.
   */
  revision: string;
  /** The object version to read, when the store keeps versions (S3 with versioning). */
  versionId?: string;
  /** Size in bytes, when the event said. */
  size?: number;
  /** How many times the queue has delivered it (1 on the first delivery). */
  attempt: number;
  /** Delivered by the app-wide `inbox/` route rather than the version's own prefix. */
  appRoute: boolean;
}

/** A message the queue could not turn into a job (not an S3 event, no key): dead-lettered. */
export interface UnreadableMessage {
  handle: string;
  reason: string;
}

/** Where jobs come from. Every method but receive acts on one delivery. */
export interface JobQueue {
  /** How long a delivery stays invisible to other workers; extend() renews it. */
  readonly leaseSeconds: number;
  /** The next job, or undefined after waiting a while for one (long polling). */
  receive(
    signal: AbortSignal,
  ): Promise<BatchJob | UnreadableMessage | undefined>;
  /** Keeps the delivery invisible for another lease while the worker is still on it. */
  extend(handle: string): Promise<void>;
  /** Done: removes the delivery for good (outputs and log rows are durable). */
  complete(handle: string): Promise<void>;
  /** Gives the delivery back at once (the worker is stopping). */
  release(handle: string): Promise<void>;
  /** A poison file: moves the delivery to the dead-letter queue with the reason, then removes it. */
  deadLetter(handle: string, reason: string): Promise<void>;
}

/** Where dropped files are read and outputs written. */
export interface ObjectStore {
  /** The object as a stream of bytes (CSV, JSON Lines). */
  stream(job: BatchJob): Promise<Readable>;
  /** The object as random access (Parquet reads its footer, then column chunks). */
  randomAccess(job: BatchJob): Promise<AsyncBuffer>;
  /** Publishes a finished local file under `key`, atomically (readers never see part of it). */
  publish(key: string, file: string, contentType: string): Promise<void>;
  /** A human name for messages, e.g. `s3://bucket/inbox/a.csv`. */
  describe(key: string): string;
}

/** A file the worker can never score as it is: dead-lettered with this reason, never retried. */
export class PoisonFileError extends Error {
  override name = "PoisonFileError";
}
