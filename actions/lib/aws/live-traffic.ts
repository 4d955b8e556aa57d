/** How an app's load balancer splits traffic now, by version: read by deploy's canary and revert. */
import type { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { listenerTraffic, type WeightedTarget } from "./listener.js";
import { stackOutputs } from "./stack.js";
import { targetGroupVersions } from "./target-groups.js";
import type { Logger } from "../logger.js";
import { sharedStackName } from "../version.js";

/** A listener's targets keyed by version (or by ARN when no tag names a version). */
export type KeyedTargets = Map<string, WeightedTarget>;

/** The split of keyed targets as plain weights. */
export function splitOf(targets: KeyedTargets): Record<string, number> {
  return Object.fromEntries([...targets].map(([key, t]) => [key, t.weight]));
}

/**
 * The app's listeners: HTTP first (it decides the reported split), then HTTPS when the shared
 * stack has one. [] (and a log line) when the shared stack or its listener does not exist.
 */
export async function appListeners(options: {
  cfn: CloudFormationClient;
  app: string;
  /** Whose shared stack: default the default environment's. */
  environment?: string;
  logger: Logger;
}): Promise<string[]> {
  const stackName = sharedStackName(options.app, options.environment);
  const outputs = await stackOutputs({ cfn: options.cfn, stackName });
  const arns = [outputs?.ListenerArn, outputs?.HttpsListenerArn].filter(
    (arn): arn is string => !!arn,
  );
  if (arns.length === 0)
    options.logger.info(
      `no listener: stack ${stackName} ${outputs ? "has no ListenerArn output" : "does not exist"}`,
    );
  return arns;
}

/** A listener's forward targets, keyed by the version each target group serves. */
export async function keyedTargets(options: {
  elb: ElasticLoadBalancingV2Client;
  app: string;
  environment?: string;
  listenerArn: string;
}): Promise<KeyedTargets> {
  const { elb, app, listenerArn } = options;
  const weighted = await listenerTraffic({ elb, listenerArn });
  const versions = await targetGroupVersions(
    elb,
    { app, environment: options.environment },
    weighted.map((t) => t.targetGroupArn),
  );
  const keyed: KeyedTargets = new Map();
  for (const target of weighted) {
    const key = versions.get(target.targetGroupArn) ?? target.targetGroupArn;
    const seen = keyed.get(key);
    keyed.set(key, { ...target, weight: (seen?.weight ?? 0) + target.weight });
  }
  return keyed;
}

/** The split the app's first listener applies now ({} when there is none). */
export async function liveSplit(options: {
  cfn: CloudFormationClient;
  elb: ElasticLoadBalancingV2Client;
  app: string;
  environment?: string;
  logger: Logger;
}): Promise<Record<string, number>> {
  const [first] = await appListeners(options);
  if (!first) return {};
  return splitOf(await keyedTargets({ ...options, listenerArn: first }));
}
