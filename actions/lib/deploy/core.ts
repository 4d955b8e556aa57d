import type { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { ECSClient } from "@aws-sdk/client-ecs";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type pg from "pg";
import {
  deployStack,
  describeStack,
  outputsOf,
  type DeployStackResult,
} from "../aws/stack.js";
import { setListenerTraffic, type WeightedTarget } from "../aws/listener.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import { withAppLock } from "../db/app-lock.js";
import { openPool } from "../db/pool.js";
import type { DeployRequest } from "./inputs.js";
import { versionParameters } from "./parameters.js";
import { ensureShared, tags } from "./shared-stack.js";
import { withCanary } from "./canary.js";
import { recordDeployment, setTrafficWeights } from "../db/deployments.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logger.js";
import { parseVersion, versionStackName } from "../version.js";

/** The AWS clients a deploy uses; the caller builds them (region, credentials, endpoints). */
export interface DeployClients {
  cfn: CloudFormationClient;
  ecs: ECSClient;
  elb: ElasticLoadBalancingV2Client;
}

/** Where the deployed code came from, for stack tags and the deployments row. */
export interface DeploySource {
  commitSha?: string;
  repository?: string;
  /** The workflow run deploying (`<run id>/<attempt>`), recorded as the version's owner. */
  ownerRun?: string;
}

/** What a deploy did. */
export interface DeployResult {
  stackName: string;
  stackId: string;
  status: string;
  url: string;
  versionUrl: string;
  noChange: boolean;
  recreated: boolean;
  listenerRulePriority: string;
  traffic: Record<string, number>;
}

/** Each other version's target group, checked before anything is deployed. */
async function otherTargets(
  req: DeployRequest,
  clients: DeployClients,
): Promise<Map<string, string>> {
  const arns = new Map<string, string>();
  for (const version of req.traffic.keys()) {
    if (version === req.names.version) continue;
    const stackName = versionStackName(req.app, parseVersion(version));
    const arn = outputsOf(
      await describeStack(clients.cfn, stackName),
    ).TargetGroupArn;
    if (!arn) {
      throw new ConfigurationError(
        `traffic names version "${version}", but its stack ${stackName} does not exist or has no TargetGroupArn output`,
      );
    }
    arns.set(version, arn);
  }
  return arns;
}

/** Points every listener of the shared stack at the versions' target groups. */
async function applyTraffic(
  req: DeployRequest,
  clients: DeployClients,
  options: {
    shared: Record<string, string>;
    targets: Map<string, string>;
    logger: Logger;
  },
): Promise<void> {
  const targets: WeightedTarget[] = [...req.traffic].map(
    ([version, weight]) => ({
      targetGroupArn: options.targets.get(version) ?? "",
      weight,
    }),
  );
  const listeners = [
    options.shared.ListenerArn,
    options.shared.HttpsListenerArn,
  ].filter((arn): arn is string => !!arn);
  for (const listenerArn of listeners)
    await setListenerTraffic({
      elb: clients.elb,
      listenerArn,
      targets,
      logger: options.logger,
    });
}

/** Options of a deploy: where it logs, where the code came from, how to open the database. */
export interface DeployOptions {
  logger: Logger;
  source?: DeploySource;
  openDb?: (url: string) => pg.Pool;
}

/**
 * Deploys one model version: the shared stack when needed, the version's stack through a change
 * set, the listener's weighted traffic, and (with a database) the deployments row and the
 * version's prediction-log tables. With a database, the whole deploy holds the app's lock, so a
 * deploy and a revert of one app never run at once.
 */
export async function deployVersion(
  req: DeployRequest,
  clients: DeployClients,
  options: DeployOptions,
): Promise<DeployResult> {
  if (!req.databaseUrl) return deployUnlocked(req, clients, options);
  const pool = openPool(req.databaseUrl, 1);
  try {
    return await withAppLock(
      pool,
      {
        app: req.app,
        holder: `deploy ${req.names.version}`,
        logger: options.logger,
      },
      () => deployUnlocked(req, clients, options),
    );
  } finally {
    await pool.end();
  }
}

async function deployUnlocked(
  req: DeployRequest,
  clients: DeployClients,
  options: DeployOptions,
): Promise<DeployResult> {
  const { logger } = options;
  const source = options.source ?? {};
  if (req.canaryWeight !== undefined)
    req = await withCanary(req, clients, logger);
  const stackName = versionStackName(req.app, req.names);
  const others = await otherTargets(req, clients);
  const shared = await ensureShared(req, clients, { logger, source });
  const parameters = await versionParameters(req, clients, shared, stackName);
  const db = req.databaseUrl
    ? (options.openDb ?? openPool)(req.databaseUrl)
    : undefined;
  try {
    const record = recorder(req, db, source);
    if (db) {
      await migrate(db, logger);
      await ensurePredictionTables(db, req.names);
      await record("deploying");
    }
    let result: DeployStackResult;
    try {
      result = await logger.group(`Version stack ${stackName}`, () =>
        deployStack({
          cfn: clients.cfn,
          ecs: clients.ecs,
          stackName,
          templateBody: req.template.body,
          parameters,
          tags: tags(req, source, req.names.version),
          logger,
          pollMs: req.pollMs,
          timeoutMs: req.timeoutMs,
          maxFailedTasks: req.maxFailedTasks,
        }),
      );
    } catch (error) {
      await record("failed").catch(() => undefined);
      throw error;
    }
    const tg = result.outputs.TargetGroupArn;
    if (!tg) throw new Error(`stack ${stackName} has no TargetGroupArn output`);
    others.set(req.names.version, tg);
    await logger.group("Traffic", () =>
      applyTraffic(req, clients, {
        shared: shared.outputs,
        targets: others,
        logger,
      }),
    );
    if (db) {
      await record("serving", result);
      await setTrafficWeights(db, req.app, req.traffic);
    }
    return {
      stackName,
      stackId: result.stackId,
      status: result.status,
      url: result.outputs.Url ?? shared.outputs.LoadBalancerUrl ?? "",
      versionUrl: result.outputs.VersionUrl ?? "",
      noChange: result.noChange,
      recreated: result.recreated,
      listenerRulePriority: parameters.ListenerRulePriority ?? "",
      traffic: Object.fromEntries(req.traffic),
    };
  } finally {
    await db?.end();
  }
}

function recorder(
  req: DeployRequest,
  db: pg.Pool | undefined,
  source: DeploySource,
) {
  return async (
    status: "deploying" | "serving" | "failed",
    result?: DeployStackResult,
  ) => {
    if (!db) return;
    await recordDeployment(db, {
      app: req.app,
      version: req.names.version,
      status,
      image: req.image,
      imageDigest: req.imageDigest,
      stackId: result?.stackId,
      url: result?.outputs.VersionUrl,
      metrics: req.metrics,
      trafficWeight:
        status === "serving"
          ? (req.traffic.get(req.names.version) ?? 0)
          : undefined,
      commitSha: source.commitSha,
      repository: source.repository,
      ownerRun: source.ownerRun,
    });
  };
}
