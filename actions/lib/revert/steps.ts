/** The five steps of a revert, in order, each recording how it went in `ctx.steps`. */
import type pg from "pg";
import {
  archivePredictionTables,
  dropPredictionTables,
  markReverted,
  previousHealthyVersion,
  setTrafficWeights,
} from "../db/deployments.js";
import { ConfigurationError } from "../errors.js";
import { archiveCheckpoints, streamScope } from "../stream/checkpoints.js";
import type { Logger } from "../logger.js";
import { isValidVersion, type VersionNames } from "../version.js";
import { describeSplit, revertedSplit, sameSplit } from "./traffic.js";
import type { RevertPlatform, RevertResult, RevertStep } from "./types.js";

/** What every step needs: the validated request and the steps so far. */
export interface RevertContext {
  app: string;
  names: VersionNames;
  toVersion?: string;
  dropData: boolean;
  force: boolean;
  db?: pg.Pool;
  platform: RevertPlatform;
  logger: Logger;
  now: () => Date;
  repository?: string;
  steps: RevertStep[];
}

async function chooseTarget(
  ctx: RevertContext,
): Promise<{ before: Record<string, number>; target?: string }> {
  const { platform, db, app } = ctx;
  const version = ctx.names.version;
  const before = await platform.currentTraffic();
  const fromWeight = before[version] ?? 0;
  let target = ctx.toVersion;
  // Only a version that carries traffic needs a successor; otherwise the split stays as it is.
  if (!target && fromWeight > 0 && db)
    target = await previousHealthyVersion(
      db,
      { app, environment: ctx.names.environment },
      version,
    );
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

async function stepTraffic(
  ctx: RevertContext,
): Promise<{ traffic: Record<string, number>; target?: string }> {
  const { before, target } = await chooseTarget(ctx);
  const next = revertedSplit(before, ctx.names.version, target);
  const traffic = sameSplit(before, next)
    ? before
    : await ctx.platform.applyTraffic(next);
  const changed = !sameSplit(before, traffic);
  if (ctx.db && changed) {
    const versions = Object.entries(traffic).filter(([v]) => isValidVersion(v));
    const { missing } = await setTrafficWeights(
      ctx.db,
      { app: ctx.app, environment: ctx.names.environment },
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
      : `"${ctx.names.version}" takes no traffic; split left as ${describeSplit(traffic)}`,
  });
  return { traffic, target };
}

async function stepTables(
  ctx: RevertContext,
): Promise<{ archived: string[]; dropped: string[] }> {
  if (!ctx.db) {
    ctx.steps.push({
      step: "tables",
      outcome: "skipped",
      detail: "no database-url given",
    });
    return { archived: [], dropped: [] };
  }
  const archived = ctx.dropData
    ? []
    : await archivePredictionTables(ctx.db, ctx.names, ctx.now());
  const dropped = ctx.dropData
    ? await dropPredictionTables(ctx.db, ctx.names)
    : [];
  // A stream version's checkpoints go to the archive too (the input stream is left alone).
  const checkpoints = await archiveCheckpoints(ctx.db, {
    app: streamScope(ctx.app, ctx.names.environment),
    consumer: ctx.names.version,
    at: ctx.now(),
  });
  const note =
    checkpoints > 0 ? `; ${checkpoints} stream checkpoint(s) archived` : "";
  const moved = [...archived, ...dropped];
  ctx.steps.push({
    step: "tables",
    outcome: moved.length > 0 || checkpoints > 0 ? "done" : "no-op",
    detail:
      (moved.length === 0
        ? `no live tables for "${ctx.names.version}" (already archived or never created)`
        : ctx.dropData
          ? `dropped (drop-data: true) ${dropped.join(", ")}`
          : `archived, every row kept: ${archived.join(", ")}`) + note,
  });
  return { archived, dropped };
}

async function stepRecord(
  ctx: RevertContext,
  archived: string[],
): Promise<boolean> {
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
    { app: ctx.app, environment: ctx.names.environment },
    ctx.names.version,
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

/** Runs traffic → stack → images → tables → record, each as one log group. */
export async function runRevertSteps(
  ctx: RevertContext,
): Promise<RevertResult> {
  const { logger, platform } = ctx;
  const version = ctx.names.version;
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
  return {
    reverted: marked || ctx.steps.some((s) => s.outcome === "done"),
    version,
    toVersion: shift.target,
    traffic: shift.traffic,
    archivedTables: tables.archived,
    droppedTables: tables.dropped,
    steps: ctx.steps,
  };
}
