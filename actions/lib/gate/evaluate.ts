import type { Metrics } from "../metrics-file.js";
import { computeDeltas, type MetricDelta } from "./deltas.js";
import { evaluateRule, type Rule, type RuleResult } from "./rules.js";

/** One earlier measurement, for the chart. */
export interface HistoryPoint {
  /** Short x-axis label: a version, or a file's name. */
  label: string;
  metrics: Metrics;
}

/** Everything the gate compares, already loaded and validated. */
export interface GateInput {
  candidate: Metrics;
  /** What the candidate is compared with; absent when there is none. */
  baseline?: { label: string; metrics: Metrics };
  /** Why there is no baseline, when there is none (shown in the report). */
  noBaselineReason?: string;
  rules: readonly Rule[];
  /** Earlier points, oldest first, for the chart (the candidate is added as the last point). */
  history: readonly HistoryPoint[];
}

/** The verdict and everything needed to explain it. */
export interface GateResult {
  passed: boolean;
  results: RuleResult[];
  failed: RuleResult[];
  skipped: RuleResult[];
  deltas: MetricDelta[];
  input: GateInput;
}

/**
 * Applies every rule and computes every delta. Pure: the same input always gives the same
 * verdict. Skipped delta rules (no baseline) never count as passed or failed.
 */
export function evaluateGate(input: GateInput): GateResult {
  const baseline = input.baseline?.metrics;
  const results = input.rules.map((rule) =>
    evaluateRule(rule, input.candidate, baseline),
  );
  const failed = results.filter((r) => r.status === "fail");
  return {
    passed: failed.length === 0,
    results,
    failed,
    skipped: results.filter((r) => r.status === "skipped"),
    deltas: computeDeltas(input.candidate, baseline, input.rules),
    input,
  };
}

/** The `deltas` output: one entry per metric, keyed by its `a.b` name. */
export function deltasOutput(
  deltas: readonly MetricDelta[],
): Record<string, Omit<MetricDelta, "metric">> {
  return Object.fromEntries(
    deltas.map(({ metric, ...rest }) => [metric, rest]),
  );
}
