/**
 * Confidence intervals for one version's figure and for the difference between two versions:
 * Wilson's score interval for a proportion and Newcombe's hybrid score interval for a difference
 * of two; Student's t for a mean and Welch's t for a difference of means; a seeded percentile
 * bootstrap for quantiles (latency percentiles) and their differences.
 */
import { normalQuantile, tQuantile, zCritical } from "./distributions.js";
import type { Random } from "./random.js";

// Math's functions are held in module constants because the draws run in hot loops, and a
// lookup of the global `Math` is slow in some sandboxes (30 times slower in jest's vm contexts).
const { abs, ceil, floor, hypot, max, min, sqrt } = Math;

/** An estimate with its two-sided interval at `level` and its standard error. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
  /** Standard error of the estimate; drives the sample-size calculation. */
  se: number;
  level: number;
  method: "wilson" | "newcombe" | "t" | "welch" | "bootstrap";
}

/** A count of successes out of n trials. */
export interface Proportion {
  successes: number;
  n: number;
}

/** Summary statistics of a continuous sample. */
export interface MeanStats {
  n: number;
  mean: number;
  /** Sample variance (n - 1 in the denominator). */
  variance: number;
}

/** Wilson's score interval for a proportion; undefined with no trials. */
export function wilson(
  { successes, n }: Proportion,
  level: number,
): Interval | undefined {
  if (n <= 0) return undefined;
  const z = zCritical(level);
  const p = successes / n;
  const z2n = (z * z) / n;
  const center = (p + z2n / 2) / (1 + z2n);
  const half =
    (z / (1 + z2n)) * sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return {
    estimate: p,
    low: max(0, center - half),
    high: min(1, center + half),
    se: sqrt((p * (1 - p)) / n),
    level,
    method: "wilson",
  };
}

/**
 * Newcombe's hybrid score interval for `b - a` (his method 10): each side of the difference takes
 * its distance from the two Wilson intervals, so it behaves near 0 and 1 where Wald's does not.
 */
export function newcombe(
  a: Proportion,
  b: Proportion,
  level: number,
): Interval | undefined {
  const wa = wilson(a, level);
  const wb = wilson(b, level);
  if (!wa || !wb) return undefined;
  const d = wb.estimate - wa.estimate;
  const low = d - hypot(wb.estimate - wb.low, wa.high - wa.estimate);
  const high = d + hypot(wb.high - wb.estimate, wa.estimate - wa.low);
  return {
    estimate: d,
    low,
    high,
    se: hypot(wa.se, wb.se),
    level,
    method: "newcombe",
  };
}

/** Student's t interval for a mean; needs two observations. */
export function tInterval(
  stats: MeanStats,
  level: number,
): Interval | undefined {
  if (stats.n < 2) return undefined;
  const se = sqrt(stats.variance / stats.n);
  const half = tQuantile(1 - (1 - level) / 2, stats.n - 1) * se;
  return {
    estimate: stats.mean,
    low: stats.mean - half,
    high: stats.mean + half,
    se,
    level,
    method: "t",
  };
}

/** Welch's t interval for `mean(b) - mean(a)`, with Welch–Satterthwaite degrees of freedom. */
export function welch(
  a: MeanStats,
  b: MeanStats,
  level: number,
): Interval | undefined {
  if (a.n < 2 || b.n < 2) return undefined;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se = sqrt(va + vb);
  const d = b.mean - a.mean;
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  // Both samples constant: no spread, so the difference is known exactly.
  const half = se === 0 ? 0 : tQuantile(1 - (1 - level) / 2, df) * se;
  return {
    estimate: d,
    low: d - half,
    high: d + half,
    se,
    level,
    method: "welch",
  };
}

/** How many bootstrap resamples a quantile interval draws. */
export const BOOTSTRAP_RESAMPLES = 2000;

/** The nearest-rank quantile's 1-based rank in a sample of n. */
function rankOf(q: number, n: number): number {
  return min(n, max(1, ceil(q * n)));
}

/**
 * One bootstrap replicate of the q-quantile of a sorted sample, drawn in constant time: the k-th
 * smallest of n resampled indices floor(n·U) is floor(n·U_(k)), and the k-th order statistic of n
 * uniforms is Beta(k, n - k + 1). Same distribution as resampling n values and sorting them.
 */
function resampledQuantile(
  sorted: ArrayLike<number>,
  q: number,
  random: Random,
) {
  const n = sorted.length;
  const k = rankOf(q, n);
  const index = floor(n * random.beta(k, n - k + 1));
  return sorted[min(n - 1, index)] as number;
}

/** The q-quantile (nearest rank) of a sorted sample. */
export function quantileOf(sorted: ArrayLike<number>, q: number): number {
  return sorted[rankOf(q, sorted.length) - 1] as number;
}

function percentileInterval(
  replicates: Float64Array,
  estimate: number,
  level: number,
): Interval {
  replicates.sort();
  const tail = (1 - level) / 2;
  const mean = replicates.reduce((s, x) => s + x, 0) / replicates.length;
  const variance =
    replicates.reduce((s, x) => s + (x - mean) ** 2, 0) /
    (replicates.length - 1);
  return {
    estimate,
    low: quantileOf(replicates, tail),
    high: quantileOf(replicates, 1 - tail),
    se: sqrt(variance),
    level,
    method: "bootstrap",
  };
}

/** Percentile-bootstrap interval of the q-quantile of a sorted sample; needs two observations. */
export function bootstrapQuantile(
  sorted: ArrayLike<number>,
  options: { q: number; level: number; random: Random },
): Interval | undefined {
  if (sorted.length < 2) return undefined;
  const replicates = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let i = 0; i < replicates.length; i++)
    replicates[i] = resampledQuantile(sorted, options.q, options.random);
  return percentileInterval(
    replicates,
    quantileOf(sorted, options.q),
    options.level,
  );
}

/** Percentile-bootstrap interval of `quantile(b) - quantile(a)`, both samples sorted. */
export function bootstrapQuantileDifference(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: { q: number; level: number; random: Random },
): Interval | undefined {
  if (a.length < 2 || b.length < 2) return undefined;
  const { q, random } = options;
  const replicates = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let i = 0; i < replicates.length; i++)
    replicates[i] =
      resampledQuantile(b, q, random) - resampledQuantile(a, q, random);
  const estimate = quantileOf(b, q) - quantileOf(a, q);
  return percentileInterval(replicates, estimate, options.level);
}

/** The power the sample-size calculation aims for. */
export const TARGET_POWER = 0.8;

/**
 * How many more observations each version needs before an estimate this far (`effect`) from the
 * bound it is tested against would be significant at `level` with 80% power, assuming the
 * standard error shrinks with the square root of the samples and every version grows in
 * proportion. Undefined when the estimate sits on the bound (no sample size settles it).
 */
export function moreSamplesNeeded(options: {
  interval: Interval;
  effect: number;
  /** Current sample size of each version involved. */
  sizes: readonly number[];
}): number | undefined {
  const { interval, effect, sizes } = options;
  if (!(abs(effect) > 0) || !(interval.se > 0)) return undefined;
  const z = zCritical(interval.level) + normalQuantile(TARGET_POWER);
  const factor = ((z * interval.se) / abs(effect)) ** 2;
  const more = sizes.map((n) => ceil(n * factor) - n);
  return max(0, ...more);
}
