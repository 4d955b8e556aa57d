/**
 * Taking a model version out: traffic first (so no user hits a stack being deleted), then its
 * stack, its images, its prediction-log tables, and finally its row in `deployments`. The platform
 * (AWS, the local target, or a fake in tests) is injected, so the action and the CLI share this.
 */
import type pg from "pg";
import {
  getDeployment,
  listDeployments,
  type AppEnvironment,
  type Deployment,
} from "../db/deployments.js";
import { withAppLock } from "../db/app-lock.js";
import { migrate } from "../db/schema.js";
import {
  ConfigurationError,
  describeFailure,
  errorMessage,
} from "../errors.js";
import { ecrRepositoryOf } from "../image/names.js";
import type { Logger } from "../logger.js";
import type { VersionNames } from "../version.js";
import { runRevertSteps, type RevertContext } from "./steps.js";
import {
  REVERT_STEPS,
  type RevertPlatform,
  type RevertResult,
  type RevertStep,
} from "./types.js";

export {
  REVERT_STEPS,
  type RevertPlatform,
  type RevertResult,
  type RevertStep,
} from "./types.js";

/** Options for revertVersion. */
export interface RevertOptions {
  app: string;
  version: VersionNames;
  /** Gets all traffic; default: the previous healthy version (database) or the listener's next. */
  toVersion?: VersionNames;
  /** Drop the prediction-log tables instead of archiving them. */
  dropData: boolean;
  /** Allow taking out the only version that serves traffic. */
  force: boolean;
  /** A version that exists nowhere is a no-op instead of a usage error (the automatic revert). */
  missingOk?: boolean;
  /** Only revert a version whose deployments row this run owns (see DeploymentRecord.ownerRun). */
  ownerRun?: string;
  /** The deployments registry; without it, steps 4 and 5 are skipped. */
  db?: pg.Pool;
  platform: RevertPlatform;
  logger: Logger;
  now?: () => Date;
}

/** A failed revert, with the steps that ran before it (for the job summary). */
export class RevertError extends Error {
  override name = "RevertError";
  constructor(
    readonly steps: RevertStep[],
    cause: unknown,
  ) {
    super(errorMessage(cause), { cause });
  }
}

/** A result in which every step is a no-op, with one reason. */
function nothingDone(
  version: string,
  traffic: Record<string, number>,
  detail: string,
): RevertResult {
  return {
    reverted: false,
    version,
    traffic,
    archivedTables: [],
    droppedTables: [],
    steps: REVERT_STEPS.map((step) => ({ step, outcome: "no-op", detail })),
  };
}

/** The registry rows a revert reads and writes: its app in the version's environment. */
function scopeOfRevert(options: RevertOptions): AppEnvironment {
  return { app: options.app, environment: options.version.environment };
}

async function checkTarget(
  db: pg.Pool,
  scope: AppEnvironment,
  toVersion: string | undefined,
): Promise<void> {
  if (!toVersion) return;
  const row = await getDeployment(db, scope, toVersion);
  if (row && (row.status === "reverted" || row.status === "failed")) {
    throw new ConfigurationError(
      `to-version "${toVersion}" is ${row.status} in deployments: choose a serving version`,
    );
  }
}

/**
 * A version with no row, no stack, no image and no traffic was never deployed (or is a typo): a
 * usage error that lists the versions that do exist, or with missing-ok a no-op that says so.
 */
async function missingVersion(
  options: RevertOptions,
): Promise<RevertResult | undefined> {
  const version = options.version.version;
  if (await options.platform.versionExists(version)) return undefined;
  const traffic = await options.platform.currentTraffic();
  if (version in traffic) return undefined;
  const detail = `"${version}" was never deployed here: no deployments row, stack, image or traffic`;
  if (options.missingOk) {
    options.logger.info(`${detail} (missing-ok: nothing to do)`);
    return nothingDone(version, traffic, detail);
  }
  const known = options.db
    ? (await listDeployments(options.db, scopeOfRevert(options))).map(
        (r) => r.version,
      )
    : Object.keys(traffic);
  throw new ConfigurationError(
    `${detail}. Known versions of ${options.app}: ${known.join(", ") || "none"}`,
  );
}

async function readRow(
  db: pg.Pool,
  options: RevertOptions,
): Promise<Deployment | undefined> {
  return describeFailure("migrate", "the deployments database", async () => {
    await migrate(db, options.logger);
    return getDeployment(db, scopeOfRevert(options), options.version.version);
  });
}

/**
 * Reverts one version (see the module comment for the order). A second run is a no-op that says
 * so. Bad input fails before any platform call; a failure mid-way is a RevertError carrying the
 * steps that did run, and running revert again resumes where it stopped.
 */
export async function revertVersion(
  options: RevertOptions,
): Promise<RevertResult> {
  const version = options.version.version;
  const toVersion = options.toVersion?.version;
  if (toVersion === version) {
    throw new ConfigurationError(
      `to-version "${toVersion}" is the version being reverted`,
    );
  }
  const ctx: RevertContext = {
    ...options,
    names: options.version,
    toVersion,
    now: options.now ?? (() => new Date()),
    steps: [],
  };
  const row = options.db ? await readRow(options.db, options) : undefined;
  if (row?.status === "reverted") {
    const at = row.revertedAt ? ` at ${row.revertedAt.toISOString()}` : "";
    const detail = `already reverted${at}: nothing to do`;
    options.logger.info(`"${version}" was ${detail}`);
    return nothingDone(
      version,
      await options.platform.currentTraffic(),
      detail,
    );
  }
  // Without a database there is no record to tell "never deployed" from "already reverted": the
  // steps then run and each says what it found.
  if (options.ownerRun && row && row.ownerRun !== options.ownerRun) {
    const detail = `not reverted: "${version}" belongs to run ${row.ownerRun ?? "(unknown)"} (${row.status}), not to this run (${options.ownerRun})`;
    options.logger.warning(detail);
    return nothingDone(
      version,
      await options.platform.currentTraffic(),
      detail,
    );
  }
  if (!row && options.db) {
    const missing = await missingVersion(options);
    if (missing) return missing;
  }
  if (options.db)
    await checkTarget(options.db, scopeOfRevert(options), toVersion);
  ctx.repository = ecrRepositoryOf(row?.image);
  const locked = options.db
    ? <T>(fn: () => Promise<T>) =>
        withAppLock(
          options.db as pg.Pool,
          {
            app: options.app,
            holder: `revert ${version}`,
            logger: options.logger,
          },
          fn,
        )
    : <T>(fn: () => Promise<T>) => fn();
  try {
    const result = await locked(() => runRevertSteps(ctx));
    if (!result.reverted)
      options.logger.info(
        `"${version}" has no traffic, stack, images or tables left: nothing to do`,
      );
    return result;
  } catch (error) {
    if (error instanceof ConfigurationError && ctx.steps.length === 0)
      throw error;
    const failed = REVERT_STEPS[ctx.steps.length];
    if (failed)
      ctx.steps.push({
        step: failed,
        outcome: "failed",
        detail: errorMessage(error),
      });
    throw new RevertError(ctx.steps, error);
  }
}
