/**
 * Taking a model version out: traffic first (so no user hits a stack being deleted), then its
 * stack, its images, its prediction-log tables, and finally its row in `deployments`. The platform
 * (AWS, or a fake in tests) is injected, so the action and the CLI share this code.
 */
import type pg from "pg";
import { migrate } from "../db/schema.js";
import {
  archivePredictionTables,
  dropPredictionTables,
  getDeployment,
  markReverted,
  previousHealthyVersion,
  setTrafficWeights,
} from "../db/deployments.js";
import { ConfigurationError, describeFailure, errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import { describeSplit, revertedSplit, sameSplit } from "./traffic.js";
import {
  REVERT_STEPS,
  type RevertPlatform,
  type RevertResult,
  type RevertStep,
} from "./types.js";
import { isValidVersion, parseAppName, parseVersion } from "../version.js";

export {
  REVERT_STEPS,
  type RevertPlatform,
  type RevertResult,
  type RevertStep,
} from "./types.js";

/** Options for revertVersion. */
export interface RevertOptions {
  app: string;
  version: string;
  /** Gets all traffic; default: the previous healthy version (database) or the listener's next. */
  toVersion?: string;
  /** Drop the prediction-log tables instead of archiving them. */
  dropData: boolean;
  /** Allow taking out the only version that serves traffic. */
  force: boolean;
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

/** The ECR repository name in an image reference such as `1.dkr.ecr.r.amazonaws.com/repo:tag`. */
export function ecrRepositoryOf(
  image: string | null | undefined,
): string | undefined {
  const match =
    /^[0-9]{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/([^:@]+)/.exec(
      image ?? "",
    );
  return match?.[1];
}

interface Context extends RevertOptions {
  steps: RevertStep[];
  repository?: string;
}

async function chooseTarget(ctx: Context): Promise<{
  before: Record<string, number>;
  target?: string;
}> {
  const { platform, version, db, app } = ctx;
  const before = await platform.currentTraffic();
  const fromWeight = before[version] ?? 0;
  let target = ctx.toVersion;
  // Only a version that carries traffic needs a successor; otherwise the split stays as it is.
  if (!target && fromWeight > 0 && db) {
    target = await previousHealthyVersion(db, app, version);
  }
  const others = Object.keys(before).filter((v) => v !== version);
  if (fromWeight > 0 && !target && others.length === 0) {
    if (!ctx.force) {
      throw new ConfigurationError(
        `version "${version}" is the only version serving traffic (${fromWeight}%), so reverting it ` +
          `would take the app offline: deploy another version first, name one with to-version, ` +
          `or set force: true to take it out anyway`,
      );
    }
    ctx.logger.warning(
      `force: taking out "${version}", the only serving version; the listener will answer 503`,
    );
  }
  return { before, target };
}

async function stepTraffic(ctx: Context): Promise<{
  traffic: Record<string, number>;
  target?: string;
}> {
  const { before, target } = await chooseTarget(ctx);
  const next = revertedSplit(before, ctx.version, target);
  const traffic = sameSplit(before, next)
    ? before
    : await ctx.platform.applyTraffic(next);
  const changed = !sameSplit(before, traffic);
  if (ctx.db && changed) {
    const versions = Object.entries(traffic).filter(([v]) => isValidVersion(v));
    const { missing } = await setTrafficWeights(
      ctx.db,
      ctx.app,
      new Map(versions),
    );
    if (missing.length > 0)
      ctx.logger.warning(
        `no deployments row for ${missing.join(", ")}: their weights are not recorded`,
      );
  }
  ctx.steps.push({
    step: "traffic",
    outcome: changed ? "done" : "no-op",
    detail: changed
      ? `was ${describeSplit(before)}; now ${describeSplit(traffic)}`
      : `"${ctx.version}" takes no traffic; split left as ${describeSplit(traffic)}`,
  });
  return { traffic, target };
}

async function stepTables(
  ctx: Context,
): Promise<{ archived: string[]; dropped: string[] }> {
  const names = parseVersion(ctx.version);
  if (!ctx.db) {
    ctx.steps.push({
      step: "tables",
      outcome: "skipped",
      detail: "no database-url given",
    });
    return { archived: [], dropped: [] };
  }
  const now = ctx.now ?? (() => new Date());
  const archived = ctx.dropData
    ? []
    : await archivePredictionTables(ctx.db, names, now());
  const dropped = ctx.dropData ? await dropPredictionTables(ctx.db, names) : [];
  const moved = [...archived, ...dropped];
  ctx.steps.push({
    step: "tables",
    outcome: moved.length > 0 ? "done" : "no-op",
    detail:
      moved.length === 0
        ? `no live tables for "${ctx.version}" (already archived or never created)`
        : ctx.dropData
          ? `dropped (drop-data: true) ${dropped.join(", ")}`
          : `archived, every row kept: ${archived.join(", ")}`,
  });
  return { archived, dropped };
}

async function stepRecord(ctx: Context, archived: string[]): Promise<boolean> {
  if (!ctx.db) {
    ctx.steps.push({
      step: "record",
      outcome: "skipped",
      detail: "no database-url given",
    });
    return false;
  }
  const { changed, previousStatus } = await markReverted(
    ctx.db,
    ctx.app,
    ctx.version,
    archived,
  );
  ctx.steps.push({
    step: "record",
    outcome: changed ? "done" : "no-op",
    detail: previousStatus
      ? `deployments: ${previousStatus} → reverted`
      : "deployments: no earlier row; recorded as reverted",
  });
  return changed;
}

async function runSteps(ctx: Context): Promise<RevertResult> {
  const { logger, platform, version } = ctx;
  const shift = await logger.group("1. traffic", () => stepTraffic(ctx));
  const stack = await logger.group("2. stack", () =>
    platform.deleteVersion(version),
  );
  ctx.steps.push({
    step: "stack",
    outcome: stack.deleted ? "done" : "no-op",
    detail: stack.deleted ? "deleted" : "already gone",
  });
  const images = await logger.group("3. images", () =>
    platform.deleteImages(version, ctx.repository),
  );
  ctx.steps.push({
    step: "images",
    outcome: images.length > 0 ? "done" : "no-op",
    detail:
      images.length > 0
        ? `deleted ${images.join(", ")}`
        : "none left to delete",
  });
  const tables = await logger.group("4. prediction tables", () =>
    stepTables(ctx),
  );
  const marked = await logger.group("5. deployments", () =>
    stepRecord(ctx, tables.archived),
  );
  const reverted = marked || ctx.steps.some((s) => s.outcome === "done");
  return {
    reverted,
    version,
    toVersion: shift.target,
    traffic: shift.traffic,
    archivedTables: tables.archived,
    droppedTables: tables.dropped,
    steps: ctx.steps,
  };
}

function alreadyReverted(
  ctx: Context,
  at: Date | null,
  traffic: Record<string, number>,
): RevertResult {
  const detail = `already reverted${at ? ` at ${at.toISOString()}` : ""}: nothing to do`;
  ctx.logger.info(`"${ctx.version}" was ${detail}`);
  return {
    reverted: false,
    version: ctx.version,
    traffic,
    archivedTables: [],
    droppedTables: [],
    steps: REVERT_STEPS.map((step) => ({ step, outcome: "no-op", detail })),
  };
}

/**
 * Reverts one version (see the module comment for the order). A second run is a no-op that says
 * so. Bad input fails before any platform call; a failure mid-way is a RevertError carrying the
 * steps that did run, and running revert again resumes where it stopped.
 */
export async function revertVersion(
  options: RevertOptions,
): Promise<RevertResult> {
  const app = parseAppName(options.app);
  const version = parseVersion(options.version).version;
  const toVersion =
    options.toVersion && parseVersion(options.toVersion).version;
  if (toVersion === version) {
    throw new ConfigurationError(
      `to-version "${toVersion}" is the version being reverted`,
    );
  }
  const ctx: Context = { ...options, app, version, toVersion, steps: [] };
  if (options.db) {
    const db = options.db;
    const row = await describeFailure(
      "migrate",
      "the deployments database",
      async () => {
        await migrate(db, options.logger);
        return getDeployment(db, app, version);
      },
    );
    if (row?.status === "reverted") {
      return alreadyReverted(
        ctx,
        row.revertedAt,
        await options.platform.currentTraffic(),
      );
    }
    await checkTarget(db, app, toVersion);
    ctx.repository = ecrRepositoryOf(row?.image);
  }
  try {
    const result = await runSteps(ctx);
    if (!result.reverted) {
      options.logger.info(
        `"${version}" has no traffic, stack, images or tables left: nothing to do`,
      );
    }
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

async function checkTarget(
  db: pg.Pool,
  app: string,
  toVersion: string | undefined,
): Promise<void> {
  if (!toVersion) return;
  const row = await getDeployment(db, app, toVersion);
  if (row && (row.status === "reverted" || row.status === "failed")) {
    throw new ConfigurationError(
      `to-version "${toVersion}" is ${row.status} in deployments: choose a serving version`,
    );
  }
}
