/** The writer's types: its options, hooks and results, and what its parts pass each other. */
import type pg from "pg";
import type { Logger } from "../logger.js";
import type { VersionNames } from "../version.js";
import type { Journal } from "./journal.js";
import type { QueuedRecord, RecordQueue } from "./queue.js";
import type { Payload } from "./record.js";
import type { PostgresSink } from "./sink.js";

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
  /** Most rows per COPY from memory (default 1000); journal replays take up to 5 times that. */
  batchSize?: number;
  /** Longest a row waits in memory before a batch that is not full is written (default 100 ms). */
  flushIntervalMs?: number;
  /** First retry delay after a failed write, doubling up to `retryMaxMs` (defaults 50 and 250 ms). */
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

/** One request's rows in a batch; `record` when it came from memory. */
export interface FeedItem {
  rows: number;
  payload: Payload;
  record?: QueuedRecord;
}

/** A batch now in Postgres. */
export interface WrittenBatch {
  source: "memory" | "journal";
  items: FeedItem[];
  /** Rows the batch carried, and how many of them Postgres stored (the rest it refused). */
  rows: number;
  written: number;
}

/** Options for Feeder. */
export interface FeederOptions {
  memory: RecordQueue;
  journal: Journal;
  sink: PostgresSink;
  logger: Logger;
  names: VersionNames;
  batchSize: number;
  flushIntervalMs: number;
  retryInitialMs: number;
  retryMaxMs: number;
  hooks?: WriterHooks;
  onWritten(batch: WrittenBatch): void;
  /** Postgres refused this request's rows (they are isolated and dropped). */
  onRejected(item: FeedItem, error: unknown): void;
  /** Rows not in Postgres yet, for messages. */
  backlog(): number;
}

/** Options for Journal.open. */
export interface JournalOptions {
  dir: string;
  /** Disk budget: appends that would pass it are refused. */
  maxBytes: number;
  /** A segment is closed and a new one started once it holds this many bytes. */
  segmentBytes: number;
  /** Longest a written record waits for the fsync that makes it durable (group commit). */
  commitIntervalMs: number;
  /** Commit as soon as the previous commit is done (strict durability), not on the interval. */
  eager: boolean;
  logger: Logger;
  /** Records now written and fsynced (they were readable once written, before the fsync). */
  onDurable(records: readonly JournalRecord[]): void;
  /** Records whose write failed (they stay in memory; the next commit starts a new segment). */
  onFailed(records: readonly JournalRecord[], error: unknown): void;
  /** The setting that names the directory, for messages. */
  variable?: string;
}

/** One appended record (a request's rows). */
export interface JournalRecord {
  /** Journal position of its first byte, and of the byte after it. */
  start: number;
  end: number;
  rows: number;
  appendedAt: number;
  frame: Buffer;
  /** `written`: in the file (readable back, safe from a SIGKILL; fsynced soon after). */
  state: "pending" | "written" | "failed";
}
