import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  ARTIFACT_FORMAT,
  ARTIFACT_FORMAT_VERSION,
  parseArtifact,
  serializeArtifact,
  type ModelArtifact,
} from "./artifact.js";
import type { ModelConfig } from "./config.js";
import { FEATURES, LABELS, parseIrisCsv } from "./dataset.js";
import { trainForest } from "./forest.js";
import { evaluate, metricsFile, type MetricsFile } from "./metrics.js";
import { modelFromArtifact } from "./model.js";
import { stratifiedSplit } from "./split.js";

/** What one training run produces. */
export interface TrainingResult {
  /** The artifact's exact file contents. */
  artifactText: string;
  metrics: MetricsFile;
}

/**
 * Splits, trains and evaluates. The test set is scored through the serialised artifact, so the
 * metrics describe exactly the model the service will load, not an in-memory twin of it.
 */
export function runTraining(options: {
  config: ModelConfig;
  dataFile: string;
  /** Injected clock for the training time (ms). */
  now?: () => number;
}): TrainingResult {
  const { config, dataFile } = options;
  const now = options.now ?? (() => performance.now());
  const text = readFileSync(dataFile, "utf8");
  const data = parseIrisCsv(text, dataFile);
  const split = stratifiedSplit(data.y, config.test_fraction, config.seed);
  const pick = <T>(rows: readonly T[], at: number[]) =>
    at.map((i) => rows[i] as T);

  const started = now();
  const forest = trainForest(
    config,
    pick(data.x, split.train),
    pick(data.y, split.train),
  );
  const trainingTimeMs = now() - started;

  const artifact: ModelArtifact = {
    format: ARTIFACT_FORMAT,
    format_version: ARTIFACT_FORMAT_VERSION,
    model: config.model,
    features: [...FEATURES],
    labels: [...LABELS],
    config,
    training: {
      rows: split.train.length,
      data_sha256: createHash("sha256").update(text).digest("hex"),
    },
    forest,
  };
  const artifactText = serializeArtifact(artifact);
  const model = modelFromArtifact(parseArtifact(artifactText, "artifact"));
  const predictions = model.predict(pick(data.x, split.test));
  const probabilities = predictions.map((p) =>
    LABELS.map((label) => p.probabilities[label] as number),
  );
  const evaluation = evaluate(pick(data.y, split.test), probabilities, LABELS);
  return {
    artifactText,
    metrics: metricsFile({
      evaluation,
      rows: { train: split.train.length, test: split.test.length },
      trainingTimeMs,
    }),
  };
}
