/** The smoke test's outcome, kept on the version's row: a promotion reads it. */
import { recordSmokeOutcome, type SmokeOutcome } from "../db/deployments.js";
import { openPool } from "../db/pool.js";
import type { Logger } from "../logger.js";
import type { SmokeCase } from "../smoke/cases.js";
import { runSmokeTest } from "../smoke/index.js";
import type { SmokeOptions } from "../smoke/options.js";
import type { VersionNames } from "../version.js";
import { batchSmokeStage, type BatchSmokeStageOptions } from "./batch-smoke.js";
import type { Deployed } from "./target.js";

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

/**
 * The target's own smoke test of the version (a stream version's: the cases put on its input
 * stream), its outcome kept on the version's row as the online one's is.
 */
export async function ownSmokeRecorded(
  run: {
    databaseUrl?: string;
    app: string;
    version: VersionNames;
    smoke: { cases?: SmokeCase[] };
  },
  smoke: NonNullable<Deployed["smoke"]>,
): Promise<string> {
  const result = await smoke(run.smoke.cases ?? []);
  await recordSmoke(run, result.passed ? "passed" : "failed");
  if (!result.passed) throw new Error(result.reasons.join("; "));
  return result.detail;
}

/** The HTTP smoke test of the version's own URL, its outcome kept on the version's row. */
export async function onlineSmokeRecorded(
  run: {
    databaseUrl?: string;
    app: string;
    version: VersionNames;
    smoke: Omit<SmokeOptions, "url" | "version" | "databaseUrl" | "app">;
    logger: Logger;
  },
  url: string,
): Promise<string> {
  const result = await runSmokeTest(
    {
      ...run.smoke,
      url,
      version: run.version.version,
      databaseUrl: run.databaseUrl,
      app: run.app,
      environment: run.version.environment,
    },
    run.logger,
  );
  await recordSmoke(run, result.passed ? "passed" : "failed");
  if (!result.passed) throw new Error(result.reasons.join("; "));
  return result.load
    ? `p95 ${result.load.p95.toFixed(1)} ms, error rate ${(result.load.errorRate * 100).toFixed(2)}% over ${result.load.sent} requests`
    : "passed";
}

/**
 * The smoke test a deployed version's kind calls for, its outcome kept on the version's row: a
 * batch version's file through the target's dropbox, the target's own test when it has one (a
 * stream version's), else HTTP on the version's own URL. The pipeline and a promotion share it.
 */
export async function smokeRecorded(
  run: BatchSmokeStageOptions & {
    app: string;
    smoke: Omit<SmokeOptions, "url" | "version" | "databaseUrl" | "app">;
  },
  deployed: Deployed,
): Promise<string> {
  if (run.target.kind === "batch") return batchSmokeRecorded(run);
  if (deployed.smoke) return ownSmokeRecorded(run, deployed.smoke);
  return onlineSmokeRecorded(run, deployed.versionUrl);
}
