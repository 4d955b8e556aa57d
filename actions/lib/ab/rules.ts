/**
 * A/B rules: the accuracy gate's rule syntax (parsed by the gate's own parser) plus an optional
 * confidence level, e.g. `online_accuracy delta >= -0.01 at 95%` or `p95_latency_ms delta <= 5`.
 */
import { ConfigurationError } from "../errors.js";
import { parseNumber } from "../inputs.js";
import { parseRules, type Rule } from "../gate/rules.js";
import { AB_METRICS, type AbMetric } from "./metrics.js";

/** One A/B rule. */
export interface AbRule extends Rule {
  metric: AbMetric;
  /** Confidence level in (0, 1): the rule passes when the whole interval at it is on the good side. */
  level: number;
}

const LEVEL_SUFFIX = /\s+at\s+(\S+?)\s*%\s*$/;
const SYNTAX = `an A/B rule is "<metric> [delta] <op> <number> [at <level>%]", e.g. "online_accuracy delta >= -0.01 at 95%"`;

/**
 * Parses a confidence level: a percentage (`95`, `95%`) or a fraction (`0.95`), from 50% to
 * 99.99%. `what` names the input or rule in errors.
 */
export function parseLevel(raw: string, what: string): number {
  const text = raw.trim().replace(/%$/, "");
  const value = parseNumber(text, what, { min: 0 });
  const level = value > 1 ? value / 100 : value;
  if (!(level >= 0.5 && level <= 0.9999))
    throw new ConfigurationError(
      `${what} must be a confidence level from 50% to 99.99% (e.g. 95 or 0.95), got "${raw.slice(0, 20)}"`,
    );
  return level;
}

/** Splits off each line's `at NN%`, keeping the line numbers the gate's parser reports. */
function splitLevels(
  raw: string,
  fallback: number,
): {
  lines: string;
  levels: Map<number, number>;
} {
  const levels = new Map<number, number>();
  const lines = raw.split("\n").map((line, index) => {
    const comment = line.trim().startsWith("#");
    const match = comment ? null : LEVEL_SUFFIX.exec(line);
    const where = `rules line ${index + 1} ${JSON.stringify(line.trim())}`;
    levels.set(index + 1, match ? parseLevel(match[1] ?? "", where) : fallback);
    return match ? line.slice(0, match.index) : line;
  });
  return { lines: lines.join("\n"), levels };
}

function checkRule(rule: Rule): void {
  const where = `rules line ${rule.line} ${JSON.stringify(rule.text)}`;
  if (!(AB_METRICS as readonly string[]).includes(rule.metric))
    throw new ConfigurationError(
      `${where}: unknown metric "${rule.metric}"; an A/B rule names one of ${AB_METRICS.join(", ")}`,
    );
  if (rule.op === "==")
    throw new ConfigurationError(
      `${where}: "==" cannot be shown with confidence; use >=, <=, > or <`,
    );
}

/**
 * Parses the multiline A/B `rules` input: blank lines and `#` comments are skipped, a line
 * without `at NN%` takes `defaultLevel`, and a bad line is a ConfigurationError naming it.
 */
export function parseAbRules(raw: string, defaultLevel: number): AbRule[] {
  const { lines, levels } = splitLevels(raw, defaultLevel);
  let rules: Rule[];
  try {
    rules = parseRules(lines);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    throw new ConfigurationError(`${error.message} (${SYNTAX})`);
  }
  return rules.map((rule) => {
    checkRule(rule);
    const level = levels.get(rule.line) ?? defaultLevel;
    const text = raw.split("\n")[rule.line - 1]?.trim() ?? rule.text;
    return { ...rule, text, metric: rule.metric as AbMetric, level };
  });
}
