/**
 * The durable prediction-log writer: the one implementation the example service, the gateway and
 * the workers share.
 *
 * Every request's rows are encoded once and appended to the journal, which writes and fsyncs them
 * in group commits at least every `fsyncMs`. The newest records are also kept in memory, and while
 * Postgres keeps up they go to it from there, in COPY batches (see Feeder). When Postgres is slow
 * or down, memory passes its bound and lets go of its oldest records, which are safe in the
 * journal; the feeder reads them back, in order, once Postgres answers. The same path replays what
 * an earlier process left. Rows reach Postgres idempotently by (request_id, item), so a replay or
 * a retry never duplicates one.
 *
 * Durability: `batched` acknowledges a request once its rows are queued (a SIGKILL loses only the
 * rows not yet handed to the journal's next write); `strict` once they are fsynced in the journal
 * or committed in Postgres. Rows are dropped only when the journal's disk budget is used up,
 * Postgres refuses their data, or the disk fails while memory overflows; each drop is counted and
 * logged.
 */
import { errorMessage } from "../errors.js";
import { Feeder } from "./feeder.js";
import { Journal, type JournalRecord } from "./journal.js";
import { beforeDeadline, RecordQueue, type QueuedRecord } from "./queue.js";
import { frameRecord } from "./record.js";
import { encodeRows, type PredictionRow } from "./rows.js";
import { PostgresSink } from "./sink.js";
import {
  LogRefusedError,
  type CloseResult,
  type DropReason,
  type FeedItem,
  type WriterOptions,
  type WrittenBatch,
} from "./types.js";

const RESOLVED = Promise.resolve();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Default disk budget of the journal. */
export const DEFAULT_JOURNAL_MAX_BYTES = 1024 ** 3;

/** See the module comment. Create with `PredictionLogWriter.open`. */
export class PredictionLogWriter {
  private readonly memory = new RecordQueue();
  private readonly strict: boolean;
  private readonly maxQueue: number;
  private readonly batchSize: number;
  private journal!: Journal;
  private feeder!: Feeder;
  private backlogRows = 0;
  private closing = false;
  private readonly notLogged = new Map<DropReason, number>();
  private lastDropLog = 0;
  written = 0;
  replayed = 0;
  journaled = 0;
  dropped = 0;

  private constructor(private readonly options: WriterOptions) {
    this.strict = options.durability === "strict";
    this.maxQueue = options.maxQueue ?? 100_000;
    this.batchSize = options.batchSize ?? 1000;
  }

  /** Opens the journal (an earlier process's records are replayed first) and starts writing. */
  static async open(options: WriterOptions): Promise<PredictionLogWriter> {
    const writer = new PredictionLogWriter(options);
    const maxBytes = options.journalMaxBytes ?? DEFAULT_JOURNAL_MAX_BYTES;
    const segmentBytes = options.segmentBytes ?? 8 * 1024 ** 2;
    const journal = await Journal.open({
      dir: options.journalDir,
      maxBytes,
      segmentBytes: Math.min(segmentBytes, Math.floor(maxBytes / 4)),
      commitIntervalMs: options.fsyncMs ?? 5,
      eager: writer.strict,
      logger: options.logger,
      variable: options.journalVariable,
      onDurable: (records) => writer.onJournaled(records),
      onFailed: (records, error) => writer.onJournalFailed(records, error),
    });
    writer.journal = journal;
    writer.feeder = writer.createFeeder();
    writer.backlogRows = journal.rowsOnOpen;
    if (journal.rowsOnOpen > 0)
      options.logger.info(
        `prediction log: ${journal.rowsOnOpen} row(s) of an earlier run wait in the journal ${options.journalDir}: replaying them`,
      );
    writer.feeder.start(journal.start, journal.oldestAppendedAt);
    return writer;
  }

  private createFeeder(): Feeder {
    const { options } = this;
    return new Feeder({
      memory: this.memory,
      journal: this.journal,
      sink: new PostgresSink({
        pool: options.pool,
        names: options.names,
        writeTimeoutMs: options.writeTimeoutMs ?? 10_000,
      }),
      logger: options.logger,
      names: options.names,
      batchSize: this.batchSize,
      flushIntervalMs: options.flushIntervalMs ?? 100,
      retryInitialMs: options.retryInitialMs ?? 50,
      retryMaxMs: options.retryMaxMs ?? 250,
      hooks: options.hooks,
      onWritten: (batch) => this.onWritten(batch),
      onRejected: (item, error) => this.onRejected(item, error),
      backlog: () => this.backlogRows,
    });
  }

  /** Rows held in memory for Postgres. */
  get queueDepth(): number {
    return this.memory.rows;
  }

  /** Rows not yet in Postgres (in memory or in the journal). */
  get backlog(): number {
    return this.backlogRows;
  }

  /** Bytes the journal holds on disk or is about to write. */
  get journalBytes(): number {
    return this.journal.bytes;
  }

  /** Whether the last write to Postgres succeeded (undefined before the first). */
  get dbUp(): boolean | undefined {
    return this.feeder.dbUp;
  }

  /** Age of the oldest row not yet in Postgres, in seconds (0 when there is none). */
  get replayLagSeconds(): number {
    if (this.backlogRows === 0) return 0;
    const oldest = this.feeder.replaying
      ? (this.feeder.cursorAppendedAt ?? this.memory.peek()?.appendedAt)
      : this.memory.peek()?.appendedAt;
    return oldest === undefined ? 0 : Math.max(0, Date.now() - oldest) / 1000;
  }

  /**
   * Logs one request's rows. In `batched` mode the promise is already resolved; in `strict` mode
   * it resolves once the rows are durable and rejects (LogRefusedError) when they cannot be.
   */
  log(rows: readonly PredictionRow[]): Promise<void> {
    if (rows.length === 0) return RESOLVED;
    if (this.closing) return this.refuse(rows.length, "closed");
    const frame = frameRecord(rows.length, encodeRows(rows), Date.now());
    const record: QueuedRecord | undefined = this.journal.append(
      rows.length,
      frame,
    );
    if (!record) return this.refuse(rows.length, "journal_full");
    this.memory.push(record);
    this.backlogRows += rows.length;
    if (this.memory.rows > this.maxQueue) this.evict();
    if (this.memory.rows >= this.batchSize) this.feeder.wake();
    if (!this.strict) return RESOLVED;
    return new Promise<void>((resolve, reject) => {
      record.settle = (error) => (error ? reject(error) : resolve());
    });
  }

  private refuse(rows: number, reason: DropReason): Promise<void> {
    this.drop(rows, reason);
    if (!this.strict) return RESOLVED;
    const error = new LogRefusedError(
      `prediction log: rows not logged (${reason})`,
    );
    return Promise.reject(error);
  }

  /** Lets memory go of its oldest records; the journal has them (unless their write failed). */
  private evict(): void {
    while (this.memory.rows > this.maxQueue) {
      const oldest = this.memory.peek();
      if (!oldest || oldest.state === "pending") return;
      this.memory.shift();
      this.feeder.evicted(oldest);
      if (oldest.state === "failed") this.lose(oldest);
    }
  }

  /** A record only memory had (its journal write failed) is gone. */
  private lose(record: QueuedRecord): void {
    this.backlogRows -= record.rows;
    this.drop(record.rows, "journal_error");
    settle(record, new LogRefusedError("the journal write failed"));
  }

  private onJournaled(records: readonly JournalRecord[]): void {
    let rows = 0;
    for (const record of records) {
      rows += record.rows;
      settle(record);
    }
    this.journaled += rows;
    this.options.hooks?.journaled?.(rows);
    // Records appended in one burst were all pending at append time: let go of them now.
    if (this.memory.rows > this.maxQueue) this.evict();
    // Records memory let go of before their write finished can be read back now.
    if (this.feeder.replaying) this.feeder.wake();
  }

  private onJournalFailed(records: readonly JournalRecord[], error: unknown) {
    this.options.logger.error(
      `prediction log: writing the journal ${this.options.journalDir} failed: ${errorMessage(error)}; ` +
        `${records.length} request(s) wait in memory only`,
    );
  }

  private onWritten(batch: WrittenBatch): void {
    this.written += batch.written;
    this.options.hooks?.written?.(batch.written);
    if (batch.source === "journal") {
      this.replayed += batch.written;
      this.options.hooks?.replayed?.(batch.written);
    }
    for (const item of batch.items) if (item.record) settle(item.record);
    this.backlogRows = Math.max(0, this.backlogRows - batch.rows);
  }

  private onRejected(item: FeedItem, error: unknown): void {
    this.options.logger.error(
      `prediction log: Postgres refused a request's ${item.rows} row(s): ${errorMessage(error).slice(0, 200)}`,
    );
    this.drop(item.rows, "rejected");
    if (item.record)
      settle(item.record, new LogRefusedError("rows refused by Postgres"));
  }

  private drop(rows: number, reason: DropReason): void {
    this.dropped += rows;
    this.options.hooks?.dropped?.(rows, reason);
    this.notLogged.set(reason, (this.notLogged.get(reason) ?? 0) + rows);
    // One line per second at most: a full journal under load would otherwise flood the log.
    const now = Date.now();
    if (now - this.lastDropLog < 1000 && !this.closing) return;
    const counts = [...this.notLogged].map(([r, n]) => `${n} (${r})`);
    const budget = this.options.journalMaxBytes ?? DEFAULT_JOURNAL_MAX_BYTES;
    this.options.logger.error(
      `prediction log: dropped ${counts.join(", ")} row(s); ${this.dropped} in total; journal at ${this.journal.bytes} of ${budget} bytes`,
    );
    this.notLogged.clear();
    this.lastDropLog = now;
  }

  /**
   * Stops accepting rows, writes the journal's last records, then writes to Postgres what it does
   * not have yet until `deadlineMs` has passed. What is left stays in the journal for the next
   * start with the same directory: nothing is dropped here. When Postgres has it all, the journal
   * files are deleted.
   */
  async close(deadlineMs = 25_000): Promise<CloseResult> {
    this.closing = true;
    const deadline = Date.now() + deadlineMs;
    await beforeDeadline(this.journal.flush(), deadline);
    this.feeder.urgent = true;
    this.feeder.wake();
    while (!this.feeder.drained() && Date.now() < deadline)
      await sleep(Math.min(10, Math.max(1, deadline - Date.now())));
    await this.feeder.stop(deadline);
    const drained = this.feeder.drained();
    for (let r = this.memory.shift(); r; r = this.memory.shift())
      if (r.state === "failed") this.lose(r);
    await this.journal.close({ empty: drained }).catch((error: unknown) => {
      this.options.logger.error(
        `prediction log: closing the journal failed: ${errorMessage(error)}`,
      );
    });
    return {
      drained,
      written: this.written,
      replayed: this.replayed,
      journaled: this.journaled,
      dropped: this.dropped,
      leftInJournal: drained ? 0 : this.backlogRows,
      journalDir: this.options.journalDir,
    };
  }
}

function settle(record: QueuedRecord, error?: Error): void {
  const callback = record.settle;
  record.settle = undefined;
  callback?.(error);
}
