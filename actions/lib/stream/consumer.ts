/**
 * A version's consumer group on its input stream and the scoring it does: what the local twin's
 * worker and the Kinesis worker share (only the source and the sink differ).
 */
import type pg from "pg";
import type { ModelClient } from "../batch/predict.js";
import type { PredictionLogWriter } from "../predictions/writer.js";
import type { VersionNames } from "../version.js";
import { CheckpointStore, streamScope } from "./checkpoints.js";
import { deadLetter } from "./dead-letters.js";
import { Limiter } from "./limiter.js";
import type { DecisionSink } from "./types.js";
import type { StreamWorkerOptions } from "./worker.js";

/** What versionConsumer needs. */
export interface VersionConsumerOptions {
  app: string;
  names: VersionNames;
  inputStream: string;
  client: ModelClient;
  sink: DecisionSink;
  writer?: PredictionLogWriter;
  batchSize: number;
  concurrency: number;
  signal: AbortSignal;
}

/** The checkpoints and scoring of the version's group (its environment's, see streamScope). */
export function versionConsumer(
  pool: pg.Pool,
  options: VersionConsumerOptions,
): Pick<StreamWorkerOptions, "checkpoints" | "score"> {
  const group = {
    app: streamScope(options.app, options.names.environment),
    consumer: options.names.version,
    stream: options.inputStream,
  };
  return {
    checkpoints: new CheckpointStore(pool, group),
    score: {
      client: options.client,
      sink: options.sink,
      writer: options.writer,
      deadLetter: (poison) => deadLetter(pool, group, poison),
      version: options.names.version,
      batchSize: options.batchSize,
      limiter: new Limiter(options.concurrency),
      signal: options.signal,
    },
  };
}
