import { RandomForestClassifier } from "ml-random-forest";
import type { ModelConfig } from "./config.js";

/** The forest as ml-random-forest serialises it (`toJSON()`), kept opaque on our side. */
export interface ForestJson {
  name: "RFClassifier";
  baseModel: Record<string, unknown>;
}

/** A node of a loaded ml-cart tree: a split (left/right) or a leaf (distribution). */
interface CartNode {
  splitColumn?: number;
  splitValue?: number;
  left?: CartNode;
  right?: CartNode;
  distribution?: { columns: number; get(row: number, column: number): number };
}
interface ForestInternals {
  indexes: number[][];
  estimators: { root: CartNode }[];
}

/**
 * One tree flattened into typed arrays: node i splits on `feature[i]` (an index into the full
 * row) at `threshold[i]`, or is a leaf (`left[i] === -1`) whose class distribution starts at
 * `probs[i * classCount]`. Walking arrays is several times faster than the library's recursive
 * `classify`, which builds a sub-row and returns an ml-matrix per tree.
 */
interface FlatTree {
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  probs: Float64Array;
}

function flattenTree(
  root: CartNode,
  columns: number[],
  classCount: number,
): FlatTree {
  const nodes: CartNode[] = [];
  const collect = (node: CartNode): number => {
    const index = nodes.push(node) - 1;
    if (node.left && node.right) {
      collect(node.left);
      collect(node.right);
    }
    return index;
  };
  collect(root);
  const tree: FlatTree = {
    feature: new Int32Array(nodes.length),
    threshold: new Float64Array(nodes.length),
    left: new Int32Array(nodes.length).fill(-1),
    right: new Int32Array(nodes.length).fill(-1),
    probs: new Float64Array(nodes.length * classCount),
  };
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  nodes.forEach((node, i) => {
    // Same test as ml-cart's classify: a node with both children splits, any other is a leaf.
    if (node.left && node.right) {
      tree.feature[i] = columns[node.splitColumn as number] as number;
      tree.threshold[i] = node.splitValue as number;
      tree.left[i] = indexOf.get(node.left) as number;
      tree.right[i] = indexOf.get(node.right) as number;
      return;
    }
    const leaf = node.distribution;
    if (!leaf)
      throw new Error(`tree node ${i} has neither children nor a distribution`);
    // A leaf only lists classes up to the highest one it saw; the rest stay 0.
    for (let c = 0; c < leaf.columns && c < classCount; c++) {
      tree.probs[i * classCount + c] = leaf.get(0, c);
    }
  });
  return tree;
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
  const trees = forest.estimators.map((estimator, i) =>
    flattenTree(estimator.root, forest.indexes[i] as number[], classCount),
  );
  return (row) => {
    const sums = new Array<number>(classCount).fill(0);
    for (const tree of trees) {
      let node = 0;
      while ((tree.left[node] as number) >= 0) {
        node =
          (row[tree.feature[node] as number] as number) <
          (tree.threshold[node] as number)
            ? (tree.left[node] as number)
            : (tree.right[node] as number);
      }
      const base = node * classCount;
      for (let c = 0; c < classCount; c++) {
        sums[c] = (sums[c] as number) + (tree.probs[base + c] as number);
      }
    }
    const total = sums.reduce((sum, v) => sum + v, 0);
    return sums.map((v) => v / total);
  };
}
