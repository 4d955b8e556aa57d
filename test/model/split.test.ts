import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  seededRandom,
  stratifiedSplit,
} from "../../example-app/src/model/split.js";

const labels = (counts: number[]) =>
  counts.flatMap((n, c) => new Array<number>(n).fill(c));
const countOf = (y: number[], rows: number[], c: number) =>
  rows.filter((i) => y[i] === c).length;

describe("seededRandom", () => {
  it("repeats for a seed, differs between seeds and stays in [0, 1)", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("stratifiedSplit", () => {
  it.each([
    // counts per class, fraction, expected test rows per class
    [[50, 50, 50], 0.3, [15, 15, 15]],
    [[50, 50, 50], 0.2, [10, 10, 10]],
    [[10, 20, 30], 0.5, [5, 10, 15]],
    [[3, 3, 3], 0.1, [1, 1, 1]], // at least one test row per class
    [[3, 3, 3], 0.9, [2, 2, 2]], // at least one train row per class
    [[40, 7, 2], 0.25, [10, 2, 1]],
  ])("classes %j at %d keep their shares", (counts, fraction, perClass) => {
    const y = labels(counts);
    const split = stratifiedSplit(y, fraction, 42);
    perClass.forEach((n, c) => {
      expect(countOf(y, split.test, c)).toBe(n);
      expect(countOf(y, split.train, c)).toBe(counts[c]! - n);
    });
    // disjoint, covering, ascending
    expect([...split.train, ...split.test].sort((a, b) => a - b)).toEqual(
      y.map((_, i) => i),
    );
    expect(split.test).toEqual([...split.test].sort((a, b) => a - b));
    expect(split.train).toEqual([...split.train].sort((a, b) => a - b));
  });

  it("is the same for the same seed and differs for another", () => {
    const y = labels([50, 50, 50]);
    expect(stratifiedSplit(y, 0.3, 42)).toEqual(stratifiedSplit(y, 0.3, 42));
    expect(stratifiedSplit(y, 0.3, 43).test).not.toEqual(
      stratifiedSplit(y, 0.3, 42).test,
    );
  });

  it("does not depend on the order classes appear in", () => {
    const y = [2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1];
    const split = stratifiedSplit(y, 0.5, 1);
    expect([0, 1, 2].map((c) => countOf(y, split.test, c))).toEqual([2, 2, 2]);
  });

  it.each([
    [[0, 0, 1, 1], 0, /test fraction 0 must be greater than 0/],
    [[0, 0, 1, 1], 1, /test fraction 1/],
    [[0, 0, 1, 1], Number.NaN, /test fraction NaN/],
    [[0, 0, 1], 0.5, /class 1 has 1 row\(s\): a split needs at least 2/],
  ])("rejects %j at %d", (y, fraction, message) => {
    expect(() => stratifiedSplit(y, fraction, 1)).toThrow(ConfigurationError);
    expect(() => stratifiedSplit(y, fraction, 1)).toThrow(message);
  });
});
