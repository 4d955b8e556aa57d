import { readFile } from "node:fs/promises";
import { ConfigurationError, errorMessage } from "./errors.js";

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

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string" && value.startsWith(NON_FINITE_MARK))
    return value.slice(NON_FINITE_MARK.length);
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function flattenInto(
  value: Record<string, unknown>,
  prefix: string,
  out: Metrics,
  source: string,
): void {
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
      flattenInto(child, path, out, source);
    } else if (typeof child === "number" && Number.isFinite(child)) {
      if (out.has(path)) {
        throw new ConfigurationError(
          `${source}: key "${path}" is given twice (once nested, once with a dot in its name)`,
        );
      }
      out.set(path, child);
    } else {
      throw new ConfigurationError(
        `${source}: key "${path}" must be a number, got ${describeValue(child)}`,
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(markNonFinite(text));
  } catch (error) {
    throw new ConfigurationError(
      `${source}: not valid JSON (${errorMessage(error)})`,
    );
  }
  return flattenMetrics(parsed, source);
}

/** Reads and flattens a metrics file, naming the file in every error. */
export async function readMetricsFile(file: string): Promise<Metrics> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "does not exist"
        : `could not be read (${errorMessage(error)})`;
    throw new ConfigurationError(`metrics file "${file}" ${why}`);
  }
  return parseMetrics(text, `metrics file "${file}"`);
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
