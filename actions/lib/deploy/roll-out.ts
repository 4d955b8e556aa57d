/**
 * The part of a deploy every kind shares: the shared stack (created or updated), the version
 * stack's parameters, the version stack through its change set, and the deployments row (prepared
 * before, marked failed on a failure). What follows the stack is the kind's own (`finish`): the
 * load balancer split for an online version, the inbox route for a batch version.
 */
import type pg from "pg";
import type { DeployStackResult } from "../aws/stack.js";
import { openPool } from "../db/pool.js";
import {
  deployVersionStack,
  type DeployClients,
  type DeployOptions,
} from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { versionParameters } from "./parameters.js";
import { prepareRecord, recorder, type Recorder } from "./record.js";
import { ensureShared, type SharedStack } from "./shared-stack.js";

/** What the shared roll-out hands the kind's own finish. */
export interface RolledOut {
  shared: SharedStack;
  parameters: Record<string, string>;
  result: DeployStackResult;
  /** The deployments database, when the request names one (open until finish returns). */
  db?: pg.Pool;
  record: Recorder;
}

/** Rolls the version stack out, then runs `finish` while the database is still open. */
export async function rollOutVersion<T>(
  req: DeployRequest,
  clients: DeployClients,
  options: DeployOptions & {
    stackName: string;
    finish: (rolled: RolledOut) => Promise<T>;
  },
): Promise<T> {
  const { logger, stackName } = options;
  const source = options.source ?? {};
  const shared = await ensureShared(req, clients, { logger, source });
  const parameters = await versionParameters(req, clients, shared, stackName);
  const db = req.databaseUrl
    ? (options.openDb ?? openPool)(req.databaseUrl)
    : undefined;
  try {
    const record = recorder(req, db, source);
    if (db) await prepareRecord(db, req, { logger, record });
    const result = await deployVersionStack(req, clients, {
      stackName,
      parameters,
      source,
      logger,
      record,
    });
    return await options.finish({ shared, parameters, result, db, record });
  } finally {
    await db?.end();
  }
}
