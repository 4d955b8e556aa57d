/**
 * Prediction-log tables and traffic for the A/B tests, made as the shared contract says: the
 * migrations (deployments with `role`, `predictions.feedback`), and each version's tables from
 * ensurePredictionTables with the outputs' nullable `label`/`probabilities` and `value`/`output`
 * columns (which branch h-journal's ensurePredictionTables makes; this adds them where it does not).
 */
import type pg from "pg";
import type { Random } from "../../actions/lib/ab/random.js";
import { recordDeployment } from "../../actions/lib/db/deployments.js";
import {
  ensurePredictionTables,
  migrate,
} from "../../actions/lib/db/schema.js";
import {
  parseVersion,
  qualified,
  type VersionNames,
} from "../../actions/lib/version.js";
import { drawRequest, type VersionTruth } from "./synthetic.js";

/** A version's tables, as the contract has them. */
export async function predictionTables(
  pool: pg.Pool,
  version: string,
): Promise<VersionNames> {
  const names = parseVersion(version);
  await ensurePredictionTables(pool, names);
  await pool.query(`ALTER TABLE ${qualified(names.tables.schema, names.tables.outputs)}
    ADD COLUMN IF NOT EXISTS value double precision,
    ADD COLUMN IF NOT EXISTS output jsonb,
    ALTER COLUMN label DROP NOT NULL,
    ALTER COLUMN probabilities DROP NOT NULL`);
  return names;
}

/** Records a deployment, with its role (the gateway's traffic split writes `role`). */
export async function deploy(
  pool: pg.Pool,
  row: {
    app: string;
    version: string;
    weight: number;
    role?: "serving" | "shadow";
    status?: "deploying" | "serving";
  },
): Promise<void> {
  await migrate(pool);
  await recordDeployment(pool, {
    app: row.app,
    version: row.version,
    status: row.status ?? "serving",
    trafficWeight: row.weight,
  });
  await pool.query(
    "UPDATE deployments SET role = $3 WHERE app = $1 AND version = $2",
    [row.app, row.version, row.role ?? "serving"],
  );
}

/** One logged output row. */
export interface OutputRow {
  requestId: string;
  label: string | null;
  value?: number | null;
  latencyMs: number;
  predictedAt?: Date;
}

/** Logs output rows for a version (item 0, one per request). */
export async function logOutputs(
  pool: pg.Pool,
  names: VersionNames,
  rows: readonly OutputRow[],
): Promise<void> {
  await pool.query(
    `INSERT INTO ${qualified(names.tables.schema, names.tables.outputs)}
       (request_id, item, predicted_at, model_version, label, probabilities, latency_ms, value)
     SELECT id, 0, at, $5, label, '{}'::jsonb, latency, value
       FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $6::timestamptz[])
         AS r(id, label, latency, value, at)`,
    [
      rows.map((r) => r.requestId),
      rows.map((r) => r.label),
      rows.map((r) => r.latencyMs),
      rows.map((r) => r.value ?? null),
      names.version,
      rows.map((r) => r.predictedAt ?? new Date()),
    ],
  );
}

/** Feedback rows, as POST /feedback stores them. */
export async function giveFeedback(
  pool: pg.Pool,
  app: string,
  rows: readonly {
    requestId: string;
    version: string;
    label?: string;
    value?: number;
  }[],
): Promise<void> {
  await pool.query(
    `INSERT INTO predictions.feedback (app, request_id, version, label, value)
     SELECT $1, id, version, label, value
       FROM unnest($2::text[], $3::text[], $4::text[], $5::float8[]) AS r(id, version, label, value)
     ON CONFLICT DO NOTHING`,
    [
      app,
      rows.map((r) => r.requestId),
      rows.map((r) => r.version),
      rows.map((r) => r.label ?? null),
      rows.map((r) => r.value ?? null),
    ],
  );
}

/**
 * Serves `count` synthetic requests from a version with known truths: each logged with label
 * "yes" and value 10, each judged by feedback (label "yes" when it was right, else "no"; value
 * 10 ± its absolute error). Request ids are `<version>-<from + i>`.
 */
export async function serveTraffic(
  pool: pg.Pool,
  options: {
    app: string;
    names: VersionNames;
    truth: VersionTruth;
    count: number;
    from?: number;
    random: Random;
  },
): Promise<void> {
  const { app, names, truth, count, random } = options;
  const from = options.from ?? 0;
  const requests = Array.from({ length: count }, (_, i) => ({
    requestId: `${names.version}-${from + i}`,
    ...drawRequest(truth, random),
  }));
  await logOutputs(
    pool,
    names,
    requests.map((r) => ({
      requestId: r.requestId,
      label: "yes",
      value: 10,
      latencyMs: r.latencyMs,
    })),
  );
  await giveFeedback(
    pool,
    app,
    requests.map((r, i) => ({
      requestId: r.requestId,
      version: names.version,
      label: r.correct ? "yes" : "no",
      value: 10 + (i % 2 === 0 ? r.absError : -r.absError),
    })),
  );
}
