/**
 * The writer's one loop that moves rows into Postgres. It keeps a cursor: every row before it is
 * in Postgres. While the cursor is behind the oldest record still in memory (memory dropped records
 * when Postgres fell behind, or an earlier process left a journal), it reads batches from the
 * journal, in order; once it has caught up, it takes batches from memory. One batch is in flight
 * at a time; a failed one is retried after a short, capped backoff.
 */
import { errorMessage } from "../errors.js";
import { Backoff, beforeDeadline, type QueuedRecord } from "./queue.js";
import { framePayload } from "./record.js";
import { isDataError, type WriteMode } from "./sink.js";
import type { FeederOptions, FeedItem } from "./types.js";

interface Batch {
  source: "memory" | "journal";
  items: FeedItem[];
  rows: number;
  next: number;
  lastAppendedAt: number;
}

/** Journal replays take this many times `batchSize` rows per COPY, up to REPLAY_BATCH_MAX. */
const REPLAY_BATCH_FACTOR = 5;
const REPLAY_BATCH_MAX = 10_000;
function batchOf(
  source: Batch["source"],
  items: FeedItem[],
  next: number,
  lastAppendedAt: number,
): Batch {
  const rows = items.reduce((n, i) => n + i.rows, 0);
  return { source, items, rows, next, lastAppendedAt };
}

/** How often a still-failing database is reported, at most. */
const FAILURE_LOG_MS = 10_000;

/** See the module comment. */
export class Feeder {
  private readonly backoff: Backoff;
  private loop: Promise<void> = Promise.resolve();
  private wakeUp?: () => void;
  private stopping = false;
  private lastFailureLog = 0;
  /** Every row before this journal position is in Postgres. */
  cursor = 0;
  /** Append time of the record at the cursor when it is read from the journal. */
  cursorAppendedAt?: number;
  /** Write whatever waits at once instead of filling batches (set when closing). */
  urgent = false;
  /** Whether the last write succeeded (undefined before the first). */
  dbUp: boolean | undefined;

  constructor(private readonly options: FeederOptions) {
    this.backoff = new Backoff(options.retryInitialMs, options.retryMaxMs);
  }

  /** Starts the loop at `cursor`. */
  start(cursor: number, appendedAt: number | undefined): void {
    this.cursor = cursor;
    this.cursorAppendedAt = appendedAt;
    this.loop = this.run();
  }

  /** Makes an idle loop look for work now. */
  wake(): void {
    this.wakeUp?.();
  }

  /** True when Postgres has every record appended and written so far. */
  drained(): boolean {
    return (
      this.options.memory.length === 0 &&
      this.cursor >= this.options.journal.committedEnd
    );
  }

  /** True while the cursor is behind memory, i.e. reading the journal. */
  get replaying(): boolean {
    const head = this.options.memory.peek();
    return (
      this.cursor < (head ? head.start : this.options.journal.committedEnd)
    );
  }

  /** Memory let go of `record`; it is read back from the journal later. */
  evicted(record: QueuedRecord): void {
    if (record.start <= this.cursor) this.cursorAppendedAt = record.appendedAt;
  }

  /** Stops after the batch in flight, waiting for it no longer than until `deadline`. */
  async stop(deadline: number): Promise<void> {
    this.stopping = true;
    this.wake();
    await beforeDeadline(this.loop, deadline);
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, Math.max(1, ms));
      this.wakeUp = done;
    });
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const wait = this.backoff.remaining();
      if (wait > 0) {
        await this.idle(wait);
        continue;
      }
      try {
        const batch = await this.nextBatch();
        if (batch === "progress") continue;
        if (batch === "wait") await this.idle(this.idleMs());
        else await this.send(batch);
      } catch (error) {
        this.failed(error); // the journal could not be read: retry as after a failed write
      }
    }
  }

  private idleMs(): number {
    const head = this.options.memory.peek();
    if (!head || this.cursor < head.start) return this.options.flushIntervalMs;
    return head.appendedAt + this.options.flushIntervalMs - Date.now();
  }

  /** The next batch: from the journal while behind memory, else from memory once due. */
  private async nextBatch(): Promise<Batch | "wait" | "progress"> {
    const { memory, journal, batchSize } = this.options;
    const head = memory.peek();
    const limit = head ? head.start : journal.committedEnd;
    if (this.cursor < limit) return this.fromJournal(limit);
    const due =
      this.urgent ||
      memory.rows >= batchSize ||
      Date.now() - (head?.appendedAt ?? Infinity) >=
        this.options.flushIntervalMs;
    if (!head || !due) return "wait";
    const records = memory.oldest(batchSize);
    const last = records.at(-1) as QueuedRecord;
    const items = records.map((record) => ({
      rows: record.rows,
      payload: framePayload(record.frame),
      record,
    }));
    return batchOf("memory", items, last.end, last.appendedAt);
  }

  private async fromJournal(
    limit: number,
  ): Promise<Batch | "wait" | "progress"> {
    const { batchSize } = this.options;
    // Replays go in larger batches (fewer commits), except the first one after a failure, so
    // that a database that is back is seen to be back as soon as possible.
    const maxRows =
      this.backoff.failures > 0
        ? batchSize
        : Math.min(REPLAY_BATCH_MAX, batchSize * REPLAY_BATCH_FACTOR);
    const read = await this.options.journal.read(this.cursor, limit, maxRows);
    const last = read.records.at(-1);
    if (last)
      return batchOf("journal", read.records, read.next, last.appendedAt);
    if (read.next <= this.cursor) return "wait";
    this.advance(read.next); // skipped a gap or damaged bytes
    return "progress";
  }

  private async send(batch: Batch): Promise<void> {
    if (this.backoff.failures > 0) this.options.hooks?.retried?.();
    // Rows from memory on a first attempt were never sent: nothing of them can be there yet.
    const mode: WriteMode =
      batch.source === "memory" && this.backoff.failures === 0
        ? "fresh"
        : "idempotent";
    let refused: number;
    try {
      refused = await this.writeIsolating(batch.items, mode);
    } catch (error) {
      this.failed(error);
      return;
    }
    if (batch.source === "journal")
      this.cursorAppendedAt = batch.lastAppendedAt;
    this.options.onWritten({
      source: batch.source,
      items: batch.items,
      rows: batch.rows,
      written: batch.rows - refused,
    });
    this.advance(batch.next);
    this.succeeded();
  }

  /**
   * Writes the items; when Postgres refuses their data, halves the batch until the refused
   * request is alone and hands it to onRejected, so one bad row never blocks the log. Returns the
   * rows refused.
   */
  private async writeIsolating(
    items: FeedItem[],
    mode: WriteMode,
  ): Promise<number> {
    try {
      await this.options.sink.write(
        items.map((i) => i.payload),
        mode,
      );
      return 0;
    } catch (error) {
      if (!isDataError(error)) throw error;
      if (items.length === 1) {
        const item = items[0] as FeedItem;
        this.options.onRejected(item, error);
        return item.rows;
      }
      const middle = Math.ceil(items.length / 2);
      const first = await this.writeIsolating(items.slice(0, middle), mode);
      return first + (await this.writeIsolating(items.slice(middle), mode));
    }
  }

  /** Moves the cursor: memory forgets what Postgres now has, the journal deletes whole segments. */
  private advance(next: number): void {
    const { memory, journal } = this.options;
    this.cursor = next;
    for (
      let head = memory.peek();
      head && head.end <= next;
      head = memory.peek()
    )
      memory.shift();
    journal.acknowledge(next);
  }

  private succeeded(): void {
    if (this.backoff.failures > 0) {
      const seconds = ((Date.now() - this.backoff.since) / 1000).toFixed(1);
      this.options.logger.info(
        `prediction log: database reachable again after ${this.backoff.failures} failed attempt(s) over ${seconds} s; ` +
          `${this.options.backlog()} row(s) still to write`,
      );
    }
    this.backoff.succeeded();
    this.dbUp = true;
  }

  private failed(error: unknown): void {
    this.dbUp = false;
    this.options.hooks?.failed?.();
    const delay = this.backoff.failed();
    const now = Date.now();
    if (this.backoff.failures > 1 && now - this.lastFailureLog < FAILURE_LOG_MS)
      return;
    this.lastFailureLog = now;
    const { inputs, outputs } = this.options.names.tables;
    this.options.logger.warning(
      `prediction log: writing ${inputs}/${outputs} failed (attempt ${this.backoff.failures}): ${errorMessage(error)}; ` +
        `${this.options.backlog()} row(s) kept (journal ${this.options.journal.bytes} bytes), retrying in ${delay} ms`,
    );
  }
}
