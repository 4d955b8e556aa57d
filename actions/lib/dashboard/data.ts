/**
 * What the dashboard shows, as one JSON snapshot read from Postgres (read-only): each live
 * version's traffic weight, request rate and latency percentiles over a recent window, its online
 * accuracy with a Wilson interval, per-minute series for the charts, and the deployments history.
 * Every statement is an aggregate; the pool's statement timeout bounds it.
 */
import { DEFAULT_ENVIRONMENT_ONLY } from "../db/deployment-types.js";
import { wilson } from "../ab/intervals.js";
import { feedbackExists, outputColumns, readFeedback } from "../ab/read.js";
import type { Queryable } from "../db/pool.js";
import { parseVersion, qualified, type VersionNames } from "../version.js";

/** An estimate with its interval, as the page shows it. */
export interface ShownInterval {
  estimate: number;
  low: number;
  high: number;
  n: number;
}

/** One version's row on the page. */
export interface DashboardVersion {
  version: string;
  role: string;
  status: string;
  traffic: number;
  /** Requests logged in the window, and per second over it. */
  requests: number;
  ratePerSecond: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  accuracy: ShownInterval | null;
}

/** One row of the deployments history. */
export interface DashboardDeployment {
  version: string;
  status: string;
  role: string;
  traffic: number;
  commitSha: string | null;
  createdAt: string;
  updatedAt: string;
  revertedAt: string | null;
}

/** Per-minute series: one point per minute for the last `SERIES_MINUTES`. */
export interface DashboardSeries {
  /** Start of each minute, in Unix seconds. */
  minutes: number[];
  versions: { version: string; requests: number[]; p95: (number | null)[] }[];
}

/** The whole snapshot the page polls. */
export interface DashboardSnapshot {
  app: string;
  generatedAt: string;
  windowSeconds: number;
  level: number;
  pollSeconds: number;
  versions: DashboardVersion[];
  series: DashboardSeries;
  history: DashboardDeployment[];
}

/** The charts' span. */
export const SERIES_MINUTES = 60;
const HISTORY_ROWS = 50;

interface DeploymentRow {
  version: string;
  status: string;
  role: string | null;
  traffic: number;
  commit_sha: string | null;
  created_at: Date;
  updated_at: Date;
  reverted_at: Date | null;
}

async function deployments(db: Queryable, app: string) {
  const { rows: found } = await db.query<{ found: string | null }>(
    "SELECT to_regclass('public.deployments')::text AS found",
  );
  if (!found[0]?.found) return [];
  const { rows } = await db.query<DeploymentRow>(
    `SELECT version, status, to_jsonb(d) ->> 'role' AS role, traffic_weight AS traffic, commit_sha,
       created_at, updated_at, reverted_at
     FROM deployments AS d WHERE app = $1 AND ${DEFAULT_ENVIRONMENT_ONLY}
     ORDER BY updated_at DESC, version LIMIT $2`,
    [app, HISTORY_ROWS],
  );
  return rows;
}

interface WindowRow {
  requests: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

async function windowFigures(
  db: Queryable,
  names: VersionNames,
  windowSeconds: number,
): Promise<WindowRow> {
  const { rows } = await db.query<WindowRow>(
    `SELECT count(*)::int AS requests,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
       percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
     FROM ${qualified(names.tables.schema, names.tables.outputs)}
     WHERE item = 0 AND predicted_at >= now() - make_interval(secs => $1)`,
    [windowSeconds],
  );
  return rows[0] as WindowRow;
}

async function minuteSeries(
  db: Queryable,
  names: VersionNames,
  minutes: readonly number[],
) {
  const { rows } = await db.query<{
    minute: number;
    requests: number;
    p95: number;
  }>(
    `SELECT (floor(extract(epoch FROM predicted_at) / 60) * 60)::bigint::int AS minute,
       count(*)::int AS requests,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
     FROM ${qualified(names.tables.schema, names.tables.outputs)}
     WHERE item = 0 AND predicted_at >= to_timestamp($1) GROUP BY 1`,
    [minutes[0]],
  );
  const byMinute = new Map(rows.map((r) => [r.minute, r]));
  return {
    version: names.version,
    requests: minutes.map((m) => byMinute.get(m)?.requests ?? 0),
    p95: minutes.map((m) => byMinute.get(m)?.p95 ?? null),
  };
}

/** Options of one snapshot. */
export interface SnapshotOptions {
  app: string;
  windowSeconds: number;
  level: number;
  pollSeconds: number;
  /** Unix milliseconds; the series end at its minute. */
  now?: number;
}

function minutesEnding(now: number): number[] {
  const last = Math.floor(now / 60_000) * 60;
  return Array.from(
    { length: SERIES_MINUTES },
    (_, i) => last - (SERIES_MINUTES - 1 - i) * 60,
  );
}

/** One live version's row: its window figures and online accuracy. */
async function versionRow(
  db: Queryable,
  row: DeploymentRow,
  context: {
    options: SnapshotOptions;
    columns?: Set<string>;
    feedback: boolean;
  },
): Promise<DashboardVersion> {
  const { options, columns } = context;
  const names = parseVersion(row.version);
  const figures = columns
    ? await windowFigures(db, names, options.windowSeconds)
    : { requests: 0, p50: null, p95: null, p99: null };
  const feedback =
    columns && context.feedback
      ? await readFeedback(db, names, { options, columns })
      : undefined;
  const n = feedback?.labelled ?? 0;
  const accuracy = wilson(
    { successes: feedback?.correct ?? 0, n },
    options.level,
  );
  return {
    version: row.version,
    role: row.role ?? "serving",
    status: row.status,
    traffic: row.traffic,
    ...figures,
    ratePerSecond: figures.requests / options.windowSeconds,
    accuracy: accuracy
      ? {
          estimate: accuracy.estimate,
          low: accuracy.low,
          high: accuracy.high,
          n,
        }
      : null,
  };
}

function historyRow(r: DeploymentRow): DashboardDeployment {
  return {
    version: r.version,
    status: r.status,
    role: r.role ?? "serving",
    traffic: r.traffic,
    commitSha: r.commit_sha,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    revertedAt: r.reverted_at?.toISOString() ?? null,
  };
}

/** Reads one snapshot of the app. Versions whose tables do not exist yet show no traffic. */
export async function readDashboard(
  db: Queryable,
  options: SnapshotOptions,
): Promise<DashboardSnapshot> {
  const rows = await deployments(db, options.app);
  const live = rows
    .filter((r) => r.status !== "reverted" && r.status !== "failed")
    .sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  const names = live.map((r) => parseVersion(r.version));
  const columns = await outputColumns(db, names);
  const feedback = await feedbackExists(db);
  const now = options.now ?? Date.now();
  const series: DashboardSeries = { minutes: minutesEnding(now), versions: [] };
  const versions: DashboardVersion[] = [];
  for (const version of names) {
    const tableColumns = columns.get(version.tables.outputs);
    const row = live.find(
      (r) => r.version === version.version,
    ) as DeploymentRow;
    versions.push(
      await versionRow(db, row, { options, columns: tableColumns, feedback }),
    );
    if (tableColumns)
      series.versions.push(await minuteSeries(db, version, series.minutes));
  }
  return {
    app: options.app,
    generatedAt: new Date(now).toISOString(),
    windowSeconds: options.windowSeconds,
    level: options.level,
    pollSeconds: options.pollSeconds,
    versions,
    series,
    history: rows.map(historyRow),
  };
}
