/** The pipeline's smoke-test stage for a batch version: a file dropped, its output checked. */
import type { Logger } from "../logger.js";
import { runBatchSmokeTest } from "../smoke/batch.js";
import type { VersionNames } from "../version.js";
import type { SmokeTuningOptions } from "./run.js";
import type { PipelineTarget } from "./target.js";

/** What the batch smoke stage reads from the run. */
export interface BatchSmokeStageOptions {
  version: VersionNames;
  smoke: SmokeTuningOptions;
  databaseUrl?: string;
  target: PipelineTarget;
  logger: Logger;
}

/** Runs the batch smoke test through the target's dropbox; throws with the reasons on failure. */
export async function batchSmokeStage(
  run: BatchSmokeStageOptions,
): Promise<string> {
  if (!run.target.batchDropbox)
    throw new Error(
      `the ${run.target.name} target cannot smoke-test a batch version`,
    );
  const result = await runBatchSmokeTest({
    version: run.version.version,
    environment: run.version.environment,
    cases: run.smoke.cases ?? [],
    dropbox: run.target.batchDropbox(run.version),
    databaseUrl: run.databaseUrl,
    checkLogs: run.smoke.checkLogs,
    // A batch service scaled to 0 starts a task first: the ready wait's budget covers that.
    timeoutMs: run.smoke.readyTimeoutSeconds * 1000,
    logger: run.logger,
  });
  if (!result.passed) throw new Error(result.reasons.join("; "));
  const logged = result.logged
    ? `; ${result.logged.outputRows} row(s) logged`
    : "";
  return `${result.rows} case(s) scored in ${result.outputSeconds?.toFixed(1)} s, labels as expected${logged}`;
}
