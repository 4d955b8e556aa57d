import { RandomForestClassifier } from "ml-random-forest";
import type { ModelConfig } from "./config.js";

/** The forest as ml-random-forest serialises it (`toJSON()`), kept opaque on our side. */
export interface ForestJson {
  name: "RFClassifier";
  baseModel: Record<string, unknown>;
}

/** The parts of a loaded ml-random-forest / ml-cart model that soft voting needs. */
interface LeafDistribution {
  columns: number;
  get(row: number, column: number): number;
}
interface ForestInternals {
  indexes: number[][];
  estimators: { root: { classify(row: number[]): LeafDistribution } }[];
}

/**
 * Trains a seeded random forest (ml-random-forest: bagged CART trees, each on a random subset of
 * the features). The same config and rows always give the same JSON, because every random draw
 * comes from the library's Mersenne Twister seeded with `config.seed`.
 */
export function trainForest(
  config: ModelConfig,
  x: number[][],
  y: number[],
): ForestJson {
  const forest = new RandomForestClassifier({
    seed: config.seed,
    nEstimators: config.n_estimators,
    maxFeatures: config.max_features,
    // Distinct features per tree: a duplicated column adds nothing to a tree.
    replacement: false,
    useSampleBagging: true,
    // Out-of-bag estimates are not used (we hold out a test set) and cost time.
    noOOB: true,
    treeOptions: { maxDepth: config.max_depth },
  });
  forest.train(x, y);
  // A JSON round trip drops the ml-matrix class instances, leaving plain data.
  return JSON.parse(JSON.stringify(forest.toJSON())) as ForestJson;
}

/**
 * Returns a function giving class probabilities for one row, by soft voting: the mean of the
 * class distributions of the leaves the row reaches in each tree.
 *
 * Why not the library's `predictProbability`: in ml-random-forest 2.1.0 it counts hard votes
 * with a `reduce` that has no initial value, so the first tree's class index is added as if it
 * were a probability. Leaf distributions are also smoother than vote counts, which gives a
 * meaningful log loss.
 */
export function forestProbabilities(
  json: ForestJson,
  classCount: number,
): (row: readonly number[]) => number[] {
  const forest = RandomForestClassifier.load(
    json as never,
  ) as unknown as ForestInternals;
  const trees = forest.estimators.map((estimator, i) => ({
    root: estimator.root,
    columns: forest.indexes[i] as number[],
  }));
  return (row) => {
    const sums = new Array<number>(classCount).fill(0);
    for (const tree of trees) {
      const projected = tree.columns.map((column) => row[column] as number);
      const leaf = tree.root.classify(projected);
      // A leaf only lists classes up to the highest one it saw; the rest are 0.
      for (let c = 0; c < leaf.columns && c < classCount; c++) {
        sums[c] = (sums[c] as number) + leaf.get(0, c);
      }
    }
    const total = sums.reduce((sum, v) => sum + v, 0);
    return sums.map((v) => v / total);
  };
}
