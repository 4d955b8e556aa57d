/** Shared set-up for revert tests: a real Postgres, a fake AWS and the real AWS platform. */
import pg from "pg";
import { awsRevertPlatform } from "../../actions/lib/revert/aws-platform.js";
import {
  ensurePredictionTables,
  migrate,
} from "../../actions/lib/db/schema.js";
import { openPool } from "../../actions/lib/db/pool.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { revertVersion } from "../../actions/lib/revert/core.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { fakeAws, type FakeAwsSetup } from "./fake-aws.js";

/** The fixed "now" of every revert in these tests (it names the archived tables). */
export const AT = new Date("2026-05-01T10:20:30Z");
export const IMAGE = (v: string) =>
  `123456789012.dkr.ecr.us-east-1.amazonaws.com/iris:${v}`;

/** A fresh database for the current test file, migrated; dropped after the file. */
export function usePool(): () => pg.Pool {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await migrate(pool);
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });
  return () => pool;
}

/** A fake AWS plus a `run` that reverts through the real AWS platform and core. */
export function world(
  pool: () => pg.Pool,
  setup: FakeAwsSetup,
  repository?: string,
) {
  const aws = fakeAws(setup);
  const logger = memoryLogger();
  const platform = awsRevertPlatform({ ...aws, repository, logger, pollMs: 1 });
  const run = (options: {
    version: string;
    toVersion?: string;
    force?: boolean;
    dropData?: boolean;
    useDb?: boolean;
  }) =>
    revertVersion({
      app: aws.app,
      version: parseVersion(options.version),
      toVersion: options.toVersion
        ? parseVersion(options.toVersion)
        : undefined,
      force: options.force ?? false,
      dropData: options.dropData ?? false,
      db: options.useDb === false ? undefined : pool(),
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
  const r = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${qualified(schema, table)}`,
  );
  return r.rows[0]?.n ?? -1;
}

/** Creates a version's prediction tables and logs `n` input rows, as the service would. */
export async function liveTables(
  pool: pg.Pool,
  version: string,
  n: number,
): Promise<void> {
  const names = parseVersion(version);
  await ensurePredictionTables(pool, names);
  for (let i = 0; i < n; i++) {
    await pool.query(
      `INSERT INTO ${qualified("predictions", names.tables.inputs)} VALUES ($1, 0, now(), $2)`,
      [`req-${i}`, JSON.stringify({ petal_length: i })],
    );
  }
}
