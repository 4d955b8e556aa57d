/** `modelship revert VERSION`: the revert core on the local target (default) or on AWS. */
import pg from "pg";
import { recordedSplit, runsElsewhere } from "../lib/db/deployments.js";
import { environmentStateDir } from "../lib/local/paths.js";
import { openPool } from "../lib/db/pool.js";
import { migrate } from "../lib/db/schema.js";
import { batchScope, clearLocalRoute } from "../lib/batch/inbox.js";
import { nodeRunner } from "../lib/exec.js";
import { withStateLock } from "../lib/local/lock.js";
import { ensureLocalPostgres } from "../lib/local/postgres.js";
import { localRevertPlatform } from "../lib/local/revert-platform.js";
import type { Logger } from "../lib/logger.js";
import { revertOnAws } from "../lib/revert/aws.js";
import { revertVersion } from "../lib/revert/core.js";
import {
  readRevertInputs,
  REVERT_INPUTS,
  type RevertInputs,
} from "../lib/revert/inputs.js";
import type { RevertResult } from "../lib/revert/types.js";
import {
  ENV_FLAG,
  STATE_DIR_FLAG,
  TARGET_FLAG,
  type Command,
} from "./command.js";
import { choice, stateDirOf } from "./local-state.js";

async function revertLocally(
  inputs: RevertInputs,
  stateDir: string,
  logger: Logger,
): Promise<RevertResult> {
  const { url } = await ensureLocalPostgres(stateDir, logger);
  const pool: pg.Pool = openPool(url);
  try {
    await migrate(pool);
    const scope = { app: inputs.app, environment: inputs.version.environment };
    const currentTraffic = () => recordedSplit(pool, scope);
    const platform = localRevertPlatform({
      app: inputs.app,
      stateDir,
      servicesDir: environmentStateDir(stateDir, scope.environment),
      runner: nodeRunner,
      logger,
      currentTraffic,
      imageInUseElsewhere: (version) => runsElsewhere(pool, scope, version),
      // The environment's own inbox route (the same version elsewhere keeps its own).
      clearBatchRoute: (version) =>
        clearLocalRoute(
          pool,
          batchScope(inputs.app, scope.environment),
          version,
        ),
    });
    return await revertVersion({ ...inputs, db: pool, platform, logger });
  } finally {
    await pool.end();
  }
}

const lockedRevert = (
  inputs: RevertInputs,
  stateDir: string,
  logger: Logger,
): Promise<RevertResult> =>
  withStateLock(stateDir, logger, () =>
    revertLocally(inputs, stateDir, logger),
  );

export const revertCommand: Command = {
  name: "revert",
  summary: "take a version out; its prediction logs are archived",
  positional: { name: "VERSION", flag: "version" },
  // The CLI names the environment with --env, as its other commands do.
  flags: [
    ...REVERT_INPUTS.filter((spec) => !spec.environment),
    ENV_FLAG,
    TARGET_FLAG,
    STATE_DIR_FLAG,
  ],
  async run({ read }, logger) {
    // The version's names (stack, tables) and its rows are the chosen environment's.
    const inputs = readRevertInputs(read, ENV_FLAG.name);
    const where = choice(read, "target", ["local", "aws"]);
    const result =
      where === "local"
        ? await lockedRevert(inputs, stateDirOf(read, process.cwd()), logger)
        : await revertOnAws(inputs, logger);
    for (const step of result.steps)
      logger.info(`${step.step}: ${step.outcome}: ${step.detail}`);
    const version = inputs.version.version;
    logger.info(
      result.reverted
        ? `reverted ${version}; traffic ${JSON.stringify(result.traffic)}; archived ${result.archivedTables.join(", ") || "nothing"}`
        : `${version}: nothing to do`,
    );
    return 0;
  },
};
