/**
 * The journal's record framing. A record is one logged request:
 *
 *   u32 body length | u32 CRC-32 of the body |
 *   body = u32 rows | f64 appended-at ms | u32 inputs bytes | inputs COPY text | outputs COPY text
 *
 * (big-endian). The length and checksum let a reader tell a complete record from a torn write (the
 * process or machine died mid-write) or damaged bytes, and stop there instead of replaying garbage.
 */
import { crc32 } from "node:zlib";
import type { EncodedRows } from "./rows.js";

/** Bytes before the body. */
export const FRAME_HEADER = 8;
/** Bytes of the body before the COPY text. */
const BODY_PREFIX = 16;
/** A body longer than this is taken for damage, not data (requests are far smaller). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** A record's COPY text for each table. */
export interface Payload {
  inputs: Buffer;
  outputs: Buffer;
}

/** Frames one record. */
export function frameRecord(
  rows: number,
  text: EncodedRows,
  appendedAt: number,
): Buffer {
  const inputBytes = Buffer.byteLength(text.inputs);
  const bodyBytes = BODY_PREFIX + inputBytes + Buffer.byteLength(text.outputs);
  const frame = Buffer.allocUnsafe(FRAME_HEADER + bodyBytes);
  frame.writeUInt32BE(bodyBytes, 0);
  frame.writeUInt32BE(rows, FRAME_HEADER);
  frame.writeDoubleBE(appendedAt, FRAME_HEADER + 4);
  frame.writeUInt32BE(inputBytes, FRAME_HEADER + 12);
  frame.write(text.inputs, FRAME_HEADER + BODY_PREFIX);
  frame.write(text.outputs, FRAME_HEADER + BODY_PREFIX + inputBytes);
  frame.writeUInt32BE(crc32(frame.subarray(FRAME_HEADER)), 4);
  return frame;
}

/** The COPY texts of a record's body (validated: the inputs length fits). */
function bodyPayload(body: Buffer): Payload {
  const split = BODY_PREFIX + body.readUInt32BE(12);
  return {
    inputs: body.subarray(BODY_PREFIX, split),
    outputs: body.subarray(split),
  };
}

/** The COPY texts of a framed record. */
export function framePayload(frame: Buffer): Payload {
  return bodyPayload(frame.subarray(FRAME_HEADER));
}

/** One record read back. */
export interface ParsedRecord {
  /** Offset of the record in the parsed chunk. */
  offset: number;
  /** Framed length (header included). */
  length: number;
  rows: number;
  appendedAt: number;
  payload: Payload;
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
    if (
      crc32(body) !== chunk.readUInt32BE(offset + 4) ||
      body.readUInt32BE(12) > bodyLength - BODY_PREFIX
    )
      return { records, consumed: offset, stop: "corrupt" };
    const record: ParsedRecord = {
      offset,
      length: end - offset,
      rows: body.readUInt32BE(0),
      appendedAt: body.readDoubleBE(4),
      payload: bodyPayload(body),
    };
    records.push(record);
    rows += record.rows;
    offset = end;
  }
  return { records, consumed: offset };
}
