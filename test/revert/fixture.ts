/** The revert tests' set-up: a fake AWS, and `run`, which reverts through the real AWS platform and core. */
import type pg from "pg";
import { ensurePredictionTables } from "../../actions/lib/db/schema.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { awsRevertPlatform } from "../../actions/lib/revert/aws-platform.js";
import { revertVersion } from "../../actions/lib/revert/core.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { fakeAws, type AwsSeed } from "../helpers/fake-aws/index.js";

/** The fixed "now" of every revert in these tests (it names the archived tables). */
export const AT = new Date("2026-05-01T10:20:30Z");
/** A version's image in the `iris` ECR repository, as deployments records it. */
export const IMAGE = (version: string) =>
  `123456789012.dkr.ecr.us-east-1.amazonaws.com/iris:${version}`;
/** A commit tag, which build-push puts beside the version tag. */
export const SHA = "0123456789abcdef0123456789abcdef01234567";

/** What one revert is asked to do. */
export interface RevertCall {
  version: string;
  toVersion?: string;
  force?: boolean;
  dropData?: boolean;
  /** Give the core the database (default true). */
  useDb?: boolean;
}

/**
 * A fake AWS seeded with `seed`, and `run`, which reverts on it through the real platform and
 * core, with the database of `pool` unless told not to. `repository` is the ECR repository.
 */
export function revertFixture(
  pool: () => pg.Pool,
  seed: AwsSeed,
  repository?: string,
) {
  const aws = fakeAws(seed);
  const logger = memoryLogger();
  const platform = awsRevertPlatform({
    ...aws.clients,
    app: aws.app,
    repository,
    logger,
    pollMs: 1,
  });
  const run = (call: RevertCall) =>
    revertVersion({
      app: aws.app,
      version: parseVersion(call.version),
      toVersion: call.toVersion ? parseVersion(call.toVersion) : undefined,
      force: call.force ?? false,
      dropData: call.dropData ?? false,
      db: call.useDb === false ? undefined : pool(),
      platform,
      logger,
      now: () => AT,
    });
  return { aws, logger, run };
}

/** Row count of a table. */
export async function rows(
  pool: pg.Pool,
  schema: string,
  table: string,
): Promise<number> {
  const result = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${qualified(schema, table)}`,
  );
  return result.rows[0]?.n ?? -1;
}

/** Creates a version's prediction tables and logs `count` input rows, as the service would. */
export async function liveTables(
  pool: pg.Pool,
  version: string,
  count: number,
): Promise<void> {
  const names = parseVersion(version);
  await ensurePredictionTables(pool, names);
  for (let i = 0; i < count; i++) {
    await pool.query(
      `INSERT INTO ${qualified("predictions", names.tables.inputs)} VALUES ($1, 0, now(), $2)`,
      [`req-${i}`, JSON.stringify({ petal_length: i })],
    );
  }
}
