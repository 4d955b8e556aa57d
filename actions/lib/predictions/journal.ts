/**
 * The prediction log's local journal: append-only segment files of checksummed records,
 * group-committed (one write and one fdatasync for every record that arrived since the last
 * commit, as PostgreSQL's group commit does), rotated by size and deleted once Postgres has every
 * row of a segment. Segments left by an earlier process are scanned on open and replayed by the
 * writer; a torn or damaged tail is counted, logged and skipped.
 */
import { mkdir, open, rm, type FileHandle } from "node:fs/promises";
import type { Logger } from "../logger.js";
import { lockJournal } from "./lock.js";
import {
  readJournal,
  scanJournal,
  SEGMENT_HEADER,
  SEGMENT_MAGIC,
  segmentFile,
  type JournalRead,
  type Segment,
} from "./segments.js";

/** Options for Journal.open. */
export interface JournalOptions {
  dir: string;
  /** Disk budget: appends that would pass it are refused. */
  maxBytes: number;
  /** A segment is closed and a new one started once it holds this many bytes. */
  segmentBytes: number;
  /** Longest a record waits before the commit that writes and fsyncs it starts. */
  commitIntervalMs: number;
  /** Commit as soon as the previous commit is done (strict durability), not on the interval. */
  eager: boolean;
  logger: Logger;
  /** Records now written and fsynced. */
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
  state: "pending" | "written" | "failed";
}

/** The journal of one directory; one process at a time (a lock file). */
export class Journal {
  private readonly segments: Segment[];
  private active?: { segment: Segment; handle: FileHandle };
  private pending: JournalRecord[] = [];
  private pendingBytes = 0;
  private committingBytes = 0;
  private committing?: Promise<void>;
  private cancelTimer?: () => void;
  private diskBytes: number;
  private position: number;
  private closed = false;

  private constructor(
    private readonly options: JournalOptions,
    segments: Segment[],
    private readonly unlock: () => Promise<void>,
  ) {
    this.segments = segments;
    this.diskBytes = segments.reduce((n, s) => n + SEGMENT_HEADER + s.size, 0);
    const last = segments.at(-1);
    this.position = last ? last.start + last.size : 0;
  }

  /** Creates the directory if needed, takes its lock and scans what an earlier process left. */
  static async open(options: JournalOptions): Promise<Journal> {
    await mkdir(options.dir, { recursive: true });
    const unlock = await lockJournal(
      options.dir,
      options.variable ?? "the journal directory",
    );
    try {
      const segments = await scanJournal(options.dir, options.logger);
      return new Journal(options, segments, unlock);
    } catch (error) {
      await unlock();
      throw error;
    }
  }

  /** Rows in the valid records of segments found on open (an earlier process's backlog). */
  get rowsOnOpen(): number {
    return this.segments.reduce((n, s) => n + s.rows, 0);
  }

  /** Bytes torn or damaged in the segments found on open. */
  get damagedOnOpen(): number {
    return this.segments.reduce((n, s) => n + s.size - s.valid, 0);
  }

  /** Append time of the oldest record on disk, if any. */
  get oldestAppendedAt(): number | undefined {
    return this.segments.find((s) => s.firstAppendedAt !== undefined)
      ?.firstAppendedAt;
  }

  /** Position after the last appended record (written or not). */
  get end(): number {
    return this.position;
  }

  /** Position after the last record written to disk. */
  get committedEnd(): number {
    const last = this.segments.at(-1);
    return last ? last.start + last.size : 0;
  }

  /** Position of the oldest record on disk. */
  get start(): number {
    return this.segments[0]?.start ?? this.committedEnd;
  }

  /** Bytes on disk plus bytes waiting to be written: what counts against the budget. */
  get bytes(): number {
    return this.diskBytes + this.pendingBytes + this.committingBytes;
  }

  /** Appends one framed record; undefined when the disk budget does not allow it. */
  append(rows: number, frame: Buffer): JournalRecord | undefined {
    if (this.closed) return undefined;
    const headroom = this.active ? 0 : SEGMENT_HEADER;
    if (this.bytes + frame.length + headroom > this.options.maxBytes)
      return undefined;
    const start = this.position;
    this.position += frame.length;
    const record: JournalRecord = {
      start,
      end: this.position,
      rows,
      appendedAt: Date.now(),
      frame,
      state: "pending",
    };
    this.pending.push(record);
    this.pendingBytes += frame.length;
    this.schedule();
    return record;
  }

  private schedule(): void {
    if (this.cancelTimer || this.committing || this.pending.length === 0)
      return;
    if (this.options.eager) {
      const immediate = setImmediate(() => this.startCommit());
      this.cancelTimer = () => clearImmediate(immediate);
      return;
    }
    const due = (this.pending[0] as JournalRecord).appendedAt;
    const delay = due + this.options.commitIntervalMs - Date.now();
    const timer = setTimeout(() => this.startCommit(), Math.max(0, delay));
    this.cancelTimer = () => clearTimeout(timer);
  }

  private startCommit(): Promise<void> {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    const committing = this.commit().finally(() => {
      this.committing = undefined;
      this.schedule();
    });
    this.committing = committing;
    return committing;
  }

  /** Writes and fsyncs everything pending, in one write. */
  private async commit(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.committingBytes = this.pendingBytes;
    this.pendingBytes = 0;
    const first = batch[0] as JournalRecord;
    try {
      const { segment, handle } = await this.activeAt(first.start);
      const data =
        batch.length === 1
          ? first.frame
          : Buffer.concat(
              batch.map((r) => r.frame),
              this.committingBytes,
            );
      let written = 0;
      while (written < data.length) {
        const offset = SEGMENT_HEADER + first.start - segment.start + written;
        const result = await handle.write(data, written, undefined, offset);
        written += result.bytesWritten;
      }
      await handle.datasync();
      segment.size = segment.valid =
        (batch.at(-1) as JournalRecord).end - segment.start;
      for (const record of batch) {
        segment.rows += record.rows;
        record.state = "written";
      }
      segment.firstAppendedAt ??= first.appendedAt;
      this.diskBytes += data.length;
      this.committingBytes = 0;
      this.options.onDurable(batch);
    } catch (error) {
      this.committingBytes = 0;
      for (const record of batch) record.state = "failed";
      await this.seal().catch(() => undefined);
      this.options.onFailed(batch, error);
    }
  }

  /** The open segment that continues at `start`, rotating or opening one as needed. */
  private async activeAt(start: number) {
    const active = this.active;
    if (
      active &&
      active.segment.start + active.segment.size === start &&
      active.segment.size < this.options.segmentBytes
    )
      return active;
    await this.seal();
    const file = segmentFile(this.options.dir, start);
    const handle = await open(file, "w");
    try {
      await handle.write(SEGMENT_MAGIC, 0, SEGMENT_HEADER, 0);
      // The new file's directory entry must survive a crash too.
      const dir = await open(this.options.dir, "r");
      await dir.sync().finally(() => dir.close());
    } catch (error) {
      await handle.close();
      throw error;
    }
    const segment: Segment = { start, size: 0, valid: 0, rows: 0 };
    this.segments.push(segment);
    this.diskBytes += SEGMENT_HEADER;
    this.active = { segment, handle };
    return this.active;
  }

  private async seal(): Promise<void> {
    const active = this.active;
    this.active = undefined;
    await active?.handle.close();
  }

  /**
   * Reads whole records from `from` up to `limit` (about `maxRows` rows at most), jumping over
   * gaps and damaged tails. A read that returns no records but a later `next` skipped bytes.
   */
  read(from: number, limit: number, maxRows: number): Promise<JournalRead> {
    return readJournal({
      dir: this.options.dir,
      segments: this.segments,
      logger: this.options.logger,
      from,
      limit,
      maxRows,
    });
  }

  /** Postgres holds every row before `upTo`: delete the closed segments that end there. */
  acknowledge(upTo: number): void {
    while (this.segments.length > 0) {
      const oldest = this.segments[0] as Segment;
      if (oldest === this.active?.segment || oldest.start + oldest.size > upTo)
        return;
      this.segments.shift();
      this.diskBytes -= SEGMENT_HEADER + oldest.size;
      rm(segmentFile(this.options.dir, oldest.start), { force: true }).catch(
        (error: unknown) =>
          this.options.logger.warning(
            `prediction log: could not delete journal segment: ${String(error)}`,
          ),
      );
    }
  }

  /** Writes and fsyncs everything appended so far, now. */
  async flush(): Promise<void> {
    while (this.committing || this.pending.length > 0) {
      await (this.committing ?? this.startCommit());
    }
  }

  /** Flushes, closes the open segment, deletes every segment when `empty`, releases the lock. */
  async close(options: { empty: boolean }): Promise<void> {
    await this.flush().catch(() => undefined);
    this.closed = true;
    await this.seal().catch(() => undefined);
    if (options.empty) {
      for (const segment of this.segments.splice(0))
        await rm(segmentFile(this.options.dir, segment.start), { force: true });
      this.diskBytes = 0;
    }
    await this.unlock();
  }
}
