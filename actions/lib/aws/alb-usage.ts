/**
 * How full an application load balancer is: its listener rules and target groups, next to the
 * account's limits for both (DescribeAccountLimits). Each version stack adds one of each, and the
 * 101st deploy would otherwise fail half-way through its stack.
 */
import {
  DescribeAccountLimitsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  type ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { describeFailure } from "../errors.js";

/** DescribeAccountLimits' names of the two limits a version stack counts against. */
export const RULES_LIMIT = "rules-per-application-load-balancer";
export const TARGET_GROUPS_LIMIT =
  "target-groups-per-application-load-balancer";

/** A load balancer's rules (not counting default rules) and target groups, and the limits. */
export interface AlbUsage {
  loadBalancerArn: string;
  rules: number;
  targetGroups: number;
  /** The account's limits by DescribeAccountLimits name (e.g. RULES_LIMIT → 100). */
  limits: Map<string, number>;
}

/** Bounds every paged read: 400 pages at 400 items would be far past any limit. */
const MAX_PAGES = 400;

async function paged<T>(
  fetch: (marker: string | undefined) => Promise<{ items: T[]; next?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  let pages = 0;
  do {
    const page = await fetch(marker);
    all.push(...page.items);
    marker = page.next;
  } while (marker && ++pages < MAX_PAGES);
  return all;
}

/** The load balancer of a listener, or undefined when the listener names none. */
async function loadBalancerOf(
  elb: ElasticLoadBalancingV2Client,
  listenerArn: string,
): Promise<string | undefined> {
  const out = await describeFailure(
    "DescribeListeners",
    `listener ${listenerArn}`,
    () =>
      elb.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })),
  );
  return out.Listeners?.[0]?.LoadBalancerArn;
}

async function countRules(
  elb: ElasticLoadBalancingV2Client,
  loadBalancerArn: string,
): Promise<number> {
  const what = `load balancer ${loadBalancerArn}`;
  const listeners = await paged(async (Marker) => {
    const out = await describeFailure("DescribeListeners", what, () =>
      elb.send(
        new DescribeListenersCommand({
          LoadBalancerArn: loadBalancerArn,
          Marker,
        }),
      ),
    );
    return { items: out.Listeners ?? [], next: out.NextMarker };
  });
  let rules = 0;
  for (const listener of listeners) {
    const listenerArn = listener.ListenerArn ?? "";
    const all = await paged(async (Marker) => {
      const out = await describeFailure(
        "DescribeRules",
        `listener ${listenerArn}`,
        () =>
          elb.send(
            new DescribeRulesCommand({ ListenerArn: listenerArn, Marker }),
          ),
      );
      return { items: out.Rules ?? [], next: out.NextMarker };
    });
    rules += all.filter((rule) => !rule.IsDefault).length;
  }
  return rules;
}

/**
 * The usage of the load balancer that `listenerArn` belongs to, or undefined when no load
 * balancer is named (nothing to count against).
 */
export async function albUsage(options: {
  elb: ElasticLoadBalancingV2Client;
  listenerArn: string;
}): Promise<AlbUsage | undefined> {
  const { elb } = options;
  const loadBalancerArn = await loadBalancerOf(elb, options.listenerArn);
  if (!loadBalancerArn) return undefined;
  const what = `load balancer ${loadBalancerArn}`;
  const targetGroups = await paged(async (Marker) => {
    const out = await describeFailure("DescribeTargetGroups", what, () =>
      elb.send(
        new DescribeTargetGroupsCommand({
          LoadBalancerArn: loadBalancerArn,
          Marker,
        }),
      ),
    );
    return { items: out.TargetGroups ?? [], next: out.NextMarker };
  });
  const limits = await paged(async (Marker) => {
    const out = await describeFailure(
      "DescribeAccountLimits",
      "the Elastic Load Balancing limits",
      () => elb.send(new DescribeAccountLimitsCommand({ Marker })),
    );
    return { items: out.Limits ?? [], next: out.NextMarker };
  });
  return {
    loadBalancerArn,
    rules: await countRules(elb, loadBalancerArn),
    targetGroups: targetGroups.length,
    limits: new Map(
      limits
        .filter(
          (limit) =>
            limit.Name && limit.Max && Number.isFinite(Number(limit.Max)),
        )
        .map((limit) => [limit.Name ?? "", Number(limit.Max)]),
    ),
  };
}
