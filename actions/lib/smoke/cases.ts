import { readFileSync, statSync } from "node:fs";
import { ConfigurationError } from "../errors.js";
import { parseJsonText } from "../json-text.js";

/** One smoke case: an input the model must label as `label`. */
export interface SmokeCase {
  name: string;
  input: Record<string, number>;
  label: string;
}

/** More cases than this is a load test, not a smoke test; it also bounds the time step 2 takes. */
export const MAX_CASES = 1000;
const FIELDS = new Set(["name", "input", "label"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function parseInput(
  value: unknown,
  where: string,
  fail: (m: string) => never,
): Record<string, number> {
  if (!isObject(value)) {
    fail(
      `${where}: field "input" must be an object of feature numbers, got ${shown(value)}`,
    );
  }
  const entries = Object.entries(value);
  if (entries.length === 0) fail(`${where}: field "input" has no features`);
  for (const [feature, x] of entries) {
    if (typeof x !== "number" || !Number.isFinite(x)) {
      fail(
        `${where}: field "input.${feature}" must be a finite number, got ${shown(x)}`,
      );
    }
  }
  return value as Record<string, number>;
}

function parseCase(
  raw: unknown,
  index: number,
  fail: (m: string) => never,
): SmokeCase {
  const where = `case ${index}`;
  if (!isObject(raw)) fail(`${where} must be an object, got ${shown(raw)}`);
  const named =
    typeof raw.name === "string" && raw.name.trim() !== ""
      ? `${where} ("${raw.name}")`
      : where;
  for (const key of Object.keys(raw)) {
    if (!FIELDS.has(key)) {
      fail(`${named}: unknown field "${key}" (allowed: name, input, label)`);
    }
  }
  if (typeof raw.name !== "string" || raw.name.trim() === "") {
    fail(
      `${where}: field "name" must be a non-empty string, got ${shown(raw.name)}`,
    );
  }
  if (typeof raw.label !== "string" || raw.label.trim() === "") {
    fail(
      `${named}: field "label" must be a non-empty string, got ${shown(raw.label)}`,
    );
  }
  return {
    name: raw.name,
    input: parseInput(raw.input, named, fail),
    label: raw.label,
  };
}

/**
 * Validates the text of a cases file: a JSON array of `{ name, input: { feature: number }, label }`.
 * Errors name the file, the case index (from 0) and the field, so the fix is one look away.
 */
export function parseCases(text: string, source: string): SmokeCase[] {
  const fail = (message: string): never => {
    throw new ConfigurationError(`cases file ${source}: ${message}`);
  };
  const data = parseJsonText(text, `cases file ${source}`);
  if (!Array.isArray(data))
    fail(`must be a JSON array of cases, got ${shown(data)}`);
  const list = data as unknown[];
  if (list.length === 0) fail("has no cases");
  if (list.length > MAX_CASES)
    fail(`has ${list.length} cases (max ${MAX_CASES})`);
  const cases = list.map((raw, i) => parseCase(raw, i, fail));
  const seen = new Map<string, number>();
  cases.forEach((c, i) => {
    const first = seen.get(c.name);
    if (first !== undefined) {
      fail(`case ${i}: field "name" repeats "${c.name}" of case ${first}`);
    }
    seen.set(c.name, i);
  });
  return cases;
}

/** Largest cases file read: a thousand cases fit in far less. */
export const MAX_CASES_BYTES = 1024 * 1024;

/** Reads (at most MAX_CASES_BYTES) and validates a cases file (see parseCases). */
export function loadCases(file: string): SmokeCase[] {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_CASES_BYTES)
      throw new ConfigurationError(
        `cases file ${file} is ${size} bytes; a cases file may be at most ${MAX_CASES_BYTES}`,
      );
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new ConfigurationError(`cases file ${file} cannot be read (${code})`);
  }
  return parseCases(text, file);
}
