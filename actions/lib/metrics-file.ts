import { readFileSync, statSync } from "node:fs";
import { ConfigurationError } from "./errors.js";
import { parseJsonText } from "./json-text.js";

/** Metrics flattened to `a.b` keys, in the order they appear in the file. */
export type Metrics = Map<string, number>;

// Python's json.dump writes NaN/Infinity for non-finite floats, which JSON.parse rejects with an
// unhelpful position. They are swapped for a marker string first, so the error can name the key.
const NON_FINITE_MARK = "\u0000modelship-non-finite:";
const NON_FINITE = /^(?:NaN|-?Infinity)/;

function markNonFinite(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === "\\") out += text[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    const token = NON_FINITE.exec(text.slice(i, i + 9))?.[0];
    if (token && !inString) {
      out += JSON.stringify(NON_FINITE_MARK + token);
      i += token.length - 1;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Largest metrics file read: DVC metrics are small, and a huge one would stall the gate. */
export const MAX_METRICS_BYTES = 4 * 1024 * 1024;
/** Deepest nesting accepted: deeper means a generated file, not metrics. */
export const MAX_METRICS_DEPTH = 32;

/** A short, safe rendering of a value for an error message (never the whole of a huge one). */
function shorten(text: string, max = 60): string {
  return text.length > max
    ? `${text.slice(0, max)}… (${text.length} characters)`
    : text;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string" && value.startsWith(NON_FINITE_MARK))
    return value.slice(NON_FINITE_MARK.length);
  if (typeof value === "string")
    return `the string ${shorten(JSON.stringify(value))}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${shorten(JSON.stringify(value) ?? String(value))}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function flattenInto(
  value: Record<string, unknown>,
  prefix: string,
  out: Metrics,
  source: string,
  depth = 1,
): void {
  if (depth > MAX_METRICS_DEPTH) {
    throw new ConfigurationError(
      `${source}: key "${shorten(prefix, 120)}" is nested more than ${MAX_METRICS_DEPTH} levels deep`,
    );
  }
  for (const [key, child] of Object.entries(value)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (key === "") {
      throw new ConfigurationError(
        `${source}: key ${JSON.stringify(path)} has an empty name`,
      );
    }
    if (isPlainObject(child)) {
      if (Object.keys(child).length === 0) {
        throw new ConfigurationError(
          `${source}: key "${path}" is an empty object; every leaf must be a number`,
        );
      }
      flattenInto(child, path, out, source, depth + 1);
    } else if (typeof child === "number" && Number.isFinite(child)) {
      if (out.has(path)) {
        throw new ConfigurationError(
          `${source}: key "${path}" is given twice (once nested, once with a dot in its name)`,
        );
      }
      out.set(path, child);
    } else {
      throw new ConfigurationError(
        `${source}: key "${shorten(path, 120)}" must be a number, got ${describeValue(child)}`,
      );
    }
  }
}

/**
 * Flattens a parsed DVC-style metrics object (leaves are numbers, nested objects addressed as
 * `a.b`). `source` names the file (or row) in errors.
 */
export function flattenMetrics(value: unknown, source: string): Metrics {
  if (!isPlainObject(value)) {
    throw new ConfigurationError(
      `${source}: metrics must be a JSON object of numbers, got ${describeValue(value)}`,
    );
  }
  const out: Metrics = new Map();
  flattenInto(value, "", out, source);
  if (out.size === 0)
    throw new ConfigurationError(`${source}: the metrics object is empty`);
  return out;
}

/** Parses metrics JSON text; `source` names the file in errors. */
export function parseMetrics(text: string, source: string): Metrics {
  if (text.length > MAX_METRICS_BYTES)
    throw new ConfigurationError(
      `${source} is ${text.length} characters; metrics may be at most ${MAX_METRICS_BYTES}`,
    );
  // Only text that mentions NaN or Infinity needs the (character by character) marking pass.
  const marked = /NaN|Infinity/.test(text) ? markNonFinite(text) : text;
  const parsed = parseJsonText(marked, source);
  return flattenMetrics(parsed, source);
}

/**
 * Reads and flattens a metrics file of at most MAX_METRICS_BYTES, naming the file (and `what`,
 * the input it came from) in every error. Synchronous: metrics files are small, and callers
 * validate inputs before any side effect.
 */
export function readMetricsFileSync(
  file: string,
  what = "metrics file",
): Metrics {
  const source = `${what} "${file}"`;
  let text: string;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new ConfigurationError(`${source} is not a file`);
    if (info.size > MAX_METRICS_BYTES)
      throw new ConfigurationError(
        `${source} is ${info.size} bytes; a metrics file may be at most ${MAX_METRICS_BYTES}`,
      );
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "does not exist"
        : `could not be read (${code ?? "error"})`;
    throw new ConfigurationError(`${source} ${why}`);
  }
  return parseMetrics(text, source);
}

/** readMetricsFileSync, for callers that await. */
export async function readMetricsFile(
  file: string,
  what?: string,
): Promise<Metrics> {
  return readMetricsFileSync(file, what);
}

/** The metrics as a plain object, for JSON outputs. */
export function metricsToObject(metrics: Metrics): Record<string, number> {
  return Object.fromEntries(metrics);
}

/**
 * Formats a metric for tables: integers as they are, others to four significant digits, so
 * 0.933333 reads 0.9333 and 1234.56 reads 1234.6.
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (Math.abs(value) >= 1000) return value.toFixed(1);
  return String(Number(value.toPrecision(4)));
}

/** Renders metrics as a two-column markdown table. */
export function metricsTable(metrics: Metrics): string {
  const rows = [...metrics].map(
    ([key, value]) => `| \`${key}\` | ${formatNumber(value)} |`,
  );
  return ["| Metric | Value |", "| --- | ---: |", ...rows].join("\n");
}
