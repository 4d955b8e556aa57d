import type { Metrics } from "../metrics-file.js";
import type { Rule } from "./rules.js";

/** Which way a metric should move. `neutral` metrics (row counts, supports) have no better side. */
export type Preference = "higher" | "lower" | "neutral";

/** One metric compared across baseline and candidate. */
export interface MetricDelta {
  metric: string;
  base?: number;
  value?: number;
  /** value − base, with float noise rounded away; absent when either side is missing. */
  delta?: number;
  /** The arrow: up, down or same; absent when either side is missing. */
  direction?: "up" | "down" | "same";
  preference: Preference;
  /** Whether the move is an improvement; `neutral` when there is no better side or no move. */
  change: "better" | "worse" | "neutral" | "new" | "removed";
}

// Names are matched on word-ish boundaries so `f1` does not match inside other words by accident.
const LOWER_IS_BETTER =
  /(^|[._\-/])(loss|error|err|mse|mae|rmse|mape|latency|time|duration|perplexity)|loss|error/i;
const HIGHER_IS_BETTER =
  /(^|[._\-/])(accuracy|acc|f1|precision|recall|auc|roc_auc|r2|score|map|ndcg|iou|dice|bleu|rouge|specificity|sensitivity)($|[._\-/])/i;

/**
 * Which way is better for a metric. Rules win (a `>=`/`>` bound means higher is better, `<=`/`<`
 * lower); otherwise names with loss/error/latency/time are lower-is-better, common quality scores
 * higher-is-better, and anything else (counts, supports) neutral.
 */
export function preferenceOf(
  metric: string,
  rules: readonly Rule[],
): Preference {
  const ruled = rules.filter((r) => r.metric === metric && r.op !== "==");
  // Delta rules say most directly which way a change is allowed to go.
  ruled.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "delta" ? -1 : 1));
  const first = ruled[0];
  if (first) return first.op.startsWith(">") ? "higher" : "lower";
  if (LOWER_IS_BETTER.test(metric)) return "lower";
  if (HIGHER_IS_BETTER.test(metric)) return "higher";
  return "neutral";
}

/** Rounds away float noise (0.95 − 0.94 = 0.010000000000000009) without hiding real change. */
export function cleanDelta(value: number): number {
  return Number(value.toPrecision(12));
}

function changeOf(
  delta: number,
  preference: Preference,
): MetricDelta["change"] {
  if (delta === 0 || preference === "neutral") return "neutral";
  return delta > 0 === (preference === "higher") ? "better" : "worse";
}

/**
 * Compares every metric: the candidate's in file order, then any the candidate dropped. Without
 * a baseline every metric is reported with its value only.
 */
export function computeDeltas(
  candidate: Metrics,
  baseline: Metrics | undefined,
  rules: readonly Rule[],
): MetricDelta[] {
  const names = [...candidate.keys()];
  for (const name of baseline?.keys() ?? []) {
    if (!candidate.has(name)) names.push(name);
  }
  return names.map((metric) => {
    const value = candidate.get(metric);
    const base = baseline?.get(metric);
    const preference = preferenceOf(metric, rules);
    if (value === undefined)
      return { metric, base, preference, change: "removed" };
    if (base === undefined) {
      return {
        metric,
        value,
        preference,
        change: baseline ? "new" : "neutral",
      };
    }
    const delta = cleanDelta(value - base);
    const direction = delta > 0 ? "up" : delta < 0 ? "down" : "same";
    return {
      metric,
      base,
      value,
      delta,
      direction,
      preference,
      change: changeOf(delta, preference),
    };
  });
}
