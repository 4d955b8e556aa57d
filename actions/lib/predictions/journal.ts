/**
 * The prediction log's local journal: append-only segment files of checksummed records, written
 * at the end of each event-loop turn and group-committed (one fdatasync for every record written
 * since the last one, as PostgreSQL's group commit does), rotated by size and deleted once
 * Postgres has every row of a segment. Segments left by an earlier process are scanned on open
 * and replayed by the writer; a torn or damaged tail is counted, logged and skipped.
 */
import { mkdir, rm, type FileHandle } from "node:fs/promises";
import { GroupSync } from "./group-sync.js";
import { lockJournal } from "./lock.js";
import {
  readJournal,
  scanJournal,
  createSegment,
  SEGMENT_HEADER,
  segmentFile,
  type JournalRead,
  type Segment,
} from "./segments.js";
import type { JournalOptions, JournalRecord } from "./types.js";

export type { JournalOptions, JournalRecord } from "./types.js";

/** The journal of one directory; one process at a time (a lock file). */
export class Journal {
  private readonly segments: Segment[];
  private active?: { segment: Segment; handle: FileHandle };
  private pending: JournalRecord[] = [];
  private pendingBytes = 0;
  private committingBytes = 0;
  private committing?: Promise<void>;
  private readonly group: GroupSync;
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
    this.group = new GroupSync({
      eager: options.eager,
      intervalMs: options.commitIntervalMs,
      handle: () => this.active?.handle,
      onDurable: options.onDurable,
      logger: options.logger,
      dir: options.dir,
    });
    this.diskBytes = segments.reduce((n, s) => n + SEGMENT_HEADER + s.size, 0);
    const last = segments.at(-1);
    this.position = last ? last.start + last.size : 0;
  }

  /** Creates the directory if needed, takes its lock and scans what an earlier process left. */
  static async open(options: JournalOptions): Promise<Journal> {
    // Prediction inputs and outputs: readable by the service user only.
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
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

  /**
   * Records are written at the end of the event-loop turn that appended them (one write in flight
   * at a time, so a busy loop writes many per write): a SIGKILL loses at most that turn's records
   * and the write in flight. Writes go to the page cache; the fsync follows (GroupSync).
   */
  private schedule(): void {
    if (this.cancelTimer || this.committing || this.pending.length === 0)
      return;
    const immediate = setImmediate(() => this.startCommit());
    this.cancelTimer = () => clearImmediate(immediate);
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

  /**
   * Writes everything pending, in one write, then asks for an fsync. The next write does not wait
   * for that fsync: a record is in the file (and survives a SIGKILL of this process) as soon as it
   * is written, whatever the disk's sync latency; strict callers wait for the fsync.
   */
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
      segment.size = segment.valid =
        (batch.at(-1) as JournalRecord).end - segment.start;
      for (const record of batch) {
        segment.rows += record.rows;
        record.state = "written";
      }
      segment.firstAppendedAt ??= first.appendedAt;
      this.diskBytes += data.length;
      this.committingBytes = 0;
      this.group.written(batch);
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
    const { segment, handle } = await createSegment(this.options.dir, start);
    this.segments.push(segment);
    this.diskBytes += SEGMENT_HEADER;
    this.active = { segment, handle };
    return this.active;
  }

  /** Fsyncs and closes the open segment. */
  private async seal(): Promise<void> {
    await this.group.settle();
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
    await this.group.settle();
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
