/**
 * Judging A/B rules with intervals: a rule passes when its whole interval lies on the good side of
 * the bound, fails when the whole interval lies on the wrong side, and is otherwise open — too few
 * observations to tell, with an estimate of how many more would.
 */
import { compare, signed } from "../gate/rules.js";
import { formatNumber } from "../metrics-file.js";
import { moreSamplesNeeded, type Interval } from "./intervals.js";
import { METRICS, type IntervalContext, type VersionData } from "./metrics.js";
import type { AbRule } from "./rules.js";

/** How one rule came out for one candidate. */
export type RuleStatus = "pass" | "fail" | "inconclusive" | "insufficient";

/** One rule judged for one candidate version. */
export interface RuleVerdict {
  rule: AbRule;
  candidate: string;
  /** The version a delta rule compares with. */
  baseline?: string;
  status: RuleStatus;
  /** The candidate's figure (absolute rules) or the difference (delta rules), with its interval. */
  interval?: Interval;
  /** Observations per version involved, baseline first for delta rules. */
  samples: number[];
  /** More observations per version that would likely settle an open rule (80% power). */
  moreSamples?: number;
  /** One sentence with the numbers. */
  detail: string;
}

/** What judging needs besides the data. */
export interface JudgeContext extends IntervalContext {
  /** Below this many observations of a metric in any version involved, a rule stays open. */
  minSamples: number;
}

/** The figures of an interval, e.g. `−0.004 [−0.012, +0.004]`. */
export function formatInterval(interval: Interval, delta: boolean): string {
  const show = delta ? signed : formatNumber;
  return `${show(interval.estimate)} [${show(interval.low)}, ${show(interval.high)}]`;
}

/** Whether the interval is wholly on the good side, wholly on the wrong side, or straddles. */
function side(rule: AbRule, interval: Interval): "pass" | "fail" | "open" {
  const upward = rule.op === ">=" || rule.op === ">";
  const worst = upward ? interval.low : interval.high;
  const best = upward ? interval.high : interval.low;
  if (compare(worst, rule.op, rule.threshold)) return "pass";
  if (!compare(best, rule.op, rule.threshold)) return "fail";
  return "open";
}

function describe(rule: AbRule, interval: Interval, status: RuleStatus) {
  const level = `${formatNumber(rule.level * 100)}%`;
  const figure = `${rule.metric}${rule.kind === "delta" ? " delta" : ""} ${formatInterval(interval, rule.kind === "delta")} at ${level}`;
  const bound = `${rule.op} ${formatNumber(rule.threshold)}`;
  if (status === "pass") return `${figure}: the whole interval is ${bound}`;
  if (status === "fail")
    return `${figure}: no part of the interval is ${bound}`;
  return `${figure}: the interval straddles ${bound}`;
}

function insufficient(
  base: Omit<RuleVerdict, "status" | "detail">,
  needed: number,
): RuleVerdict {
  const fewest = Math.min(...base.samples);
  return {
    ...base,
    status: "insufficient",
    moreSamples: Math.max(1, needed - fewest),
    detail: `${base.rule.metric}: ${fewest} observation(s), ${needed} needed`,
  };
}

/** Judges one rule for one candidate against the baseline. */
export function judgeRule(
  rule: AbRule,
  pair: { baseline: VersionData; candidate: VersionData },
  context: JudgeContext,
): RuleVerdict {
  const metric = METRICS[rule.metric];
  const delta = rule.kind === "delta";
  const involved = delta ? [pair.baseline, pair.candidate] : [pair.candidate];
  const base = {
    rule,
    candidate: pair.candidate.version,
    baseline: delta ? pair.baseline.version : undefined,
    samples: involved.map((data) => metric.samples(data)),
  };
  const minimum = Math.max(1, context.minSamples);
  if (Math.min(...base.samples) < minimum) return insufficient(base, minimum);
  const ruleContext = { ...context, level: rule.level };
  const interval = delta
    ? metric.difference(pair.baseline, pair.candidate, ruleContext)
    : metric.single(pair.candidate, ruleContext);
  if (!interval) return insufficient(base, Math.max(2, minimum));
  const verdict = side(rule, interval);
  const status: RuleStatus = verdict === "open" ? "inconclusive" : verdict;
  const moreSamples =
    status === "inconclusive"
      ? moreSamplesNeeded({
          interval,
          effect: interval.estimate - rule.threshold,
          sizes: base.samples,
        })
      : undefined;
  return {
    ...base,
    status,
    interval,
    moreSamples,
    detail: describe(rule, interval, status),
  };
}

/** Every rule for every candidate against the baseline. */
export function judgeRules(
  rules: readonly AbRule[],
  versions: { baseline: VersionData; candidates: readonly VersionData[] },
  context: JudgeContext,
): RuleVerdict[] {
  return versions.candidates.flatMap((candidate) =>
    rules.map((rule) =>
      judgeRule(rule, { baseline: versions.baseline, candidate }, context),
    ),
  );
}

/** Where a set of verdicts stands: decided (passed or failed), or still open. */
export interface Standing {
  decided: boolean;
  passed: boolean;
  failed: RuleVerdict[];
  open: RuleVerdict[];
}

/** A failed rule decides at once; otherwise every rule must pass, or the test stays open. */
export function standingOf(verdicts: readonly RuleVerdict[]): Standing {
  const failed = verdicts.filter((v) => v.status === "fail");
  const open = verdicts.filter(
    (v) => v.status === "inconclusive" || v.status === "insufficient",
  );
  return {
    decided: failed.length > 0 || open.length === 0,
    passed: failed.length === 0 && open.length === 0,
    failed,
    open,
  };
}
