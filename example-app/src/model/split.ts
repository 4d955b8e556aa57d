import { ConfigurationError } from "../../../actions/lib/errors.js";

/**
 * A small seeded PRNG (mulberry32) returning floats in [0, 1). Math.random cannot be seeded, and
 * the split must be identical on every machine so that metrics only move when the PR moves them.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Row indices of a split; both lists are in ascending order. */
export interface Split {
  train: number[];
  test: number[];
}

/**
 * A stratified split: each class keeps its share in both halves. Per class, round(n × fraction)
 * rows (at least one, and at least one left to train on) go to the test set, chosen by a seeded
 * Fisher-Yates shuffle.
 */
export function stratifiedSplit(
  y: readonly number[],
  testFraction: number,
  seed: number,
): Split {
  if (!(testFraction > 0 && testFraction < 1))
    throw new ConfigurationError(
      `test fraction ${testFraction} must be greater than 0 and less than 1`,
    );
  const random = seededRandom(seed);
  const byClass = new Map<number, number[]>();
  y.forEach((label, index) => {
    const rows = byClass.get(label) ?? [];
    rows.push(index);
    byClass.set(label, rows);
  });
  const test: number[] = [];
  // Classes in numeric order, so the random stream is consumed the same way every run.
  for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
    const rows = byClass.get(label) ?? [];
    if (rows.length < 2)
      throw new ConfigurationError(
        `class ${label} has ${rows.length} row(s): a split needs at least 2 per class`,
      );
    const count = Math.min(
      rows.length - 1,
      Math.max(1, Math.round(rows.length * testFraction)),
    );
    shuffle(rows, random);
    test.push(...rows.slice(0, count));
  }
  const inTest = new Set(test);
  return {
    train: y.map((_, i) => i).filter((i) => !inTest.has(i)),
    test: test.sort((a, b) => a - b),
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i] as number;
    items[i] = items[j] as number;
    items[j] = swap;
  }
}
