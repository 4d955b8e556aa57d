/**
 * RevertPlatform on AWS: the ALB listeners of the app's shared stack, each version's
 * CloudFormation stack, and the ECR repository. The SDK calls live in ../aws/; this file only
 * composes them.
 */
import type { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { ECRClient } from "@aws-sdk/client-ecr";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { clearInbox, inboxTarget } from "../aws/inbox-route.js";
import { appInboxRuleName } from "../deploy/batch.js";
import { deleteVersionImages, imageOfTag } from "../aws/ecr-cleanup.js";
import {
  setListenerTraffic,
  setListenerUnavailable,
  type WeightedTarget,
} from "../aws/listener.js";
import {
  appListeners,
  keyedTargets,
  splitOf,
  type KeyedTargets,
} from "../aws/live-traffic.js";
import { deleteStack, describeStack, stackOutputs } from "../aws/stack.js";
import { ConfigurationError, errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import {
  DEFAULT_ENVIRONMENT,
  environmentApp,
  isValidVersion,
  parseVersion,
  versionStackName,
} from "../version.js";
import { sameSplit, type Split } from "./traffic.js";
import type { RevertPlatform } from "./types.js";

/** Options for awsRevertPlatform. */
export interface AwsRevertPlatformOptions {
  cfn: CloudFormationClient;
  elb: ElasticLoadBalancingV2Client;
  ecr: ECRClient;
  /** For batch versions: the app-wide inbox/ rule is cleared when it sends to the version. */
  events?: EventBridgeClient;
  app: string;
  /** The environment whose stacks and listeners these are; default the default environment. */
  environment?: string;
  /**
   * True when another environment still runs the version: its images (one repository per app,
   * shared by every environment) then stay. Without it, a non-default environment keeps images,
   * since nothing can tell whether another one runs them.
   */
  imageInUseElsewhere?: (version: string) => Promise<boolean>;
  /** ECR repository name; without it (and without one in deployments) images are left alone. */
  repository?: string;
  /** The CloudFormation service role DeleteStack names (RoleARN). */
  roleArn?: string;
  logger: Logger;
  pollMs?: number;
  timeoutMs?: number;
}

/** Builds the AWS RevertPlatform. */
export function awsRevertPlatform(
  options: AwsRevertPlatformOptions,
): RevertPlatform {
  const { cfn, elb, app, logger } = options;
  const environment = options.environment ?? DEFAULT_ENVIRONMENT;
  let listeners: Promise<string[]> | undefined;
  const listenerArns = () =>
    (listeners ??= appListeners({ cfn, app, environment, logger }));
  const targetsOf = (listenerArn: string) =>
    keyedTargets({ elb, app, environment, listenerArn });
  const stackOf = (version: string) =>
    versionStackName(app, parseVersion(version, environment));

  async function targetGroupOf(
    key: string,
    current: KeyedTargets,
  ): Promise<string> {
    const live = current.get(key)?.targetGroupArn;
    if (live) return live;
    if (!isValidVersion(key)) return key; // an untagged target group, known by its ARN
    const stackName = stackOf(key);
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
      targets.push({
        targetGroupArn: await targetGroupOf(key, current),
        weight,
      });
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
    async versionExists(version) {
      if (await describeStack(cfn, stackOf(version))) return true;
      // The repository is every environment's: an image says the version exists here only in
      // the default environment (whose names are those from before environments).
      if (!options.repository || environment !== DEFAULT_ENVIRONMENT)
        return false;
      const image = await imageOfTag({
        ecr: options.ecr,
        repository: options.repository,
        tag: version,
      });
      return image !== undefined;
    },
    async deleteVersion(version) {
      const stackName = stackOf(version);
      await releaseAppInbox(options, stackName);
      return deleteStack({
        cfn,
        stackName,
        logger,
        roleArn: options.roleArn,
        pollMs: options.pollMs,
        timeoutMs: options.timeoutMs,
      });
    },
    async deleteImages(version, fallback) {
      const repository = options.repository ?? fallback;
      if (!repository) {
        logger.info("no repository given: images are left in place");
        return [];
      }
      if (await keepsImages(options, version)) return [];
      return deleteVersionImages({
        ecr: options.ecr,
        repository,
        version,
        logger,
      });
    },
  };
}

/**
 * True when the version's images must stay: another environment runs it, or (in a non-default
 * environment with no way to ask) it may. Says why in the log.
 */
async function keepsImages(
  options: AwsRevertPlatformOptions,
  version: string,
): Promise<boolean> {
  const environment = options.environment ?? DEFAULT_ENVIRONMENT;
  const check = options.imageInUseElsewhere;
  if (check ? await check(version) : environment !== DEFAULT_ENVIRONMENT) {
    options.logger.info(
      check
        ? `${version}'s images stay: another environment runs it`
        : `${version}'s images stay: the repository is shared by every environment and no database says where ${version} still runs`,
    );
    return true;
  }
  return false;
}

/**
 * A batch version's queue goes with its stack: when the app-wide inbox/ rule sends there, its
 * target is removed first, so files dropped under inbox/ wait in the bucket (kept) for the next
 * batch deploy instead of going to a deleted queue. A failure here is a warning: the revert goes on.
 */
async function releaseAppInbox(
  options: AwsRevertPlatformOptions,
  stackName: string,
): Promise<void> {
  const { events, cfn, app, logger } = options;
  if (!events) return;
  const queueArn = (await stackOutputs({ cfn, stackName }))?.QueueArn;
  if (!queueArn) return;
  const ruleName = appInboxRuleName(environmentApp(app, options.environment));
  try {
    if ((await inboxTarget(events, ruleName)) !== queueArn) return;
    await clearInbox(events, ruleName);
    logger.info(`rule ${ruleName} no longer sends inbox/ to ${stackName}`);
  } catch (error) {
    logger.warning(
      `rule ${ruleName} could not be cleared: ${errorMessage(error)}`,
    );
  }
}
