/**
 * Read-only lookups of model quality in the `deployments` table (db.ts), for the accuracy gate's
 * `baseline-from: registry`. Writes live in deployments.ts.
 */
import { DEFAULT_ENVIRONMENT } from "../version.js";

/**
 * The rows of one environment (the SQL parameter), also on a database from before environments
 * (no column yet: every row is the default environment's).
 */
const inEnvironment = (param: number) =>
  `COALESCE(to_jsonb(d) ->> 'environment', '${DEFAULT_ENVIRONMENT}') = $${param}`;
const IN_ENVIRONMENT_2 = inEnvironment(2);
const IN_ENVIRONMENT_3 = inEnvironment(3);
import type { Queryable } from "./pool.js";
import { flattenMetrics, type Metrics } from "../metrics-file.js";

/** The production baseline: the serving version with the most traffic. */
export interface ServingBaseline {
  version: string;
  trafficWeight: number;
  /** Undefined when that version was deployed without metrics. */
  metrics: Metrics | undefined;
}

/** One past deployment's metrics, for the history chart. */
export interface MetricHistoryEntry {
  version: string;
  metrics: Metrics;
  deployedAt: Date;
}

function metricsOf(
  app: string,
  version: string,
  stored: unknown,
): Metrics | undefined {
  if (stored === null || stored === undefined) return undefined;
  // Stored flat (the train action's `metrics` output) or nested (the file itself): both flatten.
  return flattenMetrics(stored, `deployments metrics of ${app} ${version}`);
}

/**
 * The version now serving the most traffic, or undefined when nothing serves. Ties go to the most
 * recently updated row, the one an operator most likely meant.
 */
export async function servingBaseline(
  db: Queryable,
  app: string,
  environment: string = DEFAULT_ENVIRONMENT,
): Promise<ServingBaseline | undefined> {
  const { rows } = await db.query<{
    version: string;
    traffic_weight: number;
    metrics: unknown;
  }>(
    `SELECT version, traffic_weight, metrics FROM deployments AS d
      WHERE app = $1 AND status = 'serving' AND ${IN_ENVIRONMENT_2}
      ORDER BY traffic_weight DESC, updated_at DESC, id DESC
      LIMIT 1`,
    [app, environment],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    version: row.version,
    trafficWeight: row.traffic_weight,
    metrics: metricsOf(app, row.version, row.metrics),
  };
}

/**
 * Metrics of the app's past deployments that actually served (serving now, or reverted later),
 * the newest `limit`, returned oldest first. Failed and unfinished deploys never served, so they
 * are not part of the history.
 */
export async function metricHistory(
  db: Queryable,
  app: string,
  limit = 20,
  environment: string = DEFAULT_ENVIRONMENT,
): Promise<MetricHistoryEntry[]> {
  const { rows } = await db.query<{
    version: string;
    metrics: unknown;
    created_at: Date;
  }>(
    `SELECT version, metrics, created_at FROM (
        SELECT id, version, metrics, created_at FROM deployments AS d
         WHERE app = $1 AND status IN ('serving', 'reverted') AND metrics IS NOT NULL
           AND ${IN_ENVIRONMENT_3}
         ORDER BY created_at DESC, id DESC
         LIMIT $2
      ) newest
      ORDER BY created_at ASC, id ASC`,
    [app, limit, environment],
  );
  return rows.map((row) => ({
    version: row.version,
    metrics: metricsOf(app, row.version, row.metrics) ?? new Map(),
    deployedAt: row.created_at,
  }));
}
