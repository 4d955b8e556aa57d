/**
 * Scores a stream of records: batches go to the model with at most `concurrency` in flight, their
 * outputs are written in input order and their rows logged through the durable writer. Memory
 * holds at most `concurrency` batches, whatever the file's size.
 */
import { performance } from "node:perf_hooks";
import type { PredictionRow } from "../predictions/rows.js";
import type { PredictionLogWriter } from "../predictions/writer.js";
import type { ModelClient } from "./predict.js";
import type { BatchRecord } from "./read.js";
import { PoisonFileError } from "./types.js";
import type { OutputFile, ScoredRow } from "./write.js";

/** Options for scoreRecords. */
export interface ScoreOptions {
  records: AsyncIterable<BatchRecord>;
  output: OutputFile;
  client: ModelClient;
  /** The durable writer (strict); undefined logs nothing (no database). */
  writer?: PredictionLogWriter;
  /** The log rows' request id: object key and revision (see requestIdOf). */
  requestId: string;
  modelVersion: string;
  batchSize: number;
  concurrency: number;
  /** Called after each batch is written, with the rows written so far. */
  onProgress?: (rows: number) => void;
}

/** A batch scored, waiting for its turn to be written. */
interface ScoredBatch {
  rows: ScoredRow[];
  log: PredictionRow[];
}

/** Row numbers are the log tables' `item` (integer). */
const MAX_ROWS = 2 ** 31 - 1;

/** The log rows' request id of one drop of a key: `<key>#<revision>`. */
export function requestIdOf(key: string, revision: string): string {
  return `${key}#${revision}`;
}

async function* batches(
  records: AsyncIterable<BatchRecord>,
  size: number,
): AsyncGenerator<{ first: number; rows: BatchRecord[] }> {
  let rows: BatchRecord[] = [];
  let first = 0;
  for await (const record of records) {
    rows.push(record);
    if (rows.length === size) {
      yield { first, rows };
      first += rows.length;
      rows = [];
    }
  }
  if (rows.length > 0) yield { first, rows };
}

async function scoreBatch(
  options: ScoreOptions,
  batch: { first: number; rows: BatchRecord[] },
): Promise<ScoredBatch> {
  if (batch.first + batch.rows.length > MAX_ROWS)
    throw new PoisonFileError(`the file has more than ${MAX_ROWS} rows`);
  const receivedAt = new Date();
  const started = performance.now();
  const predictions = await options.client.predict(batch.rows, batch.first);
  const latencyMs = performance.now() - started;
  const predictedAt = new Date();
  const rows: ScoredRow[] = [];
  const log: PredictionRow[] = [];
  batch.rows.forEach((input, index) => {
    const prediction = predictions[index] ?? {};
    const row = batch.first + index;
    rows.push({ row, input, prediction });
    log.push({
      requestId: options.requestId,
      item: row,
      receivedAt,
      features: input,
      predictedAt,
      modelVersion: options.modelVersion,
      ...prediction,
      latencyMs,
    });
  });
  return { rows, log };
}

/**
 * Scores every record; resolves with the row count once the output is written (not yet finished)
 * and every log row is durable. The first failure rejects, after the batches in flight settle.
 */
export async function scoreRecords(options: ScoreOptions): Promise<number> {
  const inFlight: Promise<ScoredBatch>[] = [];
  const logging: Promise<void>[] = [];
  let written = 0;
  const writeOldest = async () => {
    const done = await (inFlight.shift() as Promise<ScoredBatch>);
    await options.output.write(done.rows);
    const logged = options.writer?.log(done.log);
    if (logged) logging.push(logged);
    written += done.rows.length;
    options.onProgress?.(written);
    // Strict logging resolves within a journal commit: wait on the oldest to bound what is held.
    if (logging.length > options.concurrency * 4) await logging.shift();
  };
  try {
    for await (const batch of batches(options.records, options.batchSize)) {
      const scoring = scoreBatch(options, batch);
      scoring.catch(() => undefined); // awaited in order below; never an unhandled rejection
      inFlight.push(scoring);
      if (inFlight.length >= options.concurrency) await writeOldest();
    }
    while (inFlight.length > 0) await writeOldest();
    await Promise.all(logging);
    return written;
  } finally {
    await Promise.allSettled([...inFlight, ...logging]);
  }
}
