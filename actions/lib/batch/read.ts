/**
 * Streams the records of a dropped file, one plain object per row, without holding the file:
 * CSV and JSON Lines are parsed as their bytes arrive, Parquet is read one row group at a time
 * through random access (its footer first). Anything malformed is a PoisonFileError naming the row.
 */
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { errorMessage } from "../errors.js";
import type { BatchFormat } from "./formats.js";
import { PoisonFileError, type BatchJob, type ObjectStore } from "./types.js";

/** One input record: column name to a JSON value. */
export type BatchRecord = Record<string, unknown>;

/** Longest CSV record or JSON line read (bytes): longer is a poison file, not a memory blow-up. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** A CSV cell as the model wants it: numbers as numbers, an empty cell as null. */
function csvValue(cell: string): unknown {
  if (cell === "") return null;
  const trimmed = cell.trim();
  if (trimmed !== "" && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed))
    return Number(trimmed);
  return cell;
}

async function* csvRecords(stream: Readable): AsyncGenerator<BatchRecord> {
  const parser = stream.pipe(
    parse({
      columns: true,
      bom: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
      cast: (cell) => csvValue(cell),
    }),
  );
  stream.on("error", (error) => parser.destroy(error));
  try {
    for await (const record of parser) yield record as BatchRecord;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("CSV_"))
      throw new PoisonFileError(
        `the CSV is malformed: ${errorMessage(error).slice(0, 200)}`,
      );
    throw error;
  }
}

/** Splits a byte stream into lines, refusing any longer than `maxBytes`. */
export async function* lines(
  stream: Readable,
  maxBytes: number,
): AsyncGenerator<string> {
  let pending = "";
  let lineNumber = 0;
  for await (const chunk of stream) {
    const text =
      typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    let start = 0;
    // A cursor over the chunk: slicing the rest after every line would copy it once per line.
    for (
      let end = text.indexOf("\n");
      end >= 0;
      end = text.indexOf("\n", start)
    ) {
      lineNumber++;
      yield pending + text.slice(start, end);
      pending = "";
      start = end + 1;
    }
    pending += text.slice(start);
    if (pending.length > maxBytes)
      throw new PoisonFileError(
        `line ${lineNumber + 1} is longer than ${maxBytes} bytes`,
      );
  }
  if (pending !== "") yield pending;
}

async function* jsonLineRecords(stream: Readable): AsyncGenerator<BatchRecord> {
  stream.setEncoding("utf8"); // a multi-byte character split across chunks stays whole
  let lineNumber = 0;
  for await (const line of lines(stream, MAX_RECORD_BYTES)) {
    lineNumber++;
    const text = line.trim();
    if (text === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new PoisonFileError(`line ${lineNumber} is not JSON`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value))
      throw new PoisonFileError(`line ${lineNumber} is not a JSON object`);
    yield value as BatchRecord;
  }
}

/** A Parquet value as JSON: 64-bit integers as numbers (or strings past 2^53), dates as ISO text. */
function jsonValue(value: unknown): unknown {
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value))
      ? Number(value)
      : value.toString();
  if (value instanceof Date) return value.toISOString();
  return value;
}

async function* parquetRecords(
  store: ObjectStore,
  job: BatchJob,
): AsyncGenerator<BatchRecord> {
  const file = await store.randomAccess(job);
  let metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new PoisonFileError(
      `not a Parquet file: ${errorMessage(error).slice(0, 200)}`,
    );
  }
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file, metadata, rowStart, rowEnd });
    } catch (error) {
      throw new PoisonFileError(
        `the Parquet row group at row ${rowStart} cannot be read: ${errorMessage(error).slice(0, 200)}`,
      );
    }
    for (const row of rows)
      yield Object.fromEntries(
        Object.entries(row).map(([name, value]) => [name, jsonValue(value)]),
      );
    rowStart = rowEnd;
  }
}

/** The records of a job's file, in order. */
export async function* readRecords(
  store: ObjectStore,
  job: BatchJob,
  format: BatchFormat,
): AsyncGenerator<BatchRecord> {
  if (format === "parquet") {
    yield* parquetRecords(store, job);
    return;
  }
  const stream = await store.stream(job);
  try {
    yield* format === "csv" ? csvRecords(stream) : jsonLineRecords(stream);
  } finally {
    stream.destroy();
  }
}
