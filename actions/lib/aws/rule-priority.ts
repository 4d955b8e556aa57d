import {
  DescribeRulesCommand,
  type ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { describeFailure } from "../errors.js";

/** ALB listener rule priorities run from 1 to 50000. */
export const MAX_RULE_PRIORITY = 50_000;

/** The priorities already taken on a listener (its default rule has none). */
export async function usedPriorities(options: {
  elb: ElasticLoadBalancingV2Client;
  listenerArn: string;
}): Promise<Set<number>> {
  const used = new Set<number>();
  let marker: string | undefined;
  do {
    const page = await describeFailure(
      "DescribeRules",
      `listener ${options.listenerArn}`,
      () =>
        options.elb.send(
          new DescribeRulesCommand({
            ListenerArn: options.listenerArn,
            Marker: marker,
          }),
        ),
    );
    for (const rule of page.Rules ?? []) {
      const n = Number(rule.Priority);
      if (Number.isInteger(n)) used.add(n);
    }
    marker = page.NextMarker;
  } while (marker);
  return used;
}
