/** The file formats the batch worker reads and writes, chosen by the object's extension. */
import path from "node:path";
import { PoisonFileError } from "./types.js";

/** A format the worker scores; outputs are written in the input's format. */
export type BatchFormat = "csv" | "jsonl" | "parquet";

const EXTENSIONS: Record<string, BatchFormat> = {
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".parquet": "parquet",
};

/** Content type of each format's output object. */
export const CONTENT_TYPES: Record<BatchFormat, string> = {
  csv: "text/csv",
  jsonl: "application/x-ndjson",
  parquet: "application/vnd.apache.parquet",
};

/** The format of a file name, or undefined for any other extension. */
export function knownFormat(name: string): BatchFormat | undefined {
  return EXTENSIONS[path.extname(name).toLowerCase()];
}

/** The format of a key or file name; any other extension is a poison file (never retried). */
export function formatOf(key: string): BatchFormat {
  const format = knownFormat(key);
  if (!format)
    throw new PoisonFileError(
      `${JSON.stringify(path.basename(key).slice(0, 80))} is not a file the worker reads: name it *.csv, *.jsonl (or *.ndjson) or *.parquet`,
    );
  return format;
}
