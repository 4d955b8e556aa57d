/**
 * The registry's reads and writes that span or annotate environments: every row of an app (for
 * status), whether another environment still runs a version, a smoke test's outcome, a promotion.
 */
import type { Queryable } from "./pool.js";
import { parseAppName, parseVersion } from "../version.js";
import {
  COLUMNS,
  scopeOf,
  type Deployment,
  type RegistryScope,
  type SmokeOutcome,
} from "./deployment-types.js";

/**
 * Records how the version's smoke test went in its environment (a promotion reads it). A version
 * with no row is left alone: nothing was deployed to record against.
 */
export async function recordSmokeOutcome(
  db: Queryable,
  scope: RegistryScope,
  version: string,
  outcome: SmokeOutcome,
): Promise<void> {
  const { app, environment } = scopeOf(scope);
  await db.query(
    `UPDATE deployments SET smoke = $4, updated_at = now()
      WHERE app = $1 AND environment = $2 AND version = $3`,
    [app, environment, parseVersion(version).version, outcome],
  );
}

/** Every row of an app in every environment, by environment then oldest first (for status). */
export async function listAllEnvironments(
  db: Queryable,
  app: string,
): Promise<Deployment[]> {
  const { rows } = await db.query<Deployment>(
    `SELECT ${COLUMNS} FROM deployments WHERE app = $1
      ORDER BY environment, created_at, version`,
    [parseAppName(app)],
  );
  return rows;
}

/** True when an environment other than `scope`'s has the version and has not reverted it. */
export async function runsElsewhere(
  db: Queryable,
  scope: RegistryScope,
  version: string,
): Promise<boolean> {
  const { app, environment } = scopeOf(scope);
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM deployments
      WHERE app = $1 AND version = $2 AND environment <> $3 AND status <> 'reverted'`,
    [app, parseVersion(version).version, environment],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** Records where a promoted version came from and who approved it (the deploy wrote the row). */
export async function recordPromotion(
  db: Queryable,
  scope: RegistryScope,
  version: string,
  promotion: { promotedFrom: string; approvedBy?: string },
): Promise<void> {
  const { app, environment } = scopeOf(scope);
  await db.query(
    `UPDATE deployments SET promoted_from = $4, approved_by = COALESCE($5, approved_by),
       updated_at = now()
      WHERE app = $1 AND environment = $2 AND version = $3`,
    [
      app,
      environment,
      parseVersion(version).version,
      promotion.promotedFrom,
      promotion.approvedBy ?? null,
    ],
  );
}
