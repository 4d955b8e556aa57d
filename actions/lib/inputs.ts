import { ConfigurationError } from "./errors.js";

/**
 * Reads one raw input by its public name (as in action.yml). Returns '' when unset, as the runner
 * does. The shell backs this with `core.getInput`; the CLI with its flags; tests with a map.
 */
export type InputSource = (name: string) => string;

/** An InputSource over a plain map, for the CLI and tests. */
export function mapInputs(
  values: Record<string, string | undefined>,
): InputSource {
  return (name) => (values[name] ?? "").trim();
}

/** The input's value, or a ConfigurationError naming it when it is empty. */
export function requiredInput(read: InputSource, name: string): string {
  const value = read(name).trim();
  if (value === "")
    throw new ConfigurationError(`input "${name}" is required but was empty`);
  return value;
}

/** The input's value, or undefined when it is empty. */
export function optionalInput(
  read: InputSource,
  name: string,
): string | undefined {
  const value = read(name).trim();
  return value === "" ? undefined : value;
}

/** Bounds for a number input. */
export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Parses a number and checks its bounds; `what` names it in the error. Never falls back silently. */
export function parseNumber(
  raw: string,
  what: string,
  rule: NumberRule = {},
): number {
  const text = raw.trim();
  const value = text === "" ? NaN : Number(text);
  if (!Number.isFinite(value)) {
    throw new ConfigurationError(`${what} must be a number, got "${raw}"`);
  }
  if (rule.integer && !Number.isInteger(value)) {
    throw new ConfigurationError(
      `${what} must be a whole number, got "${raw}"`,
    );
  }
  if (rule.min !== undefined && value < rule.min) {
    throw new ConfigurationError(
      `${what} must be at least ${rule.min}, got ${value}`,
    );
  }
  if (rule.max !== undefined && value > rule.max) {
    throw new ConfigurationError(
      `${what} must be at most ${rule.max}, got ${value}`,
    );
  }
  return value;
}

/** A number input, or `fallback` when it is empty. Bad text is an error, never the fallback. */
export function numberInput(
  read: InputSource,
  name: string,
  fallback: number | undefined,
  rule: NumberRule = {},
): number | undefined {
  const raw = optionalInput(read, name);
  if (raw === undefined) return fallback;
  return parseNumber(raw, `input "${name}"`, rule);
}

const TRUE = new Set(["true", "True", "TRUE", "yes", "1"]);
const FALSE = new Set(["false", "False", "FALSE", "no", "0"]);

/** Parses a YAML-1.2-style boolean; `what` names it in the error. */
export function parseBoolean(raw: string, what: string): boolean {
  const text = raw.trim();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new ConfigurationError(`${what} must be true or false, got "${raw}"`);
}

/** A boolean input, or `fallback` when it is empty. */
export function booleanInput(
  read: InputSource,
  name: string,
  fallback: boolean,
): boolean {
  const raw = optionalInput(read, name);
  return raw === undefined ? fallback : parseBoolean(raw, `input "${name}"`);
}

/**
 * Splits a list input on newlines (and commas when `commas` is set), trimming each item and
 * dropping blanks and `#` comment lines.
 */
export function parseList(
  raw: string,
  options: { commas?: boolean } = {},
): string[] {
  const splitter = options.commas ? /[\n,]/ : /\n/;
  return raw
    .split(splitter)
    .map((item) => item.trim())
    .filter((item) => item !== "" && !item.startsWith("#"));
}

/** A list input (see parseList). */
export function listInput(
  read: InputSource,
  name: string,
  options: { commas?: boolean } = {},
): string[] {
  return parseList(read(name), options);
}

/**
 * Parses `Key=Value` lines (or comma-separated pairs) into an ordered map. `what` names the input
 * in errors. A key given twice is an error, since one of the two would be silently lost.
 */
export function parseKeyValues(raw: string, what: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const item of parseList(raw)) {
    const eq = item.indexOf("=");
    const key = eq < 0 ? "" : item.slice(0, eq).trim();
    if (key === "") {
      throw new ConfigurationError(
        `${what}: "${item}" is not of the form Key=Value`,
      );
    }
    if (result.has(key))
      throw new ConfigurationError(`${what}: "${key}" is given twice`);
    result.set(key, item.slice(eq + 1).trim());
  }
  return result;
}
