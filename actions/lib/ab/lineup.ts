/**
 * Which versions an A/B test compares. By default, the versions of the app that take traffic
 * (status deploying or serving, weight above 0) and its shadows, read from `deployments`: the
 * serving version with the most traffic (the oldest, on a tie) is the baseline, every other is a
 * candidate. Given versions are taken in order, the first as the baseline.
 */
import { DEFAULT_ENVIRONMENT_ONLY } from "../db/deployment-types.js";
import type { Queryable } from "../db/pool.js";
import { parseVersion, type VersionNames } from "../version.js";
import type { VersionData } from "./metrics.js";

/** One version in the test. */
export interface LineupVersion {
  names: VersionNames;
  role: VersionData["role"];
  trafficWeight: number;
  /** When its deployment was first recorded. */
  deployedAt?: Date;
}

/** The versions compared: one baseline, and the candidates (shadows included). */
export interface Lineup {
  baseline: LineupVersion;
  candidates: LineupVersion[];
  /** Only requests logged since the newest version's deployment count, when it is known. */
  since?: Date;
}

interface DeploymentRow {
  version: string;
  status: string;
  weight: number;
  role: string | null;
  created_at: Date;
}

/** The app's deployments, or none when the table does not exist yet. */
async function deploymentRows(
  db: Queryable,
  app: string,
): Promise<DeploymentRow[]> {
  const { rows: found } = await db.query<{ found: string | null }>(
    "SELECT to_regclass('public.deployments')::text AS found",
  );
  if (!found[0]?.found) return [];
  // to_jsonb(d)->>'role' reads the role where the column exists and null on older databases.
  const { rows } = await db.query<DeploymentRow>(
    `SELECT version, status, traffic_weight AS weight, to_jsonb(d) ->> 'role' AS role, created_at
       FROM deployments AS d WHERE app = $1 AND ${DEFAULT_ENVIRONMENT_ONLY}
       ORDER BY created_at, version`,
    [app],
  );
  return rows;
}

function toVersion(row: DeploymentRow): LineupVersion {
  return {
    names: parseVersion(row.version),
    role: row.role === "shadow" ? "shadow" : "serving",
    trafficWeight: row.weight,
    deployedAt: row.created_at,
  };
}

function newest(versions: readonly LineupVersion[]): Date | undefined {
  const times = versions.flatMap((v) =>
    v.deployedAt ? [v.deployedAt.getTime()] : [],
  );
  return times.length === versions.length && times.length > 0
    ? new Date(Math.max(...times))
    : undefined;
}

/** Versions taking traffic (deploying or serving, weight above 0) or shadowing, oldest first. */
function liveVersions(rows: readonly DeploymentRow[]): LineupVersion[] {
  return rows
    .filter((r) => r.status === "deploying" || r.status === "serving")
    .map(toVersion)
    .filter((v) => v.trafficWeight > 0 || v.role === "shadow");
}

/** The serving version with the most traffic; the oldest on a tie (the sort is stable). */
function pickBaseline(
  live: readonly LineupVersion[],
): LineupVersion | undefined {
  return live
    .filter((v) => v.role === "serving")
    .sort((a, b) => b.trafficWeight - a.trafficWeight)[0];
}

/** The default lineup from `deployments`; undefined when fewer than two versions qualify. */
function defaultLineup(rows: readonly DeploymentRow[]): Lineup | undefined {
  const live = liveVersions(rows);
  const baseline = pickBaseline(live);
  if (!baseline || live.length < 2) return undefined;
  const others = live.filter((v) => v !== baseline);
  const candidates = [
    ...others.filter((v) => v.role === "serving"),
    ...others.filter((v) => v.role === "shadow"),
  ];
  return { baseline, candidates, since: newest(live) };
}

/** The candidate against the serving version with the most traffic other than itself. */
function candidateLineup(
  rows: readonly DeploymentRow[],
  candidate: VersionNames,
): Lineup | undefined {
  const others = rows.filter((r) => r.version !== candidate.version);
  const baseline = pickBaseline(liveVersions(others));
  if (!baseline) return undefined;
  const row = rows.find((r) => r.version === candidate.version);
  const version: LineupVersion = row
    ? { ...toVersion(row), names: candidate }
    : { names: candidate, role: "serving", trafficWeight: 0 };
  return {
    baseline,
    candidates: [version],
    since: newest([baseline, version]),
  };
}

/** Which versions to compare: given in order, one candidate against the baseline, or the default. */
export interface LineupQuery {
  versions?: readonly VersionNames[];
  candidate?: VersionNames;
}

/**
 * Resolves the lineup: `versions` in order (roles and times from `deployments` when it knows
 * them), `candidate` against the serving version with the most traffic, or the default. Undefined
 * when there is nothing to compare.
 */
export async function resolveLineup(
  db: Queryable,
  app: string,
  query: LineupQuery = {},
): Promise<Lineup | undefined> {
  const rows = await deploymentRows(db, app);
  if (query.candidate) return candidateLineup(rows, query.candidate);
  if (!query.versions) return defaultLineup(rows);
  const byVersion = new Map(rows.map((r) => [r.version, r]));
  const versions = query.versions.map((names): LineupVersion => {
    const row = byVersion.get(names.version);
    return row
      ? { ...toVersion(row), names }
      : { names, role: "serving", trafficWeight: 0 };
  });
  const [baseline, ...candidates] = versions;
  if (!baseline || candidates.length === 0) return undefined;
  return { baseline, candidates, since: newest(versions) };
}
