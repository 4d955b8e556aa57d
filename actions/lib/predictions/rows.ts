/**
 * One logged prediction item and its encoding. Rows are encoded once, when they are logged, into
 * the text format of PostgreSQL's COPY: the same bytes go into the journal and into COPY, so a
 * replay never re-encodes and the journal needs no format of its own.
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

/** Inputs-table columns, in the order the staging table holds them. */
export const INPUT_COLUMNS = [
  "request_id",
  "item",
  "received_at",
  "features",
] as const;

/** Outputs-table columns. */
export const OUTPUT_COLUMNS = [
  "request_id",
  "item",
  "predicted_at",
  "model_version",
  "label",
  "probabilities",
  "value",
  "output",
  "latency_ms",
] as const;

/** Every column of one encoded line, with its type: the COPY staging table's definition. */
export const STAGING_COLUMNS: readonly (readonly [string, string])[] = [
  ["request_id", "text"],
  ["item", "integer"],
  ["received_at", "timestamptz"],
  ["features", "jsonb"],
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

/** One row as a COPY text line, ending in a newline. */
export function encodeRow(row: PredictionRow): string {
  return (
    `${copyText(row.requestId)}\t${row.item}\t${row.receivedAt.toISOString()}\t` +
    `${copyJson(row.features)}\t${row.predictedAt.toISOString()}\t` +
    `${copyText(row.modelVersion)}\t` +
    `${row.label === undefined || row.label === null ? NULL : copyText(row.label)}\t` +
    `${copyJson(row.probabilities)}\t${copyNumber(row.value)}\t${copyJson(row.output)}\t` +
    `${copyNumber(row.latencyMs)}\n`
  );
}

/** A request's rows as COPY text lines. Throws on an invalid date (a bug of the caller). */
export function encodeRows(rows: readonly PredictionRow[]): string {
  let text = "";
  for (const row of rows) {
    if (!Number.isInteger(row.item))
      throw new RangeError(`prediction row item must be an integer`);
    text += encodeRow(row);
  }
  return text;
}
