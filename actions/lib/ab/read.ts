/**
 * Reads what an A/B test needs from the prediction log, read-only: per version, requests and
 * latency from its outputs table, and online accuracy or error from `predictions.feedback` joined
 * to those outputs on (request_id, item). A feedback row judges whichever version logged that
 * request: the version that served it, and a shadow that was sent a copy of it.
 *
 * Every aggregate is one statement (the pool's statement timeout bounds it); the only rows read
 * are the newest `latencySampleCap` latencies per version, for percentiles.
 */
import type { Queryable } from "../db/pool.js";
import { FEEDBACK_TABLE } from "../db/schema.js";
import { PREDICTION_SCHEMA, qualified, type VersionNames } from "../version.js";
import type { VersionData } from "./metrics.js";

/** The newest this many requests per version feed the latency percentiles. */
export const DEFAULT_LATENCY_SAMPLE_CAP = 50_000;

/** What to read. */
export interface ReadOptions {
  app: string;
  /** Only requests logged at or after this time (the newest version's start). */
  since?: Date;
  latencySampleCap?: number;
}

/** Column names of each existing outputs table; a missing table is absent from the map. */
export async function outputColumns(
  db: Queryable,
  versions: readonly VersionNames[],
): Promise<Map<string, Set<string>>> {
  const tables = versions.map((names) => names.tables.outputs);
  const { rows } = await db.query<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = $1 AND table_name = ANY($2::text[])`,
    [PREDICTION_SCHEMA, tables],
  );
  const found = new Map<string, Set<string>>();
  for (const row of rows) {
    const columns = found.get(row.table) ?? new Set<string>();
    columns.add(row.column);
    found.set(row.table, columns);
  }
  return found;
}

/** `alias.column`, or a typed NULL for tables made before the column existed. */
export function columnOr(
  columns: Set<string>,
  alias: string,
  column: "value" | "output",
): string {
  if (columns.has(column)) return `${alias}.${column}`;
  return column === "value" ? "NULL::double precision" : "NULL::jsonb";
}

const outputsOf = (names: VersionNames) =>
  qualified(names.tables.schema, names.tables.outputs);

/** Whether `predictions.feedback` exists (its migration has run). */
export async function feedbackExists(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ found: string | null }>(
    "SELECT to_regclass($1)::text AS found",
    [`${PREDICTION_SCHEMA}.${FEEDBACK_TABLE}`],
  );
  return Boolean(rows[0]?.found);
}

interface LatencyRow {
  n: number;
  mean: number | null;
  variance: number | null;
  first_at: Date | null;
  last_at: Date | null;
}

async function readLatency(
  db: Queryable,
  names: VersionNames,
  options: ReadOptions,
) {
  const since = options.since ?? null;
  // item 0 is each request's first (often only) item: one latency per request.
  const where = `WHERE item = 0 AND ($1::timestamptz IS NULL OR predicted_at >= $1)`;
  const stats = await db.query<LatencyRow>(
    `SELECT count(*)::int AS n, avg(latency_ms)::float8 AS mean,
       var_samp(latency_ms)::float8 AS variance, min(predicted_at) AS first_at,
       max(predicted_at) AS last_at FROM ${outputsOf(names)} ${where}`,
    [since],
  );
  const sample = await db.query<{ latency_ms: number }>(
    `SELECT latency_ms FROM ${outputsOf(names)} ${where}
      ORDER BY predicted_at DESC LIMIT $2`,
    [since, options.latencySampleCap ?? DEFAULT_LATENCY_SAMPLE_CAP],
  );
  const values = Float64Array.from(sample.rows, (row) => row.latency_ms);
  return { stats: stats.rows[0] as LatencyRow, sample: values.sort() };
}

/** A version's feedback, counted: labels matched, and the absolute error of values. */
export interface FeedbackRow {
  labelled: number;
  correct: number;
  valued: number;
  mae: number | null;
  mae_variance: number | null;
}

/** Counts a version's feedback joined to its outputs on (request_id, item). */
export async function readFeedback(
  db: Queryable,
  names: VersionNames,
  context: { options: ReadOptions; columns: Set<string> },
): Promise<FeedbackRow | undefined> {
  const value = columnOr(context.columns, "o", "value");
  const { rows } = await db.query<FeedbackRow>(
    `SELECT count(*) FILTER (WHERE f.label IS NOT NULL AND o.label IS NOT NULL)::int AS labelled,
       count(*) FILTER (WHERE f.label = o.label)::int AS correct,
       count(*) FILTER (WHERE f.value IS NOT NULL AND ${value} IS NOT NULL)::int AS valued,
       avg(abs(f.value - ${value}))::float8 AS mae,
       var_samp(abs(f.value - ${value}))::float8 AS mae_variance
     FROM ${qualified(PREDICTION_SCHEMA, FEEDBACK_TABLE)} AS f
     JOIN ${outputsOf(names)} AS o ON o.request_id = f.request_id AND o.item = f.item
     WHERE f.app = $1 AND ($2::timestamptz IS NULL OR o.predicted_at >= $2)`,
    [context.options.app, context.options.since ?? null],
  );
  return rows[0];
}

/** A version with nothing logged (yet): its table does not exist, or the window is empty. */
export function emptyVersionData(
  version: string,
  role: VersionData["role"],
): VersionData {
  return {
    version,
    role,
    requests: 0,
    latency: { n: 0, mean: 0, variance: 0 },
    latencySample: new Float64Array(0),
    accuracy: { successes: 0, n: 0 },
    absError: { n: 0, mean: 0, variance: 0 },
  };
}

/** Reads every version's figures; a version whose outputs table is missing has none. */
export async function readVersions(
  db: Queryable,
  versions: readonly { names: VersionNames; role: VersionData["role"] }[],
  options: ReadOptions,
): Promise<VersionData[]> {
  const columns = await outputColumns(
    db,
    versions.map((v) => v.names),
  );
  const withFeedback = await feedbackExists(db);
  const result: VersionData[] = [];
  for (const { names, role } of versions) {
    const data = emptyVersionData(names.version, role);
    const tableColumns = columns.get(names.tables.outputs);
    if (tableColumns) {
      const latency = await readLatency(db, names, options);
      data.requests = latency.stats.n;
      data.firstAt = latency.stats.first_at ?? undefined;
      data.lastAt = latency.stats.last_at ?? undefined;
      data.latency = {
        n: latency.stats.n,
        mean: latency.stats.mean ?? 0,
        variance: latency.stats.variance ?? 0,
      };
      data.latencySample = latency.sample;
      const context = { options, columns: tableColumns };
      const feedback = withFeedback
        ? await readFeedback(db, names, context)
        : undefined;
      if (feedback) {
        data.accuracy = { successes: feedback.correct, n: feedback.labelled };
        data.absError = {
          n: feedback.valued,
          mean: feedback.mae ?? 0,
          variance: feedback.mae_variance ?? 0,
        };
      }
    }
    result.push(data);
  }
  return result;
}
