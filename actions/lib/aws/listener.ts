import {
  DescribeListenersCommand,
  ModifyListenerCommand,
  type Action,
  type ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { ConfigurationError, describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";

/** An ALB forward action takes at most this many target groups. */
export const MAX_WEIGHTED_TARGETS = 5;

/** One weighted target of a listener's default forward action. */
export interface WeightedTarget {
  targetGroupArn: string;
  weight: number;
}

/**
 * Points the listener's default action at the given target groups with weights. The load
 * balancer's URL stays the same while versions come and go behind it.
 */
export async function setListenerTraffic(options: {
  elb: ElasticLoadBalancingV2Client;
  listenerArn: string;
  targets: WeightedTarget[];
  logger: Logger;
}): Promise<void> {
  const { elb, listenerArn, targets, logger } = options;
  if (targets.length === 0 || targets.length > MAX_WEIGHTED_TARGETS) {
    throw new ConfigurationError(
      `a listener forwards to 1 to ${MAX_WEIGHTED_TARGETS} target groups, got ${targets.length}`,
    );
  }
  const action: Action = {
    Type: "forward",
    ForwardConfig: {
      TargetGroups: targets.map((t) => ({
        TargetGroupArn: t.targetGroupArn,
        Weight: t.weight,
      })),
      TargetGroupStickinessConfig: { Enabled: false },
    },
  };
  await describeFailure("ModifyListener", `listener ${listenerArn}`, () =>
    elb.send(
      new ModifyListenerCommand({
        ListenerArn: listenerArn,
        DefaultActions: [action],
      }),
    ),
  );
  for (const t of targets)
    logger.info(`traffic: ${t.weight}% → ${t.targetGroupArn}`);
}

/**
 * Reads how the listener's default action splits traffic now. A single-target forward counts as
 * 100; any other default action (for example a fixed 404 before the first deploy) gives [].
 */
export async function listenerTraffic(options: {
  elb: ElasticLoadBalancingV2Client;
  listenerArn: string;
}): Promise<WeightedTarget[]> {
  const { elb, listenerArn } = options;
  const out = await describeFailure(
    "DescribeListeners",
    `listener ${listenerArn}`,
    () =>
      elb.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })),
  );
  const forward = out.Listeners?.[0]?.DefaultActions?.find(
    (a) => a.Type === "forward",
  );
  if (!forward) return [];
  const groups = forward.ForwardConfig?.TargetGroups ?? [];
  if (groups.length > 0) {
    // A lone target group without a weight receives everything.
    return groups.map((g) => ({
      targetGroupArn: g.TargetGroupArn ?? "",
      weight: g.Weight ?? (groups.length === 1 ? 100 : 1),
    }));
  }
  return forward.TargetGroupArn
    ? [{ targetGroupArn: forward.TargetGroupArn, weight: 100 }]
    : [];
}

/**
 * Makes the listener answer 503 with a JSON body: used when no version is left to forward to
 * (pointing at a deleted target group would also block the stack's deletion).
 */
export async function setListenerUnavailable(options: {
  elb: ElasticLoadBalancingV2Client;
  listenerArn: string;
  logger: Logger;
}): Promise<void> {
  const { elb, listenerArn } = options;
  await describeFailure("ModifyListener", `listener ${listenerArn}`, () =>
    elb.send(
      new ModifyListenerCommand({
        ListenerArn: listenerArn,
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
  options.logger.warning(
    `listener ${listenerArn} now answers 503: no version is serving`,
  );
}
