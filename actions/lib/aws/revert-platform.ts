/**
 * RevertPlatform on AWS: the ALB listeners of the app's shared stack, each version's
 * CloudFormation stack, and the ECR repository.
 */
import type { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import type { ECRClient } from "@aws-sdk/client-ecr";
import {
  DescribeTagsCommand,
  ModifyListenerCommand,
  type ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { ConfigurationError, describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";
import type { RevertPlatform } from "../revert.js";
import { parseVersion, sharedStackName, versionStackName } from "../version.js";
import { deleteVersionImages } from "./ecr-cleanup.js";
import { deleteStack, stackOutputs } from "./stack.js";
import {
  listenerTraffic,
  MAX_WEIGHTED_TARGETS,
  setListenerTraffic,
} from "./traffic.js";

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

/** A listener target with the version it belongs to (or its ARN when no tag says). */
interface Target {
  version: string;
  targetGroupArn: string;
  weight: number;
}

const TAGS_PER_CALL = 20; // DescribeTags takes at most 20 ARNs

/**
 * Which version each target group serves, from the tags CloudFormation propagates from the version
 * stack: `modelship:version`, else the stack name `<app>-v-<slug>`.
 */
async function versionsOf(
  elb: ElasticLoadBalancingV2Client,
  app: string,
  arns: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const prefix = `${app}-v-`;
  for (let i = 0; i < arns.length; i += TAGS_PER_CALL) {
    const chunk = arns.slice(i, i + TAGS_PER_CALL);
    const out = await describeFailure(
      "DescribeTags",
      `target groups ${chunk.join(", ")}`,
      () => elb.send(new DescribeTagsCommand({ ResourceArns: chunk })),
    );
    for (const d of out.TagDescriptions ?? []) {
      const tag = (k: string) => d.Tags?.find((t) => t.Key === k)?.Value;
      const stack = tag("aws:cloudformation:stack-name");
      const fromStack = stack?.startsWith(prefix)
        ? stack.slice(prefix.length).replaceAll("--", ".")
        : undefined;
      const version = tag("modelship:version") ?? fromStack;
      if (d.ResourceArn && version) found.set(d.ResourceArn, version);
    }
  }
  return found;
}

const record = (targets: Target[]): Record<string, number> => {
  const result: Record<string, number> = {};
  for (const t of targets)
    result[t.version] = (result[t.version] ?? 0) + t.weight;
  return result;
};

/** A split as comparable text: the order of target groups does not change where traffic goes. */
const canonical = (targets: Target[]): string =>
  targets
    .map((t) => `${t.targetGroupArn}=${t.weight}`)
    .sort()
    .join(",");

/** The next split: `to` gets everything, or `from`'s share goes to the heaviest remaining. */
function nextTargets(
  current: Target[],
  from: string,
  to: Target | undefined,
): Target[] {
  const remaining = current.filter((t) => t.version !== from);
  const fromWeight = current
    .filter((t) => t.version === from)
    .reduce((sum, t) => sum + t.weight, 0);
  if (to) {
    const rest = remaining
      .filter((t) => t.targetGroupArn !== to.targetGroupArn)
      .slice(0, MAX_WEIGHTED_TARGETS - 1);
    return [{ ...to, weight: 100 }, ...rest.map((t) => ({ ...t, weight: 0 }))];
  }
  const heaviest = remaining.reduce<Target | undefined>(
    (best, t) => (best && best.weight >= t.weight ? best : t),
    undefined,
  );
  return remaining.map((t) =>
    t === heaviest ? { ...t, weight: t.weight + fromWeight } : t,
  );
}

/** Builds the AWS RevertPlatform. */
export function awsRevertPlatform(
  options: AwsRevertPlatformOptions,
): RevertPlatform {
  const { cfn, elb, ecr, app, logger } = options;
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

  async function targets(arn: string): Promise<Target[]> {
    const weighted = await listenerTraffic({ elb, listenerArn: arn });
    const versions = await versionsOf(
      elb,
      app,
      weighted.map((t) => t.targetGroupArn),
    );
    return weighted.map((t) => ({
      ...t,
      version: versions.get(t.targetGroupArn) ?? t.targetGroupArn,
    }));
  }

  async function targetOf(version: string, current: Target[]): Promise<Target> {
    const live = current.find((t) => t.version === version);
    if (live) return live;
    const stackName = versionStackName(app, parseVersion(version));
    const arn = (await stackOutputs({ cfn, stackName }))?.TargetGroupArn;
    if (!arn) {
      throw new ConfigurationError(
        `to-version "${version}" cannot take traffic: stack ${stackName} does not exist or has no TargetGroupArn output`,
      );
    }
    return { version, targetGroupArn: arn, weight: 0 };
  }

  async function apply(arn: string, next: Target[]): Promise<void> {
    if (next.length > 0) {
      await setListenerTraffic({
        elb,
        listenerArn: arn,
        targets: next,
        logger,
      });
      return;
    }
    // Nothing left to forward to (only with force): answer 503 rather than point at a deleted
    // target group, which would also block the stack's deletion.
    await describeFailure("ModifyListener", `listener ${arn}`, () =>
      elb.send(
        new ModifyListenerCommand({
          ListenerArn: arn,
          DefaultActions: [
            {
              Type: "fixed-response",
              FixedResponseConfig: {
                StatusCode: "503",
                ContentType: "application/json",
                MessageBody: '{"error":"no model version is serving"}',
              },
            },
          ],
        }),
      ),
    );
    logger.warning(`listener ${arn} now answers 503: no version is serving`);
  }

  return {
    async currentTraffic() {
      const [arn] = await listenerArns();
      return arn ? record(await targets(arn)) : {};
    },
    async shiftTraffic(toVersion, fromVersion) {
      let split: Record<string, number> = {};
      for (const [i, arn] of (await listenerArns()).entries()) {
        const current = await targets(arn);
        const to = toVersion ? await targetOf(toVersion, current) : undefined;
        const next = nextTargets(current, fromVersion, to);
        if (canonical(next) !== canonical(current)) await apply(arn, next);
        else logger.info(`listener ${arn} is already without "${fromVersion}"`);
        if (i === 0) split = record(next);
      }
      return split;
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
      return deleteVersionImages({ ecr, repository, version, logger });
    },
  };
}
