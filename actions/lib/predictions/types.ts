/** The writer's public types: options, hooks and results. */
import type pg from "pg";
import type { Logger } from "../logger.js";
import type { VersionNames } from "../version.js";

/** When a request's rows count as logged. */
export type Durability = "batched" | "strict";

/**
 * Why rows were dropped: the journal's disk budget was used up, Postgres refused their data, the
 * journal could not be written while memory overflowed, or they came after close().
 */
export type DropReason = (typeof DROP_REASONS)[number];

/** Every drop reason, for metrics that show each from the start. */
export const DROP_REASONS = [
  "journal_full",
  "rejected",
  "journal_error",
  "closed",
] as const;

/** Callbacks the writer reports through (the service wires them to Prometheus). */
export interface WriterHooks {
  /** Rows committed in Postgres. */
  written?(rows: number): void;
  /** Of those, rows read back from the journal. */
  replayed?(rows: number): void;
  /** Rows written and fsynced to the journal. */
  journaled?(rows: number): void;
  dropped?(rows: number, reason: DropReason): void;
  /** A failed attempt to write a batch. */
  failed?(): void;
  /** An attempt that repeats a failed one. */
  retried?(): void;
}

/** Options for PredictionLogWriter.open. */
export interface WriterOptions {
  pool: pg.Pool;
  names: VersionNames;
  logger: Logger;
  journalDir: string;
  /** The journal's disk budget (default 1 GiB). */
  journalMaxBytes?: number;
  /** Journal segment size (default 8 MiB, at most a quarter of the budget). */
  segmentBytes?: number;
  durability?: Durability;
  /** Longest a record waits for its journal write and fsync (default 5 ms). */
  fsyncMs?: number;
  /** Rows kept in memory for Postgres (default 100 000); older ones are read from the journal. */
  maxQueue?: number;
  /** Most rows per COPY (default 1000). */
  batchSize?: number;
  /** Longest a row waits in memory before a batch that is not full is written (default 100 ms). */
  flushIntervalMs?: number;
  /** First retry delay after a failed write, doubling up to `retryMaxMs` (defaults 50 and 500 ms). */
  retryInitialMs?: number;
  retryMaxMs?: number;
  /** A batch not committed within this is abandoned as failed (default 10 s). */
  writeTimeoutMs?: number;
  hooks?: WriterHooks;
  /** The setting that names the journal directory, for messages (e.g. LOG_JOURNAL_DIR). */
  journalVariable?: string;
}

/** What close() achieved. */
export interface CloseResult {
  /** True when Postgres holds every row (the journal was emptied and deleted). */
  drained: boolean;
  written: number;
  replayed: number;
  journaled: number;
  dropped: number;
  /** Rows left in the journal for the next start with the same directory. */
  leftInJournal: number;
  journalDir: string;
}

/** A strict caller's rows could not be made durable. */
export class LogRefusedError extends Error {
  override name = "LogRefusedError";
}
