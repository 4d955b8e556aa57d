import {
  bootstrapQuantileDifference,
  newcombe,
  welch,
  wilson,
  type Interval,
} from "../../actions/lib/ab/intervals.js";
import { seededRandom, type Random } from "../../actions/lib/ab/random.js";
import {
  syntheticVersion,
  trueLatencyMean,
  trueLatencyQuantile,
  type VersionTruth,
} from "./synthetic.js";

// Synthetic experiments whose true answer is known, repeated over many seeds: a 95% interval
// should cover the truth in about 95% of them, and a zero difference should look significant in
// about 5%. The bounds allow for the Monte Carlo error of the number of seeds (±3 standard errors).

const LEVEL = 0.95;
const covers = (interval: Interval | undefined, truth: number) =>
  interval !== undefined && interval.low <= truth && truth <= interval.high;

function rate(seeds: number, experiment: (random: Random) => boolean): number {
  let hits = 0;
  for (let seed = 1; seed <= seeds; seed++)
    if (experiment(seededRandom(seed * 7919))) hits++;
  return hits / seeds;
}

function successes(n: number, p: number, random: Random): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (random.uniform() < p) count++;
  return count;
}

describe("online accuracy: Newcombe's interval for a difference of proportions", () => {
  const n = 500;
  it.each([
    ["zero", 0.9, 0.9],
    ["clearly positive", 0.85, 0.92],
    ["clearly negative", 0.92, 0.85],
  ])("covers a %s true difference about 95% of the time", (_name, pa, pb) => {
    const coverage = rate(800, (random) => {
      const a = { successes: successes(n, pa, random), n };
      const b = { successes: successes(n, pb, random), n };
      return covers(newcombe(a, b, LEVEL), pb - pa);
    });
    expect(coverage).toBeGreaterThan(0.93);
    expect(coverage).toBeLessThan(0.975);
  });

  it("calls a zero difference significant about 5% of the time, and a 7-point one nearly always", () => {
    const significant = (pa: number, pb: number) =>
      rate(800, (random) => {
        const d = newcombe(
          { successes: successes(n, pa, random), n },
          { successes: successes(n, pb, random), n },
          LEVEL,
        )!;
        return d.low > 0 || d.high < 0;
      });
    const falseAlarms = significant(0.9, 0.9);
    expect(falseAlarms).toBeGreaterThan(0.025);
    expect(falseAlarms).toBeLessThan(0.075);
    expect(significant(0.85, 0.92)).toBeGreaterThan(0.95);
  });

  it("covers one version's accuracy with Wilson's interval", () => {
    const coverage = rate(800, (random) =>
      covers(
        wilson({ successes: successes(300, 0.9, random), n: 300 }, LEVEL),
        0.9,
      ),
    );
    expect(coverage).toBeGreaterThan(0.925);
    expect(coverage).toBeLessThan(0.975);
  });
});

describe("latency: Welch's t for means, the bootstrap for percentiles", () => {
  const base: VersionTruth = {
    version: "a",
    n: 400,
    accuracy: 0.9,
    mu: Math.log(20),
    sigma: 0.3,
  };
  const truths: [string, VersionTruth][] = [
    ["zero", { ...base, version: "b" }],
    [
      "clearly positive",
      { ...base, version: "b", mu: Math.log(24), sigma: 0.5 },
    ],
    [
      "clearly negative",
      { ...base, version: "b", mu: Math.log(16), sigma: 0.4 },
    ],
  ];

  it.each(truths)(
    "Welch covers a %s true difference of means about 95% of the time",
    (_name, b) => {
      const truth = trueLatencyMean(b) - trueLatencyMean(base);
      const coverage = rate(600, (random) => {
        const va = syntheticVersion(base, random);
        const vb = syntheticVersion(b, random);
        return covers(welch(va.latency, vb.latency, LEVEL), truth);
      });
      expect(coverage).toBeGreaterThan(0.925);
      expect(coverage).toBeLessThan(0.975);
    },
  );

  it.each(truths)(
    "the bootstrap covers a %s true p95 difference about 95% of the time",
    (_name, b) => {
      const truth =
        trueLatencyQuantile(b, 0.95) - trueLatencyQuantile(base, 0.95);
      const big = (t: VersionTruth) => ({ ...t, n: 800 });
      const coverage = rate(300, (random) => {
        const va = syntheticVersion(big(base), random);
        const vb = syntheticVersion(big(b), random);
        const interval = bootstrapQuantileDifference(
          va.latencySample,
          vb.latencySample,
          {
            q: 0.95,
            level: LEVEL,
            random,
          },
        );
        return covers(interval, truth);
      });
      expect(coverage).toBeGreaterThan(0.9);
      expect(coverage).toBeLessThan(0.985);
    },
  );
});
