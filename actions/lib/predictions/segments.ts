/**
 * Journal segment files. Positions in the journal are one growing byte count (like a log sequence
 * number); a segment file is named by the position of its first record, so files sort in order
 * and a position maps to a file and an offset without any index. Each file starts with a magic
 * header that is not counted in positions.
 */
import { open, readdir, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../logger.js";
import { FRAME_HEADER, parseRecords, type ParsedRecord } from "./record.js";

/** The first bytes of every segment file: format and version. */
export const SEGMENT_MAGIC = Buffer.from("MSJRNL01", "ascii");
/** File bytes before the first record. */
export const SEGMENT_HEADER = SEGMENT_MAGIC.length;
const NAME = /^(\d{16})\.journal$/;
/** Largest read at once while scanning or replaying. */
export const READ_CHUNK = 4 * 1024 * 1024;

/** One segment file. */
export interface Segment {
  /** Journal position of its first record. */
  start: number;
  /** Record bytes in the file (file size minus the header), damaged ones included. */
  size: number;
  /** Bytes of valid records from the start; reading stops here. */
  valid: number;
  /** Rows in its valid records. */
  rows: number;
  /** Append time of its first record (ms since the epoch), when it has one. */
  firstAppendedAt?: number;
}

/** The file name of the segment starting at `start`. */
export function segmentFile(dir: string, start: number): string {
  return path.join(dir, `${String(start).padStart(16, "0")}.journal`);
}

/** Start positions of the segment files in `dir`, oldest first. */
export async function listSegments(dir: string): Promise<number[]> {
  const names = await readdir(dir);
  return names
    .map((name) => NAME.exec(name)?.[1])
    .filter((start): start is string => start !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Reads record bytes [from, to) of a segment (positions relative to its start). */
export async function readSegment(
  dir: string,
  start: number,
  from: number,
  to: number,
): Promise<Buffer> {
  const handle = await open(segmentFile(dir, start), "r");
  try {
    const buffer = Buffer.allocUnsafe(to - from);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(
        buffer,
        filled,
        buffer.length - filled,
        SEGMENT_HEADER + from + filled,
      );
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Records read from one segment. */
export interface SegmentRead {
  records: ParsedRecord[];
  /** Position (relative to the segment) after the last whole, valid record. */
  next: number;
  /** `torn`: `limit` falls inside a record; `corrupt`: a bad length or checksum at `next`. */
  stop?: "torn" | "corrupt";
}

/**
 * Reads whole records of a segment from `from` (a record boundary) up to `limit` (relative
 * positions), at most about `maxRows` rows and READ_CHUNK bytes, except that one record larger than
 * that is still read whole.
 */
export async function readRecords(
  dir: string,
  start: number,
  range: { from: number; limit: number; maxRows?: number },
): Promise<SegmentRead> {
  const { from, limit } = range;
  let want = Math.min(limit - from, READ_CHUNK);
  for (;;) {
    const chunk = await readSegment(dir, start, from, from + want);
    const parsed = parseRecords(chunk, range.maxRows);
    const next = from + parsed.consumed;
    if (parsed.stop === "incomplete" && parsed.consumed === 0) {
      const whole =
        chunk.length >= FRAME_HEADER
          ? FRAME_HEADER + chunk.readUInt32BE(0)
          : FRAME_HEADER;
      if (whole > want && from + whole <= limit) {
        want = whole; // one record larger than a chunk
        continue;
      }
    }
    if (parsed.stop === "corrupt")
      return { records: parsed.records, next, stop: "corrupt" };
    const torn = parsed.stop === "incomplete" && from + chunk.length >= limit;
    return { records: parsed.records, next, stop: torn ? "torn" : undefined };
  }
}

/**
 * Reads a segment left by an earlier process: counts its rows and finds where valid records end.
 * A torn or damaged tail is not an error here: `size - valid` bytes will be skipped.
 */
export async function scanSegment(
  dir: string,
  start: number,
): Promise<Segment> {
  const handle = await open(segmentFile(dir, start), "r");
  let fileSize: number;
  let magic: Buffer;
  try {
    fileSize = (await handle.stat()).size;
    magic = Buffer.alloc(SEGMENT_HEADER);
    await handle.read(magic, 0, SEGMENT_HEADER, 0);
  } finally {
    await handle.close();
  }
  const size = Math.max(0, fileSize - SEGMENT_HEADER);
  const segment: Segment = { start, size, valid: 0, rows: 0 };
  if (!magic.equals(SEGMENT_MAGIC)) return segment; // not ours, or damaged: skip it whole
  while (segment.valid < size) {
    const read = await readRecords(dir, start, {
      from: segment.valid,
      limit: size,
    });
    segment.firstAppendedAt ??= read.records[0]?.appendedAt;
    for (const record of read.records) segment.rows += record.rows;
    const progressed = read.next > segment.valid;
    segment.valid = read.next;
    if (read.stop || !progressed) break;
  }
  return segment;
}

/** Creates the segment file starting at `start` (readable by the service user only). */
export async function createSegment(
  dir: string,
  start: number,
): Promise<{ segment: Segment; handle: FileHandle }> {
  const handle = await open(segmentFile(dir, start), "w", 0o600);
  try {
    await handle.write(SEGMENT_MAGIC, 0, SEGMENT_HEADER, 0);
    // The new file's directory entry must survive a crash too.
    const parent = await open(dir, "r");
    await parent.sync().finally(() => parent.close());
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { segment: { start, size: 0, valid: 0, rows: 0 }, handle };
}

/** The segments in `dir`, scanned; header-only files (killed right after creation) are deleted. */
export async function scanJournal(
  dir: string,
  logger: Logger,
): Promise<Segment[]> {
  const segments: Segment[] = [];
  for (const start of await listSegments(dir)) {
    const segment = await scanSegment(dir, start);
    if (segment.size === 0) {
      // A new segment may start at the same position and so reuse its name.
      await rm(segmentFile(dir, start), { force: true });
      continue;
    }
    if (segment.valid < segment.size)
      logger.warning(
        `prediction log: journal segment ${segmentFile(dir, start)} ends in ${segment.size - segment.valid} torn or damaged byte(s) (an interrupted write): skipped`,
      );
    segments.push(segment);
  }
  return segments;
}

/** What a journal read found. */
export interface JournalRead {
  records: ParsedRecord[];
  /** Where the next read starts (past skipped gaps and damage too). */
  next: number;
}

/** Where readJournal reads. */
export interface JournalRange {
  dir: string;
  /** The journal's segments, oldest first (a damaged one found now gets its `valid` cut). */
  segments: readonly Segment[];
  logger: Logger;
  from: number;
  limit: number;
  maxRows: number;
}

/** Reads whole records across segments, jumping over gaps between them and damaged tails. */
export async function readJournal(range: JournalRange): Promise<JournalRead> {
  const { from, limit } = range;
  let position = from;
  for (const segment of range.segments) {
    const segmentEnd = segment.start + segment.size;
    if (position >= segmentEnd) continue;
    position = Math.max(position, segment.start);
    if (position >= limit) break;
    const validEnd = segment.start + segment.valid;
    if (position >= validEnd) {
      position = segmentEnd; // a damaged tail, reported when it was found
      continue;
    }
    const read = await readRecords(range.dir, segment.start, {
      from: position - segment.start,
      limit: Math.min(validEnd, limit) - segment.start,
      maxRows: range.maxRows,
    });
    const damaged =
      read.stop === "corrupt" || (read.stop === "torn" && limit >= validEnd);
    if (damaged) {
      range.logger.error(
        `prediction log: journal segment ${segmentFile(range.dir, segment.start)} is damaged at byte ${read.next}: ${segment.size - read.next} byte(s) skipped`,
      );
      segment.valid = read.next;
    }
    if (read.records.length > 0 || !damaged)
      return { records: read.records, next: segment.start + read.next };
    position = segmentEnd;
  }
  return { records: [], next: Math.min(Math.max(position, from), limit) };
}
