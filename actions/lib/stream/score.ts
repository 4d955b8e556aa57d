/**
 * Scores the records of one shard read: each record's data is one JSON object of features; they go
 * to the model in batches, at most `concurrency` at once across all shards (the limiter is
 * shared). A batch the model refuses (4xx) is split in halves until the refused records are found:
 * those are poison, the rest are scored. Resolves once the decisions are on the output stream, the
 * log rows are durable and the poison records are stored: only then may the shard checkpoint.
 */
import { performance } from "node:perf_hooks";
import { errorMessage } from "../errors.js";
import type { ModelClient, Prediction } from "../batch/predict.js";
import type { BatchRecord } from "../batch/read.js";
import { PoisonFileError } from "../batch/types.js";
import type { PredictionRow } from "../predictions/rows.js";
import type { PredictionLogWriter } from "../predictions/writer.js";
import type { PoisonRecord } from "./dead-letters.js";
import type { Limiter } from "./limiter.js";
import type { DecisionSink, OutputRecord, StreamRecord } from "./types.js";

/** What scoreRecords needs besides the records. */
export interface ScoreContext {
  client: ModelClient;
  sink: DecisionSink;
  /** The durable writer (strict); undefined logs nothing. */
  writer?: PredictionLogWriter;
  /** Stores poison records (committed when it resolves). */
  deadLetter(poison: PoisonRecord[]): Promise<void>;
  version: string;
  batchSize: number;
  limiter: Limiter;
  signal?: AbortSignal;
}

/** A record with its features, once parsed. */
interface Parsed {
  record: StreamRecord;
  features: BatchRecord;
}

/** A record and its prediction. */
interface Scored extends Parsed {
  prediction: Prediction;
  predictedAt: Date;
  latencyMs: number;
}

/** The log rows' request id of a record: its shard and sequence number. */
export const requestIdOfRecord = (
  record: Pick<StreamRecord, "shardId" | "sequenceNumber">,
) => `${record.shardId}:${record.sequenceNumber}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === "object" && !Array.isArray(value);

/**
 * A record's features, or why it has none: the event itself, or its `features` object when it has
 * one (so an event can carry an id or a time the model must not see).
 */
export function parseFeatures(record: StreamRecord): BatchRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(record.data.toString("utf8"));
  } catch (error) {
    return `data is not JSON: ${errorMessage(error).slice(0, 200)}`;
  }
  if (!isObject(value))
    return `data is not a JSON object of features: ${record.data.toString("utf8").slice(0, 80)}`;
  // An event may carry its own fields (an id, a time) beside the model's input, under `features`.
  if ("features" in value) {
    if (!isObject(value.features))
      return "the event's `features` is not a JSON object";
    return value.features;
  }
  return value;
}

/** The decision put on the output stream for a scored record. */
export function decisionOf(scored: Scored, version: string): OutputRecord {
  const { record, prediction } = scored;
  const body = {
    version,
    shardId: record.shardId,
    sequenceNumber: record.sequenceNumber,
    partitionKey: record.partitionKey,
    ...prediction,
    predictedAt: scored.predictedAt.toISOString(),
  };
  return {
    partitionKey: record.partitionKey,
    data: Buffer.from(JSON.stringify(body)),
  };
}

async function predictBatch(
  batch: Parsed[],
  context: ScoreContext,
  poison: PoisonRecord[],
): Promise<Scored[]> {
  const started = performance.now();
  try {
    const predictions = await context.limiter.run(() =>
      context.client.predict(
        batch.map((p) => p.features),
        0,
      ),
    );
    const latencyMs = performance.now() - started;
    const predictedAt = new Date();
    return batch.map((parsed, index) => ({
      ...parsed,
      prediction: predictions[index] ?? {},
      predictedAt,
      latencyMs,
    }));
  } catch (error) {
    if (!(error instanceof PoisonFileError)) throw error;
    if (batch.length === 1) {
      const reason = errorMessage(error).replace(
        /^.*?\(HTTP/,
        "the model refused it (HTTP",
      );
      poison.push({ record: (batch[0] as Parsed).record, reason });
      return [];
    }
    // Halve until the refused records are alone: the others are scored as usual.
    const middle = Math.ceil(batch.length / 2);
    const halves = await Promise.all([
      predictBatch(batch.slice(0, middle), context, poison),
      predictBatch(batch.slice(middle), context, poison),
    ]);
    return halves.flat();
  }
}

function logRowsOf(scored: Scored[], version: string): PredictionRow[] {
  return scored.map((s) => ({
    requestId: requestIdOfRecord(s.record),
    item: 0,
    receivedAt: s.record.arrivedAt,
    features: s.features,
    predictedAt: s.predictedAt,
    modelVersion: version,
    ...s.prediction,
    latencyMs: s.latencyMs,
  }));
}

/** What one read came to. */
export interface ScoreResult {
  scored: number;
  poison: number;
}

/** See the module comment. Throws (nothing to checkpoint) when any part could not be made durable. */
export async function scoreRecords(
  records: readonly StreamRecord[],
  context: ScoreContext,
): Promise<ScoreResult> {
  const poison: PoisonRecord[] = [];
  const parsed: Parsed[] = [];
  for (const record of records) {
    const features = parseFeatures(record);
    if (typeof features === "string") poison.push({ record, reason: features });
    else parsed.push({ record, features });
  }
  const batches: Parsed[][] = [];
  for (let i = 0; i < parsed.length; i += context.batchSize)
    batches.push(parsed.slice(i, i + context.batchSize));
  const scored = (
    await Promise.all(batches.map((b) => predictBatch(b, context, poison)))
  ).flat();
  context.signal?.throwIfAborted();
  await Promise.all([
    scored.length > 0
      ? context.sink.put(
          scored.map((s) => decisionOf(s, context.version)),
          context.signal,
        )
      : undefined,
    context.writer?.log(logRowsOf(scored, context.version)),
    context.deadLetter(poison),
  ]);
  return { scored: scored.length, poison: poison.length };
}
