/**
 * The service contract as the gateway reads it: a predict request carries one `input` or a batch
 * of `inputs`; the answer carries `prediction` or `predictions`, each a classifier's `label` and
 * `probabilities`, a regressor's numeric `value`, or anything else (kept whole as `output`).
 * The gateway logs what it understood and adds `request_id` and `model_version` to answers that
 * lack them. A model that follows no part of the contract still gets its bodies logged whole.
 */
import type { PredictionRow } from "../predictions/rows.js";

/**
 * Set to `true` in a model server's environment when a modelship gateway in front of it logs its
 * predictions (the local target and the version template with a gateway set it). A server that
 * can log by itself, like the example service, leaves the log to the gateway then: one writer,
 * one row per prediction, under the request id the client got.
 */
export const GATEWAY_IN_FRONT_ENV = "MODELSHIP_GATEWAY";

/** The items of one predict request. */
export interface RequestItems {
  /** True for `{"inputs": [...]}`. */
  batch: boolean;
  /** Each item's inputs (the whole body, for a body outside the contract). */
  features: unknown[];
}

/** The output columns of one predicted item. */
export type OutputColumns = Pick<
  PredictionRow,
  "label" | "probabilities" | "value" | "output"
>;

/** Longest request id the gateway accepts from a client or a router in front of it. */
export const MAX_REQUEST_ID = 128;
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** True when `raw` may serve as a request id: 1-128 letters, digits, `.`, `_`, `:`, `-`. */
export function isRequestId(raw: unknown): raw is string {
  return (
    typeof raw === "string" &&
    raw.length <= MAX_REQUEST_ID &&
    REQUEST_ID.test(raw)
  );
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The items of a parsed request body. */
export function requestItems(body: unknown): RequestItems {
  if (isObject(body)) {
    if (Array.isArray(body.inputs) && body.input === undefined)
      return { batch: true, features: body.inputs };
    if (body.input !== undefined && body.inputs === undefined)
      return { batch: false, features: [body.input] };
  }
  return { batch: false, features: [body] };
}

const IDENTITY = new Set(["request_id", "model_version"]);

/** The body without the identity fields: what a model outside the contract answered. */
function withoutIdentity(body: unknown): unknown {
  return isObject(body) ? fieldsBeyondIdentity(body) : body;
}

function fieldsBeyondIdentity(
  body: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([key]) => !IDENTITY.has(key)),
  );
}

/**
 * Each item's prediction in an answer: `predictions[i]` for a batch, `prediction` for one input.
 * An answer outside the contract is every item's prediction, whole.
 */
export function predictionsOf(
  body: unknown,
  items: RequestItems,
): (unknown | undefined)[] {
  const count = items.features.length;
  if (isObject(body)) {
    const { predictions } = body;
    if (items.batch && Array.isArray(predictions))
      return Array.from({ length: count }, (_, i): unknown => predictions[i]);
    if (!items.batch && body.prediction !== undefined) return [body.prediction];
  }
  const whole = withoutIdentity(body);
  return Array.from({ length: count }, () => whole);
}

function numberMap(value: unknown): Record<string, number> | undefined {
  if (!isObject(value)) return undefined;
  for (const p of Object.values(value))
    if (typeof p !== "number" || !Number.isFinite(p)) return undefined;
  return value as Record<string, number>;
}

const KNOWN = new Set(["label", "probabilities", "value"]);

/**
 * The columns of one prediction: a string `label` (with `probabilities` when they are a map of
 * numbers), a finite numeric `value`, or else the prediction whole as `output`. A prediction
 * with fields beyond those also keeps them whole in `output`, so nothing it said is lost.
 */
export function outputColumns(prediction: unknown): OutputColumns {
  if (typeof prediction === "string") return { label: prediction };
  if (typeof prediction === "number" && Number.isFinite(prediction))
    return { value: prediction };
  if (!isObject(prediction)) return { output: prediction ?? undefined };
  const columns: OutputColumns = {};
  if (typeof prediction.label === "string") {
    columns.label = prediction.label;
    columns.probabilities = numberMap(prediction.probabilities);
  }
  if (typeof prediction.value === "number" && Number.isFinite(prediction.value))
    columns.value = prediction.value;
  const understood = columns.label !== undefined || columns.value !== undefined;
  const extra = Object.keys(prediction).some((key) => !KNOWN.has(key));
  if (!understood || extra) columns.output = prediction;
  return columns;
}

/** What one exchange's rows are made of. */
export interface ExchangeRecord {
  requestId: string;
  version: string;
  items: RequestItems;
  /** The parsed answer. */
  answer: unknown;
  receivedAt: Date;
  predictedAt: Date;
  latencyMs: number;
}

/** One row per item of the request, keyed (request id, item index). */
export function rowsOf(exchange: ExchangeRecord): PredictionRow[] {
  const predictions = predictionsOf(exchange.answer, exchange.items);
  return exchange.items.features.map((features, item) => ({
    requestId: exchange.requestId,
    item,
    receivedAt: exchange.receivedAt,
    // The column is NOT NULL, and COPY's NULL is all JSON null could become: log it as {}.
    features: features ?? {},
    predictedAt: exchange.predictedAt,
    modelVersion: exchange.version,
    ...outputColumns(predictions[item]),
    latencyMs: exchange.latencyMs,
  }));
}

/**
 * The answer with the gateway's request id and, when it has none, the version: undefined when
 * the body already says both (so its bytes pass unchanged). The gateway's id wins over one the
 * model made up, so the id the client sees is the one the logs, the shadow and feedback use.
 */
export function identified(
  answer: unknown,
  requestId: string,
  version: string,
): Record<string, unknown> | undefined {
  if (!isObject(answer)) return undefined;
  const hasVersion = typeof answer.model_version === "string";
  if (answer.request_id === requestId && hasVersion) return undefined;
  return {
    request_id: requestId,
    model_version: hasVersion ? answer.model_version : version,
    ...fieldsBeyondIdentity(answer),
  };
}

/** The version an answer names, else the gateway's. */
export function answerVersion(answer: unknown, version: string): string {
  return isObject(answer) && typeof answer.model_version === "string"
    ? answer.model_version
    : version;
}
