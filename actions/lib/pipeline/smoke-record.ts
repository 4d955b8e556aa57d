/** The smoke test's outcome, kept on the version's row: a promotion reads it. */
import { recordSmokeOutcome, type SmokeOutcome } from "../db/deployments.js";
import { openPool } from "../db/pool.js";
import type { VersionNames } from "../version.js";
import { batchSmokeStage, type BatchSmokeStageOptions } from "./batch-smoke.js";

/** Records `outcome` for the version in its environment; a no-op without a database. */
export async function recordSmoke(
  run: { databaseUrl?: string; app: string; version: VersionNames },
  outcome: SmokeOutcome,
): Promise<void> {
  if (!run.databaseUrl) return;
  const pool = openPool(run.databaseUrl);
  try {
    const scope = { app: run.app, environment: run.version.environment };
    await recordSmokeOutcome(pool, scope, run.version.version, outcome);
  } finally {
    await pool.end();
  }
}

/** The batch smoke test, its outcome kept on the version's row as the online one's is. */
export async function batchSmokeRecorded(
  run: BatchSmokeStageOptions & { app: string },
): Promise<string> {
  try {
    const summary = await batchSmokeStage(run);
    await recordSmoke(run, "passed");
    return summary;
  } catch (error) {
    await recordSmoke(run, "failed");
    throw error;
  }
}
