/**
 * The A/B figures: for each candidate and each metric observed, both versions' figures, their
 * difference with its interval, whether it is significant at the level, and how many more
 * observations would show a difference this large (80% power) when it is not.
 */
import { moreSamplesNeeded, type Interval } from "./intervals.js";
import {
  observedMetrics,
  type AbMetric,
  type IntervalContext,
  type VersionData,
} from "./metrics.js";

/** One metric compared between the baseline and one candidate. */
export interface Comparison {
  metric: AbMetric;
  baseline: string;
  candidate: string;
  /** Observations: baseline, then candidate. */
  samples: [number, number];
  baselineFigure?: Interval;
  candidateFigure?: Interval;
  /** candidate − baseline. */
  difference?: Interval;
  /** The interval of the difference excludes zero. */
  significant: boolean;
  /** When not significant: more observations per version to show a difference this large. */
  moreSamples?: number;
}

/** Compares every observed metric of each candidate with the baseline. */
export function compareVersions(
  versions: { baseline: VersionData; candidates: readonly VersionData[] },
  context: IntervalContext,
): Comparison[] {
  const { baseline, candidates } = versions;
  const metrics = observedMetrics([baseline, ...candidates]);
  return candidates.flatMap((candidate) =>
    metrics.map((metric): Comparison => {
      const samples: [number, number] = [
        metric.samples(baseline),
        metric.samples(candidate),
      ];
      const difference = metric.difference(baseline, candidate, context);
      const significant = difference
        ? difference.low > 0 || difference.high < 0
        : false;
      return {
        metric: metric.name,
        baseline: baseline.version,
        candidate: candidate.version,
        samples,
        baselineFigure: metric.single(baseline, context),
        candidateFigure: metric.single(candidate, context),
        difference,
        significant,
        moreSamples:
          difference && !significant
            ? moreSamplesNeeded({
                interval: difference,
                effect: difference.estimate,
                sizes: samples,
              })
            : undefined,
      };
    }),
  );
}
