/**
 * Writes and lookups on the `deployments` table (see MIGRATIONS in schema.ts): one row per app,
 * environment and version, upserted by deploy-stack, read by the accuracy gate and rewritten by
 * revert. Every read and write is scoped to one environment: an app name alone means the
 * default environment, as it did before environments existed.
 */
import { ConfigurationError } from "../errors.js";
import type { Queryable } from "./pool.js";
import { DEFAULT_ENVIRONMENT, parseVersion } from "../version.js";
import {
  scopeOf,
  STATUSES,
  type Deployment,
  type DeploymentRecord,
  type DeploymentStatus,
  type RegistryScope,
  COLUMNS,
} from "./deployment-types.js";

export * from "./deployment-types.js";
export * from "./environment-rows.js";

function checkWeight(weight: number, what: string): number {
  if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
    throw new ConfigurationError(
      `${what} must be a whole number from 0 to 100, got ${weight}`,
    );
  }
  return weight;
}

/**
 * Inserts or updates the row of `rec.app` + `rec.version` and returns it. Optional fields that are
 * left out keep what is stored, so a status change does not wipe the image or metrics. Recording
 * any status other than `reverted` clears `reverted_at` (the version was deployed again).
 */
export async function recordDeployment(
  db: Queryable,
  rec: DeploymentRecord,
): Promise<Deployment> {
  const { app, environment } = scopeOf({
    app: rec.app,
    environment: rec.environment ?? DEFAULT_ENVIRONMENT,
  });
  const { version } = parseVersion(rec.version);
  if (!STATUSES.includes(rec.status)) {
    throw new ConfigurationError(
      `deployment status "${rec.status}" is not one of ${STATUSES.join(", ")}`,
    );
  }
  if (rec.trafficWeight !== undefined)
    checkWeight(rec.trafficWeight, "traffic weight");
  const { rows } = await db.query<Deployment>(
    `INSERT INTO deployments AS d (app, version, status, image, image_digest, stack_id, target, url,
       metrics, traffic_weight, commit_sha, repository, owner_run, reverted_at, environment,
       promoted_from, approved_by, smoke, kind)
     VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7, 'aws'), $8, $9::jsonb, COALESCE($10, 0), $11, $12,
       $13, CASE WHEN $3 = 'reverted' THEN now() END, $14, $15, $16, $17, $18)
     ON CONFLICT (app, environment, version) DO UPDATE SET
       status = EXCLUDED.status,
       image = COALESCE($4, d.image),
       image_digest = COALESCE($5, d.image_digest),
       stack_id = COALESCE($6, d.stack_id),
       target = COALESCE($7, d.target),
       url = COALESCE($8, d.url),
       metrics = COALESCE($9::jsonb, d.metrics),
       traffic_weight = COALESCE($10, d.traffic_weight),
       commit_sha = COALESCE($11, d.commit_sha),
       repository = COALESCE($12, d.repository),
       owner_run = CASE WHEN $13::text IS NULL THEN d.owner_run
         WHEN d.owner_run IS NULL OR d.status IN ('reverted', 'failed') THEN $13
         ELSE d.owner_run END,
       reverted_at = CASE WHEN EXCLUDED.status = 'reverted' THEN COALESCE(d.reverted_at, now()) END,
       promoted_from = COALESCE($15, d.promoted_from),
       approved_by = COALESCE($16, d.approved_by),
       smoke = COALESCE($17, d.smoke),
       kind = COALESCE($18, d.kind),
       updated_at = now()
     RETURNING ${COLUMNS}`,
    [
      app,
      version,
      rec.status,
      rec.image ?? null,
      rec.imageDigest ?? null,
      rec.stackId ?? null,
      rec.target ?? null,
      rec.url ?? null,
      rec.metrics === undefined ? null : JSON.stringify(rec.metrics),
      rec.trafficWeight ?? null,
      rec.commitSha ?? null,
      rec.repository ?? null,
      rec.ownerRun ?? null,
      environment,
      rec.promotedFrom ?? null,
      rec.approvedBy ?? null,
      rec.smoke ?? null,
      rec.kind ?? null,
    ],
  );
  return rows[0] as Deployment;
}

/**
 * Stores the load balancer's split for an app: each named version gets its weight, every other
 * version of the app gets 0 (the listener no longer sends it anything). With `shadows`, those
 * versions become the app's shadows (weight 0) and every other version is `serving`; without it,
 * roles stay as they are. Returns the named versions that have no row, so the caller can say so
 * rather than lose them silently.
 */
export async function setTrafficWeights(
  db: Queryable,
  scope: RegistryScope,
  weights: Map<string, number>,
  shadows?: ReadonlySet<string>,
): Promise<{ changed: number; missing: string[] }> {
  const { app, environment } = scopeOf(scope);
  const versions = [...weights.keys()].map((v) => parseVersion(v).version);
  const values = [...weights.entries()].map(([v, w]) =>
    checkWeight(shadows?.has(v) ? 0 : w, `traffic weight of ${v}`),
  );
  const shadowList = shadows ? [...shadows] : null;
  // Only rows whose weight or role changes are touched, so updated_at keeps meaning "last changed".
  const { rowCount } = await db.query(
    `WITH next AS (
       SELECT cur.version, COALESCE(w.weight, 0) AS weight,
         CASE WHEN $4::text[] IS NULL THEN cur.role
              WHEN cur.version = ANY($4::text[]) THEN 'shadow' ELSE 'serving' END AS role
       FROM deployments AS cur
       LEFT JOIN unnest($2::text[], $3::int[]) AS w(version, weight) ON w.version = cur.version
       WHERE cur.app = $1 AND cur.environment = $5)
     UPDATE deployments AS d SET traffic_weight = next.weight, role = next.role, updated_at = now()
     FROM next WHERE d.app = $1 AND d.environment = $5 AND d.version = next.version
       AND (d.traffic_weight <> next.weight OR d.role <> next.role)`,
    [app, versions, values, shadowList, environment],
  );
  const found = await db.query<{ version: string }>(
    "SELECT version FROM deployments WHERE app = $1 AND environment = $3 AND version = ANY($2::text[])",
    [app, [...versions, ...(shadowList ?? [])], environment],
  );
  const known = new Set(found.rows.map((r) => r.version));
  return {
    changed: rowCount ?? 0,
    missing: [...new Set([...versions, ...(shadowList ?? [])])].filter(
      (v) => !known.has(v),
    ),
  };
}

/** The row of one version, or undefined when it was never recorded. */
export async function getDeployment(
  db: Queryable,
  scope: RegistryScope,
  version: string,
): Promise<Deployment | undefined> {
  const { app, environment } = scopeOf(scope);
  const { rows } = await db.query<Deployment>(
    `SELECT ${COLUMNS} FROM deployments WHERE app = $1 AND environment = $3 AND version = $2`,
    [app, parseVersion(version).version, environment],
  );
  return rows[0];
}

/** Every version of an app in one environment, oldest deployment first. */
export async function listDeployments(
  db: Queryable,
  scope: RegistryScope,
): Promise<Deployment[]> {
  const { app, environment } = scopeOf(scope);
  const { rows } = await db.query<Deployment>(
    `SELECT ${COLUMNS} FROM deployments WHERE app = $1 AND environment = $2
     ORDER BY created_at, version`,
    [app, environment],
  );
  return rows;
}

/**
 * The version revert should hand traffic to: a `serving` version other than `excludingVersion`
 * (never a shadow, which is still on trial),
 * preferring the one already taking the most traffic (it is proven under load), then the most
 * recently deployed. Undefined when there is none.
 */
export async function previousHealthyVersion(
  db: Queryable,
  scope: RegistryScope,
  excludingVersion: string,
): Promise<string | undefined> {
  const { app, environment } = scopeOf(scope);
  const { rows } = await db.query<{ version: string }>(
    `SELECT version FROM deployments
     WHERE app = $1 AND environment = $3 AND status = 'serving' AND role = 'serving' AND version <> $2
     ORDER BY traffic_weight DESC, created_at DESC, id DESC LIMIT 1`,
    [app, parseVersion(excludingVersion).version, environment],
  );
  return rows[0]?.version;
}

/**
 * Marks a version reverted: no traffic, the time of the revert, and the tables archived for it
 * (appended to any earlier ones). A version never recorded gets a row, so the history shows the
 * revert. Returns whether anything changed: false when it was already reverted.
 */
export async function markReverted(
  db: Queryable,
  scope: RegistryScope,
  version: string,
  archivedTables: string[],
): Promise<{ changed: boolean; previousStatus: DeploymentStatus | undefined }> {
  const { app, environment } = scopeOf(scope);
  const before = await getDeployment(db, scope, version);
  if (before?.status === "reverted" && archivedTables.length === 0) {
    return { changed: false, previousStatus: before.status };
  }
  await db.query(
    `INSERT INTO deployments AS d (app, version, status, traffic_weight, archived_tables, reverted_at,
       environment)
     VALUES ($1, $2, 'reverted', 0, $3::text[], now(), $4)
     ON CONFLICT (app, environment, version) DO UPDATE SET
       status = 'reverted',
       traffic_weight = 0,
       archived_tables = ARRAY(SELECT DISTINCT unnest(d.archived_tables || $3::text[]) ORDER BY 1),
       reverted_at = COALESCE(d.reverted_at, now()),
       updated_at = now()`,
    [app, parseVersion(version).version, archivedTables, environment],
  );
  return { changed: true, previousStatus: before?.status };
}

/**
 * The split the deployments table records for an app: every version not reverted that has a
 * weight. The local target has no load balancer, so this is its traffic.
 */
export async function recordedSplit(
  db: Queryable,
  scope: RegistryScope,
): Promise<Record<string, number>> {
  return Object.fromEntries(
    (await listDeployments(db, scope))
      .filter((r) => r.status !== "reverted" && r.trafficWeight > 0)
      .map((r) => [r.version, r.trafficWeight]),
  );
}
