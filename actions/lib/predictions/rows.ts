/**
 * One logged prediction item and its encoding. Rows are encoded once, when they are logged, into
 * the text format of PostgreSQL's COPY, one text per table: the same bytes go into the journal and
 * into COPY, so a replay never re-encodes and the journal needs no format of its own.
 */

/**
 * One predicted item: its inputs row and its outputs row share (requestId, item). Classifiers
 * fill `label` and `probabilities`, regressors `value`, and any other model `output` (JSON); the
 * columns a model does not use stay NULL.
 */
export interface PredictionRow {
  requestId: string;
  /** The item's index in its request (0 for a single input). */
  item: number;
  receivedAt: Date;
  /** The item's inputs, as JSON (stored as jsonb). */
  features: unknown;
  predictedAt: Date;
  modelVersion: string;
  label?: string;
  probabilities?: Record<string, number>;
  value?: number;
  /** Any JSON output, for models that are neither classifiers nor regressors. */
  output?: unknown;
  latencyMs: number;
}

/** A column and its type. */
export type Column = readonly [name: string, type: string];

/** The inputs table's columns, in the order of the encoded lines. */
export const INPUT_COLUMNS: readonly Column[] = [
  ["request_id", "text"],
  ["item", "integer"],
  ["received_at", "timestamptz"],
  ["features", "jsonb"],
];

/** The outputs table's columns, in the order of the encoded lines. */
export const OUTPUT_COLUMNS: readonly Column[] = [
  ["request_id", "text"],
  ["item", "integer"],
  ["predicted_at", "timestamptz"],
  ["model_version", "text"],
  ["label", "text"],
  ["probabilities", "jsonb"],
  ["value", "double precision"],
  ["output", "jsonb"],
  ["latency_ms", "double precision"],
];

const NULL = "\\N";
const SPECIAL = /[\\\t\n\r\0]/;
const SPECIALS = /[\\\t\n\r\0]/g;
const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
  // PostgreSQL text cannot hold NUL: keep the row, mark the character.
  "\0": "\uFFFD",
};

/** A text value in COPY's text format: backslash, tab, newline and CR escaped. */
export function copyText(value: string): string {
  return SPECIAL.test(value)
    ? value.replace(SPECIALS, (c) => ESCAPES[c] as string)
    : value;
}

// A JSON \u0000 escape (jsonb refuses it) that is not itself an escaped backslash.
const JSON_NUL = /(?<!\\)((?:\\\\)*)\\u0000/g;

/**
 * A JSON value in COPY's text format, or NULL for undefined/null. JSON.stringify never emits raw
 * tabs or newlines, so only backslashes need doubling.
 */
export function copyJson(value: unknown): string {
  if (value === undefined || value === null) return NULL;
  let json = JSON.stringify(value) as string | undefined;
  if (json === undefined) return NULL;
  if (json.includes("\\u0000")) json = json.replace(JSON_NUL, "$1\\ufffd");
  return json.includes("\\") ? json.replaceAll("\\", "\\\\") : json;
}

function copyNumber(value: number | undefined): string {
  // float8 accepts NaN and ±Infinity spelled as JavaScript spells them.
  return value === undefined || value === null ? NULL : String(value);
}

/** A request's rows in COPY's text format: the inputs table's lines and the outputs table's. */
export interface EncodedRows {
  inputs: string;
  outputs: string;
}

/** Encodes a request's rows. Throws on an invalid date or item (a bug of the caller). */
export function encodeRows(rows: readonly PredictionRow[]): EncodedRows {
  let inputs = "";
  let outputs = "";
  for (const row of rows) {
    if (!Number.isInteger(row.item))
      throw new RangeError(`prediction row item must be an integer`);
    const key = `${copyText(row.requestId)}\t${row.item}\t`;
    const label =
      row.label === undefined || row.label === null
        ? NULL
        : copyText(row.label);
    inputs += `${key}${row.receivedAt.toISOString()}\t${copyJson(row.features)}\n`;
    outputs +=
      `${key}${row.predictedAt.toISOString()}\t${copyText(row.modelVersion)}\t${label}\t` +
      `${copyJson(row.probabilities)}\t${copyNumber(row.value)}\t${copyJson(row.output)}\t` +
      `${copyNumber(row.latencyMs)}\n`;
  }
  return { inputs, outputs };
}
