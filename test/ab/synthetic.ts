/**
 * Synthetic A/B data whose answers are known: Bernoulli outcomes with a chosen accuracy,
 * log-normal latencies with a chosen median and spread, drawn from a seeded stream.
 */
import type { VersionData } from "../../actions/lib/ab/metrics.js";
import type { Random } from "../../actions/lib/ab/random.js";
import { normalQuantile } from "../../actions/lib/ab/distributions.js";

// Held locally: a lookup of the global `Math` is slow in jest's vm contexts.
const { abs, exp } = Math;

/** What one synthetic version is like. */
export interface VersionTruth {
  version: string;
  role?: VersionData["role"];
  /** Requests, each with one feedback row. */
  n: number;
  accuracy: number;
  /** Log-normal latency: median exp(mu) ms, spread sigma. */
  mu: number;
  sigma: number;
  /** Absolute error of a regressor: |N(0, errorSd)|. */
  errorSd?: number;
}

/** The true q-quantile of a log-normal latency. */
export function trueLatencyQuantile(truth: VersionTruth, q: number): number {
  return Math.exp(truth.mu + truth.sigma * normalQuantile(q));
}

/** The true mean of a log-normal latency. */
export function trueLatencyMean(truth: VersionTruth): number {
  return Math.exp(truth.mu + truth.sigma ** 2 / 2);
}

/** One synthetic request: its outcome and latency. */
export interface SyntheticRequest {
  correct: boolean;
  latencyMs: number;
  absError: number;
}

/** Draws one request of a version. */
export function drawRequest(
  truth: VersionTruth,
  random: Random,
): SyntheticRequest {
  return {
    correct: random.uniform() < truth.accuracy,
    latencyMs: exp(truth.mu + truth.sigma * random.normal()),
    absError: abs((truth.errorSd ?? 1) * random.normal()),
  };
}

function meanStats(values: readonly number[]) {
  const n = values.length;
  const mean = values.reduce((s, x) => s + x, 0) / Math.max(1, n);
  const variance =
    n > 1 ? values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { n, mean, variance };
}

/** A version's figures as the reader would return them, drawn in memory. */
export function syntheticVersion(
  truth: VersionTruth,
  random: Random,
): VersionData {
  const requests = Array.from({ length: truth.n }, () =>
    drawRequest(truth, random),
  );
  const latencies = requests.map((r) => r.latencyMs);
  return {
    version: truth.version,
    role: truth.role ?? "serving",
    requests: truth.n,
    latency: meanStats(latencies),
    latencySample: Float64Array.from(latencies).sort(),
    accuracy: {
      successes: requests.filter((r) => r.correct).length,
      n: truth.n,
    },
    absError: meanStats(requests.map((r) => r.absError)),
  };
}
