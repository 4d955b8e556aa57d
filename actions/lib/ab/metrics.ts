/**
 * The figures an A/B test compares, per version: online accuracy and error from feedback, and
 * latency. Each metric knows how many observations it has and how to put an interval on one
 * version's value and on the difference between two versions.
 */
import {
  bootstrapQuantile,
  bootstrapQuantileDifference,
  newcombe,
  tInterval,
  welch,
  wilson,
  type Interval,
  type MeanStats,
  type Proportion,
} from "./intervals.js";
import { seededRandom } from "./random.js";

/** What was observed of one version in the window. */
export interface VersionData {
  version: string;
  role: "serving" | "shadow";
  /** Requests logged (one per request id, whatever the batch size). */
  requests: number;
  firstAt?: Date;
  lastAt?: Date;
  /** Latency per request, in ms. */
  latency: MeanStats;
  /** The newest requests' latencies (bounded), sorted ascending, for percentiles. */
  latencySample: Float64Array;
  /** Feedback with a label: how many matched the logged label. */
  accuracy: Proportion;
  /** Feedback with a value: the absolute error of the logged value. */
  absError: MeanStats;
}

/** The metrics a rule may name. */
export const AB_METRICS = [
  "online_accuracy",
  "online_mae",
  "mean_latency_ms",
  "p50_latency_ms",
  "p95_latency_ms",
  "p99_latency_ms",
] as const;

/** One metric's name. */
export type AbMetric = (typeof AB_METRICS)[number];

/** Settings every interval takes. */
export interface IntervalContext {
  level: number;
  /** Seed of the bootstrap's resampling, so a report is reproducible. */
  seed: number;
}

/** How one metric is counted and compared. */
export interface MetricDefinition {
  name: AbMetric;
  /** Which way is better, for the report's wording. */
  better: "higher" | "lower";
  /** What its values are: a share, or milliseconds, or the model's own unit. */
  unit: "share" | "ms" | "value";
  /** Observations behind the version's figure. */
  samples(data: VersionData): number;
  /** The version's figure with its interval; undefined with too few observations. */
  single(data: VersionData, context: IntervalContext): Interval | undefined;
  /** `b - a` with its interval; undefined with too few observations. */
  difference(
    a: VersionData,
    b: VersionData,
    context: IntervalContext,
  ): Interval | undefined;
}

function percentile(name: AbMetric, q: number): MetricDefinition {
  return {
    name,
    better: "lower",
    unit: "ms",
    samples: (data) => data.latencySample.length,
    single: (data, { level, seed }) =>
      bootstrapQuantile(data.latencySample, {
        q,
        level,
        random: seededRandom(seed),
      }),
    difference: (a, b, { level, seed }) =>
      bootstrapQuantileDifference(a.latencySample, b.latencySample, {
        q,
        level,
        random: seededRandom(seed),
      }),
  };
}

/** Every metric, by name. */
export const METRICS: Record<AbMetric, MetricDefinition> = {
  online_accuracy: {
    name: "online_accuracy",
    better: "higher",
    unit: "share",
    samples: (data) => data.accuracy.n,
    single: (data, { level }) => wilson(data.accuracy, level),
    difference: (a, b, { level }) => newcombe(a.accuracy, b.accuracy, level),
  },
  online_mae: {
    name: "online_mae",
    better: "lower",
    unit: "value",
    samples: (data) => data.absError.n,
    single: (data, { level }) => tInterval(data.absError, level),
    difference: (a, b, { level }) => welch(a.absError, b.absError, level),
  },
  mean_latency_ms: {
    name: "mean_latency_ms",
    better: "lower",
    unit: "ms",
    samples: (data) => data.latency.n,
    single: (data, { level }) => tInterval(data.latency, level),
    difference: (a, b, { level }) => welch(a.latency, b.latency, level),
  },
  p50_latency_ms: percentile("p50_latency_ms", 0.5),
  p95_latency_ms: percentile("p95_latency_ms", 0.95),
  p99_latency_ms: percentile("p99_latency_ms", 0.99),
};

/** The metrics with at least one observation in any of the versions, in table order. */
export function observedMetrics(
  versions: readonly VersionData[],
): MetricDefinition[] {
  return AB_METRICS.map((name) => METRICS[name]).filter((metric) =>
    versions.some((data) => metric.samples(data) > 0),
  );
}
