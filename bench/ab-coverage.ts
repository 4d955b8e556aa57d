/**
 * How often the A/B intervals cover the truth, over many seeded synthetic experiments whose true
 * difference is known (the same set-ups as test/ab/coverage.test.ts, with more seeds).
 * Usage: npx tsx bench/ab-coverage.ts [seeds]   (default 2000)
 */
import {
  bootstrapQuantileDifference,
  newcombe,
  welch,
  type Interval,
} from "../actions/lib/ab/intervals.js";
import { parseNumber } from "../actions/lib/inputs.js";
import { seededRandom, type Random } from "../actions/lib/ab/random.js";
import {
  syntheticVersion,
  trueLatencyMean,
  trueLatencyQuantile,
  type VersionTruth,
} from "../test/ab/synthetic.js";

const seeds = parseNumber(process.argv[2] ?? "2000", "seeds", {
  min: 10,
  integer: true,
});
const level = 0.95;

function summarise(
  run: (random: Random) => { interval?: Interval; truth: number },
) {
  let covered = 0;
  let significant = 0;
  let width = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const { interval, truth } = run(seededRandom(seed * 104_729));
    if (!interval) continue;
    if (interval.low <= truth && truth <= interval.high) covered++;
    if (interval.low > 0 || interval.high < 0) significant++;
    width += interval.high - interval.low;
  }
  return {
    covered: covered / seeds,
    significant: significant / seeds,
    width: width / seeds,
  };
}

const base: VersionTruth = {
  version: "a",
  n: 400,
  accuracy: 0.9,
  mu: Math.log(20),
  sigma: 0.3,
};
const rows: [string, string, ReturnType<typeof summarise>][] = [];
for (const [name, pb] of [
  ["zero", 0.9],
  ["+0.05", 0.95],
  ["−0.05", 0.85],
] as const) {
  rows.push([
    "online_accuracy (Newcombe), n=500",
    name,
    summarise((random) => {
      const draw = (p: number) => ({
        successes: Array.from(
          { length: 500 },
          () => random.uniform() < p,
        ).filter(Boolean).length,
        n: 500,
      });
      return {
        interval: newcombe(draw(0.9), draw(pb), level),
        truth: pb - 0.9,
      };
    }),
  ]);
}
const latencyTruths: [string, Partial<VersionTruth>][] = [
  ["zero", {}],
  ["slower", { mu: Math.log(24), sigma: 0.5 }],
  ["faster", { mu: Math.log(16), sigma: 0.4 }],
];
for (const [name, change] of latencyTruths) {
  const b = { ...base, version: "b", ...change };
  rows.push([
    "mean_latency_ms (Welch), n=400",
    name,
    summarise((random) => ({
      interval: welch(
        syntheticVersion(base, random).latency,
        syntheticVersion(b, random).latency,
        level,
      ),
      truth: trueLatencyMean(b) - trueLatencyMean(base),
    })),
  ]);
}
for (const [name, change] of latencyTruths) {
  const a = { ...base, n: 800 };
  const b = { ...a, version: "b", ...change };
  rows.push([
    "p95_latency_ms (bootstrap), n=800",
    name,
    summarise((random) => ({
      interval: bootstrapQuantileDifference(
        syntheticVersion(a, random).latencySample,
        syntheticVersion(b, random).latencySample,
        { q: 0.95, level, random },
      ),
      truth: trueLatencyQuantile(b, 0.95) - trueLatencyQuantile(a, 0.95),
    })),
  ]);
}

console.log(
  `| metric | true difference | coverage of the ${level * 100}% interval | significant | mean width |`,
);
console.log("| --- | --- | ---: | ---: | ---: |");
for (const [metric, truth, r] of rows)
  console.log(
    `| ${metric} | ${truth} | ${(r.covered * 100).toFixed(1)}% | ${(r.significant * 100).toFixed(1)}% | ${r.width.toPrecision(3)} |`,
  );
console.log(`\n${seeds} seeded experiments per row.`);
