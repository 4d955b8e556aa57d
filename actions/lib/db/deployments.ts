/**
 * Writes and lookups on the `deployments` table (see MIGRATIONS in db.ts): one row per app and
 * version, upserted by deploy-stack, read by the accuracy gate and rewritten by revert.
 */
import { ConfigurationError } from "../errors.js";
import type { Queryable } from "./pool.js";
import { parseAppName, parseVersion } from "../version.js";

export {
  archivePredictionTables,
  dropPredictionTables,
} from "./prediction-archive.js";

/** The lifecycle of one deployed version; matches the CHECK constraint of the table. */
export type DeploymentStatus = "deploying" | "serving" | "failed" | "reverted";

const STATUSES: readonly DeploymentStatus[] = [
  "deploying",
  "serving",
  "failed",
  "reverted",
];

/** What a caller records; fields left out keep their stored value on an update. */
export interface DeploymentRecord {
  app: string;
  version: string;
  status: DeploymentStatus;
  image?: string;
  imageDigest?: string;
  stackId?: string;
  /** Where it runs; the table's default is `aws`. */
  target?: string;
  url?: string;
  /** Any JSON object (the training metrics); stored as jsonb. */
  metrics?: Record<string, unknown>;
  trafficWeight?: number;
  commitSha?: string;
  /** The source repository (`owner/name`), as tagged on the stack. */
  repository?: string;
  /**
   * The run deploying it (`<run id>/<attempt>`). It becomes the row's owner when the version is new,
   * failed or reverted, never while another run's deploy of it serves or is under way: a re-run of
   * a serving version does not own it, so its automatic revert cannot take production down.
   */
  ownerRun?: string;
}

/** One stored row. */
export interface Deployment {
  app: string;
  version: string;
  status: DeploymentStatus;
  image: string | null;
  imageDigest: string | null;
  stackId: string | null;
  target: string;
  url: string | null;
  metrics: Record<string, unknown> | null;
  trafficWeight: number;
  commitSha: string | null;
  repository: string | null;
  ownerRun: string | null;
  archivedTables: string[];
  createdAt: Date;
  updatedAt: Date;
  revertedAt: Date | null;
}

const COLUMNS = `app, version, status, image, image_digest AS "imageDigest", stack_id AS "stackId",
  target, url, metrics, traffic_weight AS "trafficWeight", commit_sha AS "commitSha", repository, owner_run AS "ownerRun",
  archived_tables AS "archivedTables", created_at AS "createdAt", updated_at AS "updatedAt",
  reverted_at AS "revertedAt"`;

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
  const app = parseAppName(rec.app);
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
       metrics, traffic_weight, commit_sha, repository, owner_run, reverted_at)
     VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7, 'aws'), $8, $9::jsonb, COALESCE($10, 0), $11, $12,
       $13, CASE WHEN $3 = 'reverted' THEN now() END)
     ON CONFLICT (app, version) DO UPDATE SET
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
    ],
  );
  return rows[0] as Deployment;
}

/**
 * Stores the load balancer's split for an app: each named version gets its weight, every other
 * version of the app gets 0 (the listener no longer sends it anything). Returns the named
 * versions that have no row, so the caller can say so rather than lose them silently.
 */
export async function setTrafficWeights(
  db: Queryable,
  app: string,
  weights: Map<string, number>,
): Promise<{ changed: number; missing: string[] }> {
  parseAppName(app);
  const versions = [...weights.keys()].map((v) => parseVersion(v).version);
  const values = [...weights.entries()].map(([v, w]) =>
    checkWeight(w, `traffic weight of ${v}`),
  );
  // Only rows whose weight changes are touched, so updated_at keeps meaning "last changed".
  const { rowCount } = await db.query(
    `WITH next AS (
       SELECT cur.version, COALESCE(w.weight, 0) AS weight FROM deployments AS cur
       LEFT JOIN unnest($2::text[], $3::int[]) AS w(version, weight) ON w.version = cur.version
       WHERE cur.app = $1)
     UPDATE deployments AS d SET traffic_weight = next.weight, updated_at = now()
     FROM next WHERE d.app = $1 AND d.version = next.version AND d.traffic_weight <> next.weight`,
    [app, versions, values],
  );
  const found = await db.query<{ version: string }>(
    "SELECT version FROM deployments WHERE app = $1 AND version = ANY($2::text[])",
    [app, versions],
  );
  const known = new Set(found.rows.map((r) => r.version));
  return {
    changed: rowCount ?? 0,
    missing: versions.filter((v) => !known.has(v)),
  };
}

/** The row of one version, or undefined when it was never recorded. */
export async function getDeployment(
  db: Queryable,
  app: string,
  version: string,
): Promise<Deployment | undefined> {
  const { rows } = await db.query<Deployment>(
    `SELECT ${COLUMNS} FROM deployments WHERE app = $1 AND version = $2`,
    [parseAppName(app), parseVersion(version).version],
  );
  return rows[0];
}

/** Every version of an app, oldest deployment first. */
export async function listDeployments(
  db: Queryable,
  app: string,
): Promise<Deployment[]> {
  const { rows } = await db.query<Deployment>(
    `SELECT ${COLUMNS} FROM deployments WHERE app = $1 ORDER BY created_at, version`,
    [parseAppName(app)],
  );
  return rows;
}

/**
 * The version revert should hand traffic to: a `serving` version other than `excludingVersion`,
 * preferring the one already taking the most traffic (it is proven under load), then the most
 * recently deployed. Undefined when there is none.
 */
export async function previousHealthyVersion(
  db: Queryable,
  app: string,
  excludingVersion: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ version: string }>(
    `SELECT version FROM deployments
     WHERE app = $1 AND status = 'serving' AND version <> $2
     ORDER BY traffic_weight DESC, created_at DESC, id DESC LIMIT 1`,
    [parseAppName(app), parseVersion(excludingVersion).version],
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
  app: string,
  version: string,
  archivedTables: string[],
): Promise<{ changed: boolean; previousStatus: DeploymentStatus | undefined }> {
  const before = await getDeployment(db, app, version);
  if (before?.status === "reverted" && archivedTables.length === 0) {
    return { changed: false, previousStatus: before.status };
  }
  await db.query(
    `INSERT INTO deployments AS d (app, version, status, traffic_weight, archived_tables, reverted_at)
     VALUES ($1, $2, 'reverted', 0, $3::text[], now())
     ON CONFLICT (app, version) DO UPDATE SET
       status = 'reverted',
       traffic_weight = 0,
       archived_tables = ARRAY(SELECT DISTINCT unnest(d.archived_tables || $3::text[]) ORDER BY 1),
       reverted_at = COALESCE(d.reverted_at, now()),
       updated_at = now()`,
    [parseAppName(app), parseVersion(version).version, archivedTables],
  );
  return { changed: true, previousStatus: before?.status };
}

/**
 * The split the deployments table records for an app: every version not reverted that has a
 * weight. The local target has no load balancer, so this is its traffic.
 */
export async function recordedSplit(
  db: Queryable,
  app: string,
): Promise<Record<string, number>> {
  return Object.fromEntries(
    (await listDeployments(db, app))
      .filter((r) => r.status !== "reverted" && r.trafficWeight > 0)
      .map((r) => [r.version, r.trafficWeight]),
  );
}
