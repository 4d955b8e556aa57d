import type { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { ECRClient } from "@aws-sdk/client-ecr";
import type { ECSClient } from "@aws-sdk/client-ecs";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import type pg from "pg";
import {
  deployStack,
  describeStack,
  outputsOf,
  type DeployStackResult,
} from "../aws/stack.js";
import { setListenerTraffic, type WeightedTarget } from "../aws/listener.js";
import { withAppLock } from "../db/app-lock.js";
import { openPool } from "../db/pool.js";
import type { DeployRequest } from "./inputs.js";
import { checkRoomForVersion } from "./quotas.js";
import { retireAfterShift } from "./retire.js";
import type { SharedStack } from "./shared-stack.js";
import { refuseTargetGroupReplacement } from "./change-review.js";
import { versionTags } from "./tags.js";
import { servingListeners } from "./traffic.js";
import { withCanary } from "./canary.js";
import { setTrafficWeights } from "../db/deployments.js";
import type { Recorder } from "./record.js";
import { rollOutVersion } from "./roll-out.js";
import { explainMissingRole } from "../common-inputs.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logger.js";
import { versionStackName } from "../version.js";
import { namesInPlace, registryScopeOf } from "./scope.js";
import {
  deployWorkerUnlocked,
  type BatchEndpoints,
  type StreamEndpoints,
} from "./batch.js";

/** The AWS clients a deploy uses; the caller builds them (region, credentials, endpoints). */
export interface DeployClients {
  cfn: CloudFormationClient;
  ecs: ECSClient;
  elb: ElasticLoadBalancingV2Client;
  /** For keep-versions: the retired versions' images are deleted. */
  ecr: ECRClient;
  /** For batch versions: the app-wide inbox/ rule's target. */
  events?: EventBridgeClient;
}

/** Where the deployed code came from, for stack tags and the deployments row. */
export interface DeploySource {
  commitSha?: string;
  repository?: string;
  /** The workflow run deploying (`<run id>/<attempt>`), recorded as the version's owner. */
  ownerRun?: string;
}

/** How deployVersion logs, tags and records. */
export interface DeployOptions {
  logger: Logger;
  source?: DeploySource;
  /** Opens the deployments database (tests pass their own). */
  openDb?: (url: string) => pg.Pool;
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
  /** Versions keep-versions reverted after this one took all the traffic. */
  retired: string[];
  /** A batch version's bucket, prefixes and queues. */
  batch?: BatchEndpoints;
  /** A stream version's input and output streams and consumer group. */
  stream?: StreamEndpoints;
}

/** Each other version's target group, checked before anything is deployed. */
async function otherTargets(
  req: DeployRequest,
  clients: DeployClients,
): Promise<Map<string, string>> {
  const arns = new Map<string, string>();
  for (const version of req.traffic.keys()) {
    if (version === req.names.version) continue;
    const stackName = versionStackName(req.app, namesInPlace(req, version));
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
  for (const listenerArn of servingListeners(options.shared))
    await setListenerTraffic({
      elb: clients.elb,
      listenerArn,
      targets,
      logger: options.logger,
    });
}

/** What deploying the version's own stack needs. */
export interface VersionStackDeploy {
  stackName: string;
  parameters: Record<string, string>;
  source: DeploySource;
  logger: Logger;
  record: Recorder;
}

/** The version's stack through a change set; a failure is recorded before it is thrown. */
export async function deployVersionStack(
  req: DeployRequest,
  clients: DeployClients,
  options: VersionStackDeploy,
): Promise<DeployStackResult> {
  const { stackName, logger } = options;
  try {
    return await logger.group(`Version stack ${stackName}`, () =>
      deployStack({
        cfn: clients.cfn,
        ecs: clients.ecs,
        stackName,
        templateBody: req.template.body,
        parameters: options.parameters,
        declaredParameters: req.template.parameters,
        resourceTypes: req.template.resourceTypes,
        roleArn: req.cloudFormationRoleArn,
        reviewChanges: refuseTargetGroupReplacement(stackName, logger),
        tags: versionTags(req, options.source),
        logger,
        pollMs: req.pollMs,
        timeoutMs: req.timeoutMs,
        maxFailedTasks: req.maxFailedTasks,
      }),
    );
  } catch (error) {
    await options.record("failed").catch(() => undefined);
    throw error;
  }
}

/**
 * Deploys one model version: checks the load balancer has room, the shared stack when needed, the
 * version's stack through a change set, the listener's weighted traffic, and (with a database)
 * the deployments row and the version's prediction-log tables. With a database, the deploy holds
 * the app's lock, so a deploy and a revert of one app never run at once. When the version then
 * has all the traffic, versions past keep-versions that serve none are reverted, after the lock
 * is released: each revert takes it in turn.
 */
export async function deployVersion(
  req: DeployRequest,
  clients: DeployClients,
  options: DeployOptions,
): Promise<DeployResult> {
  try {
    const deployed = await deployLocked(req, clients, options);
    const shifted = deployed.traffic[req.names.version] === 100;
    const retired = shifted
      ? await retireAfterShift(req, clients, options, deployed.traffic)
      : [];
    return { ...deployed, retired };
  } catch (error) {
    throw explainMissingRole(error, req.cloudFormationRoleArn);
  }
}

type Deployed = Omit<DeployResult, "retired">;

async function deployLocked(
  req: DeployRequest,
  clients: DeployClients,
  options: DeployOptions,
): Promise<Deployed> {
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
): Promise<Deployed> {
  if (req.kind !== "online") return deployWorkerUnlocked(req, clients, options);
  const { logger } = options;
  if (req.canaryWeight !== undefined)
    req = await withCanary(req, clients, logger);
  const stackName = versionStackName(req.app, req.names);
  const others = await otherTargets(req, clients);
  await checkRoomForVersion(req, clients, logger);
  return rollOutVersion(req, clients, {
    ...options,
    stackName,
    finish: async ({ shared, parameters, result, db, record }) => {
      await serve(req, clients, { shared, others, result, logger });
      if (db) {
        await record("serving", result);
        await setTrafficWeights(
          db,
          registryScopeOf(req),
          req.traffic,
          req.shadows,
        );
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
    },
  });
}

/** Applies the request's split, with the new stack's target group among the others'. */
async function serve(
  req: DeployRequest,
  clients: DeployClients,
  options: {
    shared: SharedStack;
    others: Map<string, string>;
    result: DeployStackResult;
    logger: Logger;
  },
): Promise<void> {
  const tg = options.result.outputs.TargetGroupArn;
  if (!tg)
    throw new Error(
      `stack ${versionStackName(req.app, req.names)} has no TargetGroupArn output`,
    );
  options.others.set(req.names.version, tg);
  await options.logger.group("Traffic", () =>
    applyTraffic(req, clients, {
      shared: options.shared.outputs,
      targets: options.others,
      logger: options.logger,
    }),
  );
}
