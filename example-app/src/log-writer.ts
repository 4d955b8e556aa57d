/* eslint-disable max-lines -- replaced by the core's durable writer (actions/lib/predictions) */
import {
  ensurePredictionTables,
  migrate,
} from "../../actions/lib/db/schema.js";
import { type Queryable } from "../../actions/lib/db/pool.js";
import { errorMessage } from "../../actions/lib/errors.js";
import type { Logger } from "../../actions/lib/logger.js";
import { qualified, type VersionNames } from "../../actions/lib/version.js";
import type pg from "pg";

/** One logged prediction item: the inputs row and the outputs row share (requestId, item). */
export interface PredictionLogRow {
  requestId: string;
  item: number;
  receivedAt: Date;
  features: Record<string, number>;
  predictedAt: Date;
  modelVersion: string;
  label: string;
  probabilities: Record<string, number>;
  latencyMs: number;
}

/** Why rows were dropped instead of written. */
export type DropReason = "overflow" | "shutdown";

/** Callbacks the writer reports through (the service wires them to Prometheus). */
export interface LogWriterHooks {
  written?(rows: number): void;
  dropped?(rows: number, reason: DropReason): void;
  /** One failed write attempt (a batch or the table set-up). */
  failed?(): void;
  /** One attempt that repeats a failed one. */
  retried?(): void;
}

/** Options for {@link PredictionLogWriter}. */
export interface LogWriterOptions {
  pool: pg.Pool;
  logger: Logger;
  names: VersionNames;
  /** Most rows held in memory; beyond it new requests' rows are dropped (default 100 000). */
  maxQueue?: number;
  /** Most rows per INSERT (default 1000). */
  batchSize?: number;
  /** Longest a row waits before a flush starts when the batch is not full (default 100 ms). */
  flushIntervalMs?: number;
  /** First retry delay after a failed write; doubles each time (default 100 ms). */
  retryInitialMs?: number;
  /** Cap on the retry delay (default 5 000 ms). */
  retryMaxMs?: number;
  hooks?: LogWriterHooks;
}

/** What close() achieved. */
export interface DrainResult {
  drained: boolean;
  /** Rows still unwritten when the deadline passed (they are counted as dropped). */
  remaining: number;
}

const COLUMNS = 9;

/**
 * Writes both tables in one statement (so one round trip and one commit per batch) from column
 * arrays: nine parameters whatever the batch size, far below Postgres' 65 535 limit. ON CONFLICT
 * DO NOTHING on the (request_id, item) keys makes a retried batch that had in fact committed a
 * no-op instead of a duplicate.
 */
export function insertSql(names: VersionNames): string {
  const { schema, inputs, outputs } = names.tables;
  return `WITH rows AS (
    SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::jsonb[],
      $5::timestamptz[], $6::text[], $7::text[], $8::jsonb[], $9::float8[])
      AS r(request_id, item, received_at, features, predicted_at, model_version, label,
           probabilities, latency_ms)
  ), ins AS (
    INSERT INTO ${qualified(schema, inputs)} (request_id, item, received_at, features)
    SELECT request_id, item, received_at, features FROM rows
    ON CONFLICT (request_id, item) DO NOTHING
  )
  INSERT INTO ${qualified(schema, outputs)}
    (request_id, item, predicted_at, model_version, label, probabilities, latency_ms)
  SELECT request_id, item, predicted_at, model_version, label, probabilities, latency_ms FROM rows
  ON CONFLICT (request_id, item) DO NOTHING`;
}

/** The nine column arrays for {@link insertSql}. */
export function insertParams(rows: readonly PredictionLogRow[]): unknown[][] {
  const columns: unknown[][] = Array.from({ length: COLUMNS }, () => []);
  for (const r of rows) {
    const values = [
      r.requestId,
      r.item,
      r.receivedAt.toISOString(),
      JSON.stringify(r.features),
      r.predictedAt.toISOString(),
      r.modelVersion,
      r.label,
      JSON.stringify(r.probabilities),
      r.latencyMs,
    ];
    values.forEach((v, i) => columns[i]!.push(v));
  }
  return columns;
}

/**
 * The naive baseline (LOG_MODE=sync), as a typical example service logs: for each prediction an
 * INSERT of its inputs row, then an INSERT of its outputs row, awaited before the reply. Kept only
 * so the benchmark can measure the batched writer against it.
 */
export async function writeRows(
  db: Queryable,
  names: VersionNames,
  rows: readonly PredictionLogRow[],
): Promise<void> {
  const { schema, inputs, outputs } = names.tables;
  for (const r of rows) {
    await db.query(
      `INSERT INTO ${qualified(schema, inputs)} (request_id, item, received_at, features)
       VALUES ($1, $2, $3, $4) ON CONFLICT (request_id, item) DO NOTHING`,
      [
        r.requestId,
        r.item,
        r.receivedAt.toISOString(),
        JSON.stringify(r.features),
      ],
    );
    await db.query(
      `INSERT INTO ${qualified(schema, outputs)}
         (request_id, item, predicted_at, model_version, label, probabilities, latency_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (request_id, item) DO NOTHING`,
      [
        r.requestId,
        r.item,
        r.predictedAt.toISOString(),
        r.modelVersion,
        r.label,
        JSON.stringify(r.probabilities),
        r.latencyMs,
      ],
    );
  }
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for `work` or until `deadline`, whichever is first, leaving no timer behind. */
async function raceDeadline(work: Promise<void>, deadline: number) {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([work, expired]);
  clearTimeout(timer);
}

/**
 * An asynchronous, batched prediction-log writer. Requests only append to a bounded in-memory
 * queue; one flush at a time takes up to `batchSize` rows from its head and writes them in one
 * statement. A failed flush leaves the rows queued and retries after an exponential, capped
 * backoff, so an unreachable database delays rows but never loses them.
 *
 * Overflow policy: when the queue is full, the NEWEST request's rows are refused (all its items
 * together, so inputs and outputs stay whole per request). Refusing at the tail is O(1), keeps the
 * oldest rows — those the retrying flush is working on — and leaves the written history a
 * contiguous prefix of what was served. Every drop is counted and logged.
 */
export class PredictionLogWriter {
  private readonly queue: PredictionLogRow[] = [];
  private readonly sql: string;
  private readonly maxQueue: number;
  private readonly batchSize: number;
  private readonly flushIntervalMs: number;
  private readonly retryInitialMs: number;
  private readonly retryMaxMs: number;
  private tablesReady = false;
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private retryAt = 0;
  private closed = false;
  private droppedSinceWarning = 0;
  private lastDropWarning = 0;
  /** Whether the last contact with the database succeeded (undefined before any). */
  dbUp: boolean | undefined;
  /** Rows written so far. */
  written = 0;
  /** Rows dropped so far (overflow and shutdown). */
  dropped = 0;

  constructor(private readonly options: LogWriterOptions) {
    this.sql = insertSql(options.names);
    this.maxQueue = options.maxQueue ?? 100_000;
    this.batchSize = options.batchSize ?? 1000;
    this.flushIntervalMs = options.flushIntervalMs ?? 100;
    this.retryInitialMs = options.retryInitialMs ?? 100;
    this.retryMaxMs = options.retryMaxMs ?? 5000;
  }

  /** Rows waiting (including the batch being written). */
  get depth(): number {
    return this.queue.length;
  }

  /**
   * Starts the periodic flush, whose first round creates the tables. A down database therefore
   * never blocks start-up: the set-up is retried with the same backoff as the writes.
   */
  start(): void {
    this.timer = setInterval(() => this.kick(), this.flushIntervalMs);
    this.timer.unref();
    this.kick();
  }

  /**
   * Queues one request's rows. Returns false (and counts and logs the drop) when they do not fit;
   * the caller keeps serving either way.
   */
  enqueue(rows: readonly PredictionLogRow[]): boolean {
    if (this.closed || this.queue.length + rows.length > this.maxQueue) {
      this.drop(rows.length, this.closed ? "shutdown" : "overflow");
      return false;
    }
    for (const row of rows) this.queue.push(row);
    if (this.queue.length >= this.batchSize) this.kick();
    return true;
  }

  /** Starts a flush unless one is running or a retry is not yet due. */
  private kick(): void {
    if (this.flushing || (this.queue.length === 0 && this.tablesReady)) return;
    if (Date.now() < this.retryAt) return;
    this.flushing = this.flushOnce().finally(() => {
      this.flushing = undefined;
      // Keep going while full batches wait, rather than waiting for the next tick.
      if (this.queue.length >= this.batchSize) this.kick();
    });
  }

  /** Writes one batch from the head of the queue; on failure the rows stay for the retry. */
  private async flushOnce(): Promise<void> {
    const count = Math.min(this.batchSize, this.queue.length);
    const batch = this.queue.slice(0, count);
    if (this.failures > 0) this.options.hooks?.retried?.();
    try {
      if (!this.tablesReady) await this.prepareTables();
      if (count > 0) {
        await this.options.pool.query(this.sql, insertParams(batch));
        // Only the flush removes from the head and enqueue only appends, so these are `batch`.
        this.queue.splice(0, count);
        this.written += count;
        this.options.hooks?.written?.(count);
      }
      this.onSuccess();
    } catch (error) {
      this.onFailure(error);
    }
  }

  private onSuccess(): void {
    if (this.failures > 0) {
      this.options.logger.info(
        `prediction log: database reachable again after ${this.failures} failed attempt(s); ${this.queue.length} row(s) still queued`,
      );
    }
    this.failures = 0;
    this.retryAt = 0;
    this.dbUp = true;
  }

  private async prepareTables(): Promise<void> {
    await migrate(this.options.pool);
    await ensurePredictionTables(this.options.pool, this.options.names);
    this.tablesReady = true;
  }

  private onFailure(error: unknown): void {
    this.failures += 1;
    this.dbUp = false;
    this.options.hooks?.failed?.();
    const delay = Math.min(
      this.retryMaxMs,
      this.retryInitialMs * 2 ** Math.min(this.failures - 1, 20),
    );
    // Jitter spreads the retries of many tasks that lost the same database at once.
    const jittered = Math.round(delay * (0.75 + Math.random() * 0.25));
    this.retryAt = Date.now() + jittered;
    const { inputs, outputs } = this.options.names.tables;
    this.options.logger.warning(
      `prediction log: writing ${inputs}/${outputs} failed (attempt ${this.failures}): ${errorMessage(error)}; ` +
        `${this.queue.length} row(s) kept queued, retrying in ${jittered} ms`,
    );
  }

  private drop(rows: number, reason: DropReason): void {
    this.dropped += rows;
    this.options.hooks?.dropped?.(rows, reason);
    this.droppedSinceWarning += rows;
    // One line per second at most: a full queue under load would otherwise flood the log.
    const now = Date.now();
    if (now - this.lastDropWarning >= 1000 || reason === "shutdown") {
      this.options.logger.error(
        `prediction log: dropped ${this.droppedSinceWarning} row(s) (${reason}; queue ${this.queue.length}/${this.maxQueue}, ${this.dropped} dropped in total)`,
      );
      this.lastDropWarning = now;
      this.droppedSinceWarning = 0;
    }
  }

  /**
   * Stops accepting rows and writes what is queued, retrying until `deadlineMs` has passed.
   * Rows still unwritten then are counted and logged as dropped.
   */
  async close(deadlineMs = 25_000): Promise<DrainResult> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    const deadline = Date.now() + deadlineMs;
    while (this.queue.length > 0 && Date.now() < deadline) {
      if (this.flushing) {
        // A write hanging on a dead connection must not hold the process past the deadline.
        await raceDeadline(this.flushing, deadline);
        continue;
      }
      const wait = this.retryAt - Date.now();
      if (wait > 0) {
        await sleep(Math.min(wait, deadline - Date.now()));
        continue;
      }
      this.kick();
    }
    const remaining = this.queue.length;
    if (remaining > 0) this.drop(remaining, "shutdown");
    return { drained: remaining === 0, remaining };
  }

  /** Checks the database with a cheap query, for /ready when no write has happened lately. */
  async probe(): Promise<boolean> {
    try {
      await this.options.pool.query("SELECT 1");
      this.dbUp = true;
    } catch {
      this.dbUp = false;
    }
    return this.dbUp;
  }
}
