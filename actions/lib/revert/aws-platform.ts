/**
 * RevertPlatform on AWS: the ALB listeners of the app's shared stack, each version's
 * CloudFormation stack, and the ECR repository. The SDK calls live in ../aws/; this file only
 * composes them.
 */
import type { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { ECRClient } from "@aws-sdk/client-ecr";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { deleteVersionImages } from "../aws/ecr-cleanup.js";
import {
  listenerTraffic,
  setListenerTraffic,
  setListenerUnavailable,
  type WeightedTarget,
} from "../aws/listener.js";
import { deleteStack, stackOutputs } from "../aws/stack.js";
import { targetGroupVersions } from "../aws/target-groups.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logger.js";
import {
  isValidVersion,
  parseVersion,
  sharedStackName,
  versionStackName,
} from "../version.js";
import { sameSplit, type Split } from "./traffic.js";
import type { RevertPlatform } from "./types.js";

/** Options for awsRevertPlatform. */
export interface AwsRevertPlatformOptions {
  cfn: CloudFormationClient;
  elb: ElasticLoadBalancingV2Client;
  ecr: ECRClient;
  app: string;
  /** ECR repository name; without it (and without one in deployments) images are left alone. */
  repository?: string;
  logger: Logger;
  pollMs?: number;
  timeoutMs?: number;
}

/** A listener's targets keyed by version (or by ARN when no tag names a version). */
type KeyedTargets = Map<string, WeightedTarget>;

const splitOf = (targets: KeyedTargets): Split =>
  Object.fromEntries([...targets].map(([key, t]) => [key, t.weight]));

/** Builds the AWS RevertPlatform. */
export function awsRevertPlatform(
  options: AwsRevertPlatformOptions,
): RevertPlatform {
  const { cfn, elb, app, logger } = options;
  let listeners: Promise<string[]> | undefined;

  // The HTTP listener first (it decides the reported split), then HTTPS when the app has one:
  // deploy-stack weights both, and a target group either still uses blocks the stack's deletion.
  const listenerArns = () =>
    (listeners ??= stackOutputs({ cfn, stackName: sharedStackName(app) }).then(
      (outputs) => {
        const arns = [outputs?.ListenerArn, outputs?.HttpsListenerArn].filter(
          (arn): arn is string => !!arn,
        );
        if (arns.length === 0)
          logger.info(
            `no listener: stack ${sharedStackName(app)} ${outputs ? "has no ListenerArn output" : "does not exist"}`,
          );
        return arns;
      },
    ));

  async function targetsOf(listenerArn: string): Promise<KeyedTargets> {
    const weighted = await listenerTraffic({ elb, listenerArn });
    const versions = await targetGroupVersions(
      elb,
      app,
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

  async function targetGroupOf(
    key: string,
    current: KeyedTargets,
  ): Promise<string> {
    const live = current.get(key)?.targetGroupArn;
    if (live) return live;
    if (!isValidVersion(key)) return key; // an untagged target group, known by its ARN
    const stackName = versionStackName(app, parseVersion(key));
    const arn = (await stackOutputs({ cfn, stackName }))?.TargetGroupArn;
    if (!arn) {
      throw new ConfigurationError(
        `to-version "${key}" cannot take traffic: stack ${stackName} does not exist or has no TargetGroupArn output`,
      );
    }
    return arn;
  }

  async function applyTo(listenerArn: string, next: Split): Promise<void> {
    const current = await targetsOf(listenerArn);
    if (sameSplit(splitOf(current), next)) {
      logger.info(`listener ${listenerArn} already has this split`);
      return;
    }
    if (Object.keys(next).length === 0) {
      await setListenerUnavailable({ elb, listenerArn, logger });
      return;
    }
    const targets: WeightedTarget[] = [];
    for (const [key, weight] of Object.entries(next))
      targets.push({ targetGroupArn: await targetGroupOf(key, current), weight });
    await setListenerTraffic({ elb, listenerArn, targets, logger });
  }

  return {
    async currentTraffic() {
      const [first] = await listenerArns();
      return first ? splitOf(await targetsOf(first)) : {};
    },
    async applyTraffic(next) {
      const arns = await listenerArns();
      for (const listenerArn of arns) await applyTo(listenerArn, next);
      return arns.length > 0 ? next : {};
    },
    deleteVersion: (version) =>
      deleteStack({
        cfn,
        stackName: versionStackName(app, parseVersion(version)),
        logger,
        pollMs: options.pollMs,
        timeoutMs: options.timeoutMs,
      }),
    async deleteImages(version, fallback) {
      const repository = options.repository ?? fallback;
      if (!repository) {
        logger.info("no repository given: images are left in place");
        return [];
      }
      return deleteVersionImages({
        ecr: options.ecr,
        repository,
        version,
        logger,
      });
    },
  };
}
