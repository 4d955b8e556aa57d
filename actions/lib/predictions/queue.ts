/**
 * Small parts of the writer: the in-memory window over the journal's newest records, and the
 * retry delay.
 */
import type { JournalRecord } from "./journal.js";

/** A record as the writer keeps it: the journal's, plus how to tell a strict caller. */
export interface QueuedRecord extends JournalRecord {
  /** Resolves (no error) or rejects a `strict` caller waiting for durability; cleared once used. */
  settle?: (error?: Error) => void;
}

/** A FIFO of records with O(1) removal at the head. */
export class RecordQueue {
  private items: QueuedRecord[] = [];
  private head = 0;
  /** Rows in the queued records. */
  rows = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(record: QueuedRecord): void {
    this.items.push(record);
    this.rows += record.rows;
  }

  /** The oldest record, or undefined. */
  peek(): QueuedRecord | undefined {
    return this.items[this.head];
  }

  /** The oldest records holding up to `maxRows` rows (at least one record when there is one). */
  oldest(maxRows: number): QueuedRecord[] {
    const records: QueuedRecord[] = [];
    let rows = 0;
    for (let i = this.head; i < this.items.length && rows < maxRows; i++) {
      const record = this.items[i] as QueuedRecord;
      records.push(record);
      rows += record.rows;
    }
    return records;
  }

  shift(): QueuedRecord | undefined {
    const record = this.items[this.head];
    if (!record) return undefined;
    this.items[this.head] = undefined as unknown as QueuedRecord;
    this.head++;
    this.rows -= record.rows;
    // Compact now and then, so the array does not keep growing at its front.
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return record;
  }
}

/**
 * Exponential retry delays with jitter and a low cap: probing a database that is back again costs
 * one failed connection attempt, while staying down after it returned costs the whole backlog's
 * delay, so the cap stays well under a second.
 */
export class Backoff {
  failures = 0;
  /** When the current run of failures began. */
  since = 0;
  private until = 0;

  constructor(
    private readonly initialMs: number,
    private readonly maxMs: number,
  ) {}

  /** Milliseconds until the next attempt is due. */
  remaining(): number {
    return Math.max(0, this.until - Date.now());
  }

  /** Records a failure; returns the delay before the next attempt. */
  failed(): number {
    if (this.failures === 0) this.since = Date.now();
    this.failures++;
    const base = Math.min(
      this.maxMs,
      this.initialMs * 2 ** Math.min(this.failures - 1, 20),
    );
    // Jitter spreads the retries of many tasks that lost the same database at once.
    const delay = Math.round(base * (0.75 + Math.random() * 0.25));
    this.until = Date.now() + delay;
    return delay;
  }

  /** Records a success. */
  succeeded(): void {
    this.failures = 0;
    this.until = 0;
  }
}

/** Waits for `work` (ignoring its failure) or until `deadline`, leaving no timer behind. */
export async function beforeDeadline(
  work: Promise<unknown>,
  deadline: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([work.catch(() => undefined), expired]);
  clearTimeout(timer);
}
