/**
 * A whole promotion, as the CLI runs it: promote (check, carry the image, deploy at the canary
 * weight), smoke-test in the target environment, then shift all its traffic. A failed smoke test
 * reverts the version in the target environment only; the source environment is never touched.
 */
import { errorMessage } from "../errors.js";
import { openPool } from "../db/pool.js";
import { revertVersion } from "../revert/core.js";
import { smokeRecorded } from "../pipeline/smoke-record.js";
import type { SmokeTuningOptions } from "../pipeline/run.js";
import {
  renderStageReport,
  StageRunner,
  type ProgressSink,
  type StageResult,
} from "../pipeline/stages.js";
import { PromotionRefused } from "./check.js";
import { promoteVersion, type PromoteOptions, type Promoted } from "./core.js";

/** A promotion run's options: the core's, with the registry's URL and the smoke test's tuning. */
export interface PromotionRunOptions extends Omit<PromoteOptions, "db"> {
  databaseUrl: string;
  smoke: SmokeTuningOptions;
  progress: ProgressSink;
}

/** How a promotion run went. */
export interface PromotionRunResult {
  passed: boolean;
  /** Why the checks refused it (nothing changed), when they did. */
  refused?: string;
  stages: StageResult[];
  report: string;
  promoted?: Promoted;
}

async function promoteStage(
  o: PromotionRunOptions,
  stages: StageRunner,
): Promise<Promoted> {
  let promoted: Promoted | undefined;
  await stages.run(`promote ${o.from} → ${o.to}`, async () => {
    const db = openPool(o.databaseUrl);
    try {
      promoted = await promoteVersion({ ...o, db });
    } finally {
      await db.end();
    }
    return `${promoted.digest}; ${promoted.carried}; ${promoted.deployed.detail}`;
  });
  return promoted as Promoted;
}

async function smokeStage(
  o: PromotionRunOptions,
  stages: StageRunner,
  promoted: Promoted,
): Promise<void> {
  // The version's kind picks the test (a batch file, a stream's events or HTTP), in the target.
  const run = {
    databaseUrl: o.databaseUrl,
    app: o.app,
    version: promoted.names,
    smoke: o.smoke,
    target: o.target,
    logger: o.logger,
  };
  try {
    await stages.run(
      "smoke-test",
      async () => `${await smokeRecorded(run, promoted.deployed)} (in ${o.to})`,
    );
  } catch (error) {
    await stages.run(`revert in ${o.to} (smoke test failed)`, async () => {
      const db = openPool(o.databaseUrl);
      try {
        const reverted = await revertVersion({
          app: o.app,
          version: promoted.names,
          dropData: false,
          force: true,
          db,
          platform: o.target.revertPlatform(),
          logger: o.logger,
        });
        return `traffic in ${o.to} now ${JSON.stringify(reverted.traffic)}`;
      } finally {
        await db.end();
      }
    });
    throw error;
  }
}

/** Runs the promotion's stages and stops at the first failure; never throws for a stage. */
export async function runPromotion(
  o: PromotionRunOptions,
): Promise<PromotionRunResult> {
  const stages = new StageRunner(o.progress, o.logger);
  let promoted: Promoted | undefined;
  let refused: string | undefined;
  try {
    promoted = await promoteStage(o, stages);
    await smokeStage(o, stages, promoted);
    await stages.run("traffic", () =>
      o.target.shiftAll(promoted!.names, promoted!.metrics),
    );
  } catch (error) {
    if (error instanceof PromotionRefused) refused = errorMessage(error);
    else if (stages.passed) stages.fail("promotion", error);
  }
  const title = `modelship promote ${o.version} ${o.from} → ${o.to} (${o.target.name})`;
  return {
    passed: stages.passed,
    refused,
    stages: stages.results,
    report: renderStageReport(title, stages.results),
    promoted,
  };
}
