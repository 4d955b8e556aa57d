/**
 * Feedback: a client reports the true outcome of a request it got an answer for, as
 * `{"request_id": ..., "label": ...}` (classifiers) or `{"request_id": ..., "value": ...}`
 * (regressors), with `item` for one item of a batch (default 0). It is stored in
 * `predictions.feedback` with the version that served the request. The load balancer may send it
 * to any version's gateway, so the lookup spans the app's serving versions' output tables.
 */
import type { Queryable } from "../db/pool.js";
import {
  DEFAULT_ENVIRONMENT,
  parseVersion,
  PREDICTION_SCHEMA,
  qualified,
} from "../version.js";
import { isObject, isRequestId } from "./contract.js";

/** A feedback body, checked. */
export interface Feedback {
  requestId: string;
  item: number;
  label?: string;
  value?: number;
}

/** Longest label accepted. */
export const MAX_FEEDBACK_LABEL = 1000;
/** Largest item index accepted. */
export const MAX_FEEDBACK_ITEM = 100_000;

/** Checks a parsed body; returns the problem, for a 400, when it is not valid feedback. */
export function parseFeedback(body: unknown): Feedback | string {
  if (!isObject(body)) return "the body must be a JSON object";
  const extra = Object.keys(body).filter(
    (key) => !["request_id", "item", "label", "value"].includes(key),
  );
  if (extra.length > 0)
    return `${extra[0]?.slice(0, 40)} is not allowed (expected request_id, item, and label or value)`;
  if (!isRequestId(body.request_id))
    return "request_id must be the id a prediction answered with (1-128 letters, digits, . _ : -)";
  const item = body.item ?? 0;
  if (
    !Number.isInteger(item) ||
    (item as number) < 0 ||
    (item as number) > MAX_FEEDBACK_ITEM
  )
    return `item must be a whole number from 0 to ${MAX_FEEDBACK_ITEM}`;
  const { label, value } = body;
  if ((label === undefined) === (value === undefined))
    return "give exactly one of label (a classifier's outcome) or value (a regressor's)";
  if (
    label !== undefined &&
    (typeof label !== "string" ||
      label === "" ||
      label.length > MAX_FEEDBACK_LABEL)
  )
    return `label must be a non-empty string of at most ${MAX_FEEDBACK_LABEL} characters`;
  if (
    value !== undefined &&
    (typeof value !== "number" || !Number.isFinite(value))
  )
    return "value must be a finite number";
  return {
    requestId: body.request_id,
    item: item as number,
    ...(label !== undefined ? { label: label as string } : {}),
    ...(value !== undefined ? { value: value as number } : {}),
  };
}

const MISSING_TABLE = "42P01";

/**
 * The version whose outputs table holds (request id, item): the candidates in order, the first
 * that has it. A candidate whose tables are gone (reverted, archived) is skipped.
 */
export async function servedBy(
  db: Queryable,
  feedback: Feedback,
  candidates: readonly string[],
  environment: string = DEFAULT_ENVIRONMENT,
): Promise<string | undefined> {
  for (const version of new Set(candidates)) {
    // The environment's log tables: the same version logs apart in each environment.
    const { schema, outputs } = parseVersion(version, environment).tables;
    try {
      const found = await db.query(
        `SELECT 1 FROM ${qualified(schema, outputs)} WHERE request_id = $1 AND item = $2`,
        [feedback.requestId, feedback.item],
      );
      if ((found.rowCount ?? 0) > 0) return version;
    } catch (error) {
      if ((error as { code?: string }).code !== MISSING_TABLE) throw error;
    }
  }
  return undefined;
}

/** Stores feedback once: a repeat (same app, request id and item) changes nothing. */
export async function storeFeedback(
  db: Queryable,
  app: string,
  version: string,
  feedback: Feedback,
): Promise<{ stored: boolean }> {
  const result = await db.query(
    `INSERT INTO ${qualified(PREDICTION_SCHEMA, "feedback")} (app, request_id, item, version, label, value)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (app, request_id, item) DO NOTHING`,
    [
      app,
      feedback.requestId,
      feedback.item,
      version,
      feedback.label ?? null,
      feedback.value ?? null,
    ],
  );
  return { stored: (result.rowCount ?? 0) > 0 };
}
