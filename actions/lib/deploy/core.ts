import type { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { ECSClient } from "@aws-sdk/client-ecs";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type pg from "pg";
import { usedPriorities } from "../aws/rule-priority.js";
import { choosePriority } from "./rule-priority.js";
import {
  deployStack,
  describeStack,
  outputsOf,
  parametersOf,
  type DeployStackResult,
} from "../aws/stack.js";
import { setListenerTraffic, type WeightedTarget } from "../aws/listener.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import { openPool } from "../db/pool.js";
import type { DeployRequest } from "./inputs.js";
import { withCanary } from "./canary.js";
import { recordDeployment, setTrafficWeights } from "../db/deployments.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logger.js";
import { parseVersion, sharedStackName, versionStackName } from "../version.js";

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

// Shared-stack outputs the version template takes as parameters of the same name.
const SHARED_OUTPUTS = [
  "ClusterName",
  "ListenerArn",
  "VpcId",
  "ServiceSubnetIds",
  "AssignPublicIp",
  "ServiceSecurityGroupId",
  "ExecutionRoleArn",
  "TaskRoleArn",
  "LogGroupName",
  "LoadBalancerUrl",
];
// Shared-stack parameters the version stack must agree with.
const SHARED_PARAMETERS = ["DatabaseUrlSecretArn", "ContainerPort"];

function tags(req: DeployRequest, source: DeploySource, version: string) {
  return {
    "modelship:app": req.app,
    "modelship:version": version,
    "modelship:commit": source.commitSha ?? "",
    "modelship:repository": source.repository ?? "",
  };
}

/** Keeps only the parameters a template declares: CloudFormation rejects any other. */
function declaredOnly(all: Record<string, string>, declared: Set<string>) {
  return Object.fromEntries(
    Object.entries(all).filter(([k]) => declared.has(k)),
  );
}

/**
 * Makes sure the app's shared stack exists and returns its outputs and parameters. It is created
 * (or updated) only when shared-parameters are given; otherwise a missing one is an error.
 */
async function ensureShared(
  req: DeployRequest,
  clients: DeployClients,
  options: { logger: Logger; source: DeploySource },
) {
  const stackName = sharedStackName(req.app);
  const existing = await describeStack(clients.cfn, stackName);
  if (!req.sharedParameters) {
    if (!existing?.Outputs?.length) {
      throw new ConfigurationError(
        `the shared stack ${stackName} does not exist (or has no outputs${existing ? `; it is ${existing.StackStatus}` : ""}): give "shared-parameters" (VpcId, LoadBalancerSubnetIds, DatabaseUrlSecretArn) to create it`,
      );
    }
    options.logger.info(`shared stack ${stackName} is ${existing.StackStatus}`);
    return { outputs: outputsOf(existing), parameters: parametersOf(existing) };
  }
  const parameters = {
    AppName: req.app,
    ...Object.fromEntries(req.sharedParameters),
  };
  const result = await options.logger.group(`Shared stack ${stackName}`, () =>
    deployStack({
      cfn: clients.cfn,
      stackName,
      templateBody: req.sharedTemplate.body,
      parameters: declaredOnly(parameters, req.sharedTemplate.parameters),
      tags: tags(req, options.source, "shared"),
      logger: options.logger,
      pollMs: req.pollMs,
      timeoutMs: req.timeoutMs,
    }),
  );
  return { outputs: result.outputs, parameters };
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

async function versionParameters(
  req: DeployRequest,
  clients: DeployClients,
  shared: {
    outputs: Record<string, string>;
    parameters: Record<string, string>;
  },
  stackName: string,
): Promise<Record<string, string>> {
  const listenerArn = shared.outputs.ListenerArn ?? "";
  const existing = parametersOf(await describeStack(clients.cfn, stackName));
  // An update keeps its priority; a new stack takes a free one on the listener.
  let priority =
    req.parameters.get("ListenerRulePriority") ?? existing.ListenerRulePriority;
  if (!priority && req.template.parameters.has("ListenerRulePriority")) {
    const used = await usedPriorities({ elb: clients.elb, listenerArn });
    priority = String(choosePriority(req.names.version, used));
  }
  const all: Record<string, string> = {
    AppName: req.app,
    ModelVersion: req.names.version,
    VersionSlug: req.names.slug,
    ImageUri: req.image,
    ...(priority ? { ListenerRulePriority: priority } : {}),
  };
  for (const key of SHARED_PARAMETERS)
    if (shared.parameters[key] !== undefined)
      all[key] = shared.parameters[key] ?? "";
  for (const key of SHARED_OUTPUTS)
    if (shared.outputs[key] !== undefined) all[key] = shared.outputs[key] ?? "";
  return declaredOnly(
    { ...all, ...Object.fromEntries(req.parameters) },
    req.template.parameters,
  );
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

/**
 * Deploys one model version: the shared stack when needed, the version's stack through a change
 * set, the listener's weighted traffic, and (with a database) the deployments row and the
 * version's prediction-log tables.
 */
export async function deployVersion(
  req: DeployRequest,
  clients: DeployClients,
  options: {
    logger: Logger;
    source?: DeploySource;
    openDb?: (url: string) => pg.Pool;
  },
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
    });
  };
}
