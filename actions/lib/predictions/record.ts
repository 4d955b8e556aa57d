/**
 * The journal's record framing. A record is one logged request:
 *
 *   u32 body length | u32 CRC-32 of the body | body = u32 rows | f64 appended-at ms | COPY text
 *
 * (big-endian). The length and checksum let a reader tell a complete record from a torn write (the
 * process or machine died mid-write) or damaged bytes, and stop there instead of replaying garbage.
 */
import { crc32 } from "node:zlib";

/** Bytes before the body. */
export const FRAME_HEADER = 8;
/** Bytes of the body before the COPY text. */
const BODY_PREFIX = 12;
/** A body longer than this is taken for damage, not data (requests are far smaller). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Frames one record. */
export function frameRecord(
  rows: number,
  text: string,
  appendedAt: number,
): Buffer {
  const textBytes = Buffer.byteLength(text);
  const frame = Buffer.allocUnsafe(FRAME_HEADER + BODY_PREFIX + textBytes);
  frame.writeUInt32BE(BODY_PREFIX + textBytes, 0);
  frame.writeUInt32BE(rows, FRAME_HEADER);
  frame.writeDoubleBE(appendedAt, FRAME_HEADER + 4);
  frame.write(text, FRAME_HEADER + BODY_PREFIX);
  frame.writeUInt32BE(crc32(frame.subarray(FRAME_HEADER)), 4);
  return frame;
}

/** The COPY text of a framed record. */
export function framePayload(frame: Buffer): Buffer {
  return frame.subarray(FRAME_HEADER + BODY_PREFIX);
}

/** One record read back. */
export interface ParsedRecord {
  /** Offset of the record in the parsed chunk. */
  offset: number;
  /** Framed length (header included). */
  length: number;
  rows: number;
  appendedAt: number;
  payload: Buffer;
}

/** What parsing a chunk found. */
export interface ParseResult {
  records: ParsedRecord[];
  /** Bytes of whole, valid records from the start of the chunk. */
  consumed: number;
  /**
   * `incomplete`: the chunk ends inside a record (read more, or it is a torn tail);
   * `corrupt`: a bad length or checksum at `consumed`.
   */
  stop?: "incomplete" | "corrupt";
}

/** Parses whole records from the start of `chunk`, at most `maxRows` rows' worth (at least one). */
export function parseRecords(
  chunk: Buffer,
  maxRows = Number.POSITIVE_INFINITY,
): ParseResult {
  const records: ParsedRecord[] = [];
  let offset = 0;
  let rows = 0;
  while (offset < chunk.length) {
    if (records.length > 0 && rows >= maxRows)
      return { records, consumed: offset };
    if (chunk.length - offset < FRAME_HEADER)
      return { records, consumed: offset, stop: "incomplete" };
    const bodyLength = chunk.readUInt32BE(offset);
    if (bodyLength < BODY_PREFIX || bodyLength > MAX_BODY_BYTES)
      return { records, consumed: offset, stop: "corrupt" };
    const end = offset + FRAME_HEADER + bodyLength;
    if (end > chunk.length)
      return { records, consumed: offset, stop: "incomplete" };
    const body = chunk.subarray(offset + FRAME_HEADER, end);
    if (crc32(body) !== chunk.readUInt32BE(offset + 4))
      return { records, consumed: offset, stop: "corrupt" };
    const record: ParsedRecord = {
      offset,
      length: end - offset,
      rows: body.readUInt32BE(0),
      appendedAt: body.readDoubleBE(4),
      payload: body.subarray(BODY_PREFIX),
    };
    records.push(record);
    rows += record.rows;
    offset = end;
  }
  return { records, consumed: offset };
}
