import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ConfigurationError } from "../../../actions/lib/errors.js";
import { parseArtifact, type ModelArtifact } from "./artifact.js";
import { FEATURES } from "./dataset.js";
import { forestProbabilities } from "./forest.js";
import { argmax } from "./metrics.js";

export { FEATURES };

/** One prediction: the most probable label and a probability for every label (summing to 1). */
export interface Prediction {
  label: string;
  probabilities: Record<string, number>;
}

/** A model ready to serve: synchronous, deterministic and cheap per row. */
export interface LoadedModel {
  featureNames: readonly string[];
  labels: readonly string[];
  /** Predicts each row; a row holds the features in `featureNames` order. */
  predict(rows: number[][]): Prediction[];
}

/** Where the training CLI writes the artifact by default: example-app/model/model.json. */
export function defaultModelPath(): string {
  return fileURLToPath(new URL("../../model/model.json", import.meta.url));
}

/** Builds a LoadedModel from a parsed artifact (no file access). */
export function modelFromArtifact(artifact: ModelArtifact): LoadedModel {
  const featureNames = Object.freeze([...artifact.features]);
  const labels = Object.freeze([...artifact.labels]);
  const probabilitiesOf = forestProbabilities(artifact.forest, labels.length);
  const predictRow = (row: number[], index: number): Prediction => {
    if (
      !Array.isArray(row) ||
      row.length !== featureNames.length ||
      !row.every((v) => typeof v === "number" && Number.isFinite(v))
    )
      throw new RangeError(
        `row ${index} must be ${featureNames.length} finite numbers (${featureNames.join(", ")}): got ${JSON.stringify(row)}`,
      );
    const p = probabilitiesOf(row);
    const probabilities: Record<string, number> = {};
    labels.forEach((label, c) => {
      probabilities[label] = p[c] as number;
    });
    return { label: labels[argmax(p)] as string, probabilities };
  };
  return {
    featureNames,
    labels,
    predict: (rows) => rows.map(predictRow),
  };
}

/**
 * Reads a model artifact written by the training CLI. Nothing is retrained: the forest is
 * restored from the JSON. A missing or foreign file is a ConfigurationError naming the path.
 */
export function loadModel(file: string): LoadedModel {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigurationError(
      `cannot read model artifact ${file}: ${(error as Error).message} (train it with: npx tsx example-app/src/model/train.ts)`,
    );
  }
  return modelFromArtifact(parseArtifact(text, file));
}
