/**
 * keep-versions: after a version takes all the traffic, online versions beyond the newest N that
 * serve none are taken out by the revert core (traffic, stack, images, archived tables, record),
 * exactly as `revert` would. Every version stack adds a listener rule, a target group and at least
 * one task, so without this the load balancer's limits end the 101st deploy and the bill grows.
 */
import type pg from "pg";
import { listVersionStacks } from "../aws/app-stacks.js";
import { describeStack } from "../aws/stack.js";
import { errorMessage } from "../errors.js";
import { ecrRepositoryOf } from "../image/names.js";
import type { Logger } from "../logger.js";
import { awsRevertPlatform } from "../revert/aws-platform.js";
import { revertVersion, type RevertPlatform } from "../revert/core.js";
import { openPool } from "../db/pool.js";
import { runsElsewhere } from "../db/environment-rows.js";
import type { DeployClients, DeployOptions } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { namesInPlace, registryScopeOf } from "./scope.js";
import { KIND_TAG } from "./tags.js";

/**
 * The kinds keep-versions retires. Shadow, batch and stream versions always have 0% of the
 * traffic, so "no traffic" says nothing about them: they are never retired this way.
 */
export const RETIRED_KINDS: ReadonlySet<string> = new Set(["online"]);

/** One version stack, as retirement sees it. */
export interface VersionStack {
  version: string;
  createdAt: Date;
  /** The stack's modelship:kind tag; stacks from before the tag are online. */
  kind: string;
}

/**
 * The versions to retire: of the online versions, newest first by stack creation, those past the
 * first `keep` that the split gives no traffic. Pure, so every rule here is table-tested.
 */
export function versionsToRetire(
  stacks: VersionStack[],
  traffic: Map<string, number>,
  keep: number,
): string[] {
  return stacks
    .filter((stack) => RETIRED_KINDS.has(stack.kind))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(keep)
    .filter((stack) => (traffic.get(stack.version) ?? 0) === 0)
    .map((stack) => stack.version);
}

/** The app's version stacks in the request's environment, with their kind (one DescribeStacks each, for the tags). */
async function versionStacks(
  req: DeployRequest,
  clients: DeployClients,
): Promise<VersionStack[]> {
  const found: VersionStack[] = [];
  for (const summary of await listVersionStacks({
    cfn: clients.cfn,
    app: req.app,
    environment: req.names.environment,
  })) {
    const stack = await describeStack(clients.cfn, summary.stackName);
    const tag = (key: string) => stack?.Tags?.find((t) => t.Key === key)?.Value;
    found.push({
      version: summary.version,
      createdAt: summary.createdAt,
      kind: tag(KIND_TAG) ?? "online",
    });
  }
  return found;
}

/** With a database: whether another environment runs a version (its images then stay). */
function imagesElsewhere(
  req: DeployRequest,
  db: pg.Pool | undefined,
): ((version: string) => Promise<boolean>) | undefined {
  if (!db) return undefined;
  return (version) => runsElsewhere(db, registryScopeOf(req), version);
}

/** What retireVersions needs beyond the request. */
export interface RetireOptions {
  logger: Logger;
  /** The deploy's deployments database, when it has one: tables archived, rows marked. */
  db?: pg.Pool;
}

/**
 * Reverts the versions keep-versions no longer keeps (see versionsToRetire) and returns them. The
 * deploy itself already succeeded, so a version that fails to go is a warning, not a failure: the
 * next deploy tries again.
 */
export async function retireVersions(
  req: DeployRequest,
  clients: DeployClients,
  options: RetireOptions,
): Promise<string[]> {
  const { logger } = options;
  let stacks: VersionStack[];
  try {
    stacks = await versionStacks(req, clients);
  } catch (error) {
    logger.warning(
      `keep-versions: could not list the version stacks: ${errorMessage(error)}; nothing was retired`,
    );
    return [];
  }
  const doomed = versionsToRetire(stacks, req.traffic, req.keepVersions);
  if (doomed.length === 0) return [];
  logger.info(
    `keep-versions ${req.keepVersions}: retiring ${doomed.join(", ")} (no traffic, older than the newest ${req.keepVersions})`,
  );
  const platform = awsRevertPlatform({
    ...clients,
    app: req.app,
    environment: req.names.environment,
    imageInUseElsewhere: imagesElsewhere(req, options.db),
    // Each version's own image repository comes from its deployments row when there is one.
    repository: options.db ? undefined : ecrRepositoryOf(req.image),
    roleArn: req.cloudFormationRoleArn,
    logger,
    pollMs: req.pollMs,
    timeoutMs: req.timeoutMs,
  });
  const retired: string[] = [];
  for (const version of doomed)
    if (await retireOne(req, version, { ...options, platform }))
      retired.push(version);
  return retired;
}

/** Reverts one version with the revert core; false (and a warning) when it fails. */
async function retireOne(
  req: DeployRequest,
  version: string,
  options: RetireOptions & { platform: RevertPlatform },
): Promise<boolean> {
  const { logger } = options;
  try {
    await logger.group(`Retire ${version}`, () =>
      revertVersion({
        app: req.app,
        version: namesInPlace(req, version),
        dropData: false,
        force: false,
        db: options.db,
        platform: options.platform,
        logger,
      }),
    );
    return true;
  } catch (error) {
    logger.warning(
      `keep-versions: could not retire ${version}: ${errorMessage(error)}; the next deploy tries again, or run revert for it`,
    );
    return false;
  }
}

/**
 * keep-versions after a shift to 100%, given the split that was applied, with a database pool of
 * its own: the deploy's lock is released by then, and each revert takes the app's lock in turn.
 */
export async function retireAfterShift(
  req: DeployRequest,
  clients: DeployClients,
  options: DeployOptions,
  traffic: Record<string, number>,
): Promise<string[]> {
  const db = req.databaseUrl
    ? (options.openDb ?? openPool)(req.databaseUrl)
    : undefined;
  try {
    const applied = { ...req, traffic: new Map(Object.entries(traffic)) };
    return await retireVersions(applied, clients, {
      logger: options.logger,
      db,
    });
  } finally {
    await db?.end();
  }
}
