import { ConfigurationError } from "../errors.js";
import { formatNumber, type Metrics } from "../metrics-file.js";
import { cleanDelta } from "./deltas.js";

/** A comparison a rule can make. */
export type Operator = ">=" | "<=" | ">" | "<" | "==";

/** One parsed line of the `rules` input. */
export interface Rule {
  /** The line as written (trimmed), for messages. */
  text: string;
  /** 1-based line number in the input, so errors point at it. */
  line: number;
  metric: string;
  /** `absolute` bounds the candidate's value; `delta` bounds candidate minus baseline. */
  kind: "absolute" | "delta";
  op: Operator;
  threshold: number;
}

/** How one rule came out. */
export interface RuleResult {
  rule: Rule;
  status: "pass" | "fail" | "skipped";
  /** The number compared: the value, or the delta. */
  actual?: number;
  /** One sentence with the numbers, e.g. `delta -0.0333 (0.9 - 0.9333) is not >= -0.01`. */
  detail: string;
}

const OPERATORS: readonly Operator[] = [">=", "<=", "==", ">", "<"];
const RULE_SYNTAX = `expected "<metric> [delta] <op> <number>" with <op> one of ${OPERATORS.join(", ")}, e.g. "accuracy delta >= -0.01"`;
const RULE_PATTERN =
  /^([A-Za-z_][\w.\-/]*)(?:\s+(delta))?\s*(>=|<=|==|>|<)\s*(\S+)$/;

/**
 * Parses the multiline `rules` input. Blank lines and `#` comments are skipped; a bad line is a
 * ConfigurationError naming its line number.
 */
export function parseRules(raw: string): Rule[] {
  const rules: Rule[] = [];
  raw.split("\n").forEach((source, index) => {
    const text = source.trim();
    if (text === "" || text.startsWith("#")) return;
    const where = `rules line ${index + 1} ${JSON.stringify(text)}`;
    const match = RULE_PATTERN.exec(text);
    if (!match) throw new ConfigurationError(`${where}: ${RULE_SYNTAX}`);
    const [, metric = "", delta, op = "", number = ""] = match;
    const threshold = Number(number);
    if (!Number.isFinite(threshold)) {
      throw new ConfigurationError(
        `${where}: "${number}" is not a number; ${RULE_SYNTAX}`,
      );
    }
    rules.push({
      text,
      line: index + 1,
      metric,
      kind: delta ? "delta" : "absolute",
      op: op as Operator,
      threshold,
    });
  });
  return rules;
}

/**
 * Compares with a tolerance scaled to the numbers, so float noise such as
 * 0.95 - 0.96 = -0.010000000000000009 does not fail `delta >= -0.01`.
 */
export function compare(
  actual: number,
  op: Operator,
  threshold: number,
): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(threshold));
  const diff = actual - threshold;
  switch (op) {
    case ">=":
      return diff >= -eps;
    case "<=":
      return diff <= eps;
    case ">":
      return diff > eps;
    case "<":
      return diff < -eps;
    case "==":
      return Math.abs(diff) <= eps;
  }
}

const f = formatNumber;

/** Checks one rule against the candidate and (for delta rules) the baseline. */
export function evaluateRule(
  rule: Rule,
  candidate: Metrics,
  baseline: Metrics | undefined,
): RuleResult {
  const value = candidate.get(rule.metric);
  if (value === undefined) {
    return {
      rule,
      status: "fail",
      detail: `metric "${rule.metric}" is not in the candidate's metrics`,
    };
  }
  const bound = `${rule.op} ${f(rule.threshold)}`;
  if (rule.kind === "absolute") {
    const ok = compare(value, rule.op, rule.threshold);
    const verb = ok ? "is" : "is not";
    return {
      rule,
      status: ok ? "pass" : "fail",
      actual: value,
      detail: `${rule.metric} ${f(value)} ${verb} ${bound}`,
    };
  }
  if (baseline === undefined) {
    return { rule, status: "skipped", detail: "skipped: no baseline" };
  }
  const base = baseline.get(rule.metric);
  if (base === undefined) {
    return {
      rule,
      status: "skipped",
      detail: `skipped: "${rule.metric}" is not in the baseline`,
    };
  }
  const delta = cleanDelta(value - base);
  const ok = compare(delta, rule.op, rule.threshold);
  return {
    rule,
    status: ok ? "pass" : "fail",
    actual: delta,
    detail: `${rule.metric} delta ${signed(delta)} (${f(value)} − ${f(base)}) ${ok ? "is" : "is not"} ${bound}`,
  };
}

/** A number with an explicit sign, for deltas. */
export function signed(value: number): string {
  if (value === 0) return "±0";
  return value > 0 ? `+${f(value)}` : `−${f(-value)}`;
}
