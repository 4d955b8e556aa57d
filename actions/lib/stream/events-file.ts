/**
 * Events from a JSON Lines file (`modelship stream put --file events.jsonl`): one JSON object per
 * line, put with the value of a key field as its partition key (default `id`; a line without it
 * gets a random one, as Kinesis producers usually do).
 */
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { ConfigurationError } from "../errors.js";
import type { OutputRecord } from "./types.js";

/** Largest events file read (a file bigger than this is a mistake for the local twin). */
export const MAX_EVENTS_FILE_BYTES = 1024 ** 3;
/** Largest event: Kinesis takes 1 MiB per record. */
export const MAX_EVENT_BYTES = 1024 * 1024;

async function* lines(
  file: string,
): AsyncGenerator<{ line: string; number: number }> {
  const reader = createInterface({
    input: createReadStream(file, { encoding: "utf8" }),
    crlfDelay: Infinity,
  });
  let number = 0;
  for await (const line of reader) {
    number++;
    if (line.trim() !== "") yield { line, number };
  }
}

/**
 * Reads the file through once to validate it, before anything is put: every line must be a JSON
 * object under 1 MiB. Returns the number of events. Throws a ConfigurationError naming the line.
 */
export async function checkEventsFile(file: string): Promise<number> {
  const size = await stat(file).then(
    (info) => info.size,
    () => {
      throw new ConfigurationError(
        `--file ${JSON.stringify(file.slice(0, 200))} cannot be read`,
      );
    },
  );
  if (size > MAX_EVENTS_FILE_BYTES)
    throw new ConfigurationError(
      `--file is ${size} bytes; at most ${MAX_EVENTS_FILE_BYTES}`,
    );
  let count = 0;
  for await (const { line, number } of lines(file)) {
    if (Buffer.byteLength(line) > MAX_EVENT_BYTES)
      throw new ConfigurationError(`--file line ${number} is over 1 MiB`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ConfigurationError(
        `--file line ${number} is not JSON: ${JSON.stringify(line.slice(0, 60))}`,
      );
    }
    if (!value || typeof value !== "object" || Array.isArray(value))
      throw new ConfigurationError(
        `--file line ${number} is not a JSON object`,
      );
    count++;
  }
  return count;
}

/** The events of a checked file, in chunks of at most `chunk`. */
export async function* eventChunks(
  file: string,
  options: { keyField: string; chunk: number },
): AsyncGenerator<OutputRecord[]> {
  let chunk: OutputRecord[] = [];
  for await (const { line } of lines(file)) {
    const event = JSON.parse(line) as Record<string, unknown>;
    const key = event[options.keyField];
    const partitionKey =
      typeof key === "string" || typeof key === "number"
        ? String(key)
        : randomUUID();
    chunk.push({ partitionKey, data: Buffer.from(line) });
    if (chunk.length >= options.chunk) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
