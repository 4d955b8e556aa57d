import {
  DescribeRulesCommand,
  type ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { ConfigurationError, describeFailure } from "../errors.js";

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

// FNV-1a: a stable spread of versions over the range, so two versions deployed at the same
// time rarely race for the same priority (as "lowest free" would make them do).
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A free priority for `version`: it starts at a point derived from the version and steps up
 * (wrapping) past taken ones, so the same listener state always gives the same answer.
 */
export function choosePriority(version: string, used: Set<number>): number {
  if (used.size >= MAX_RULE_PRIORITY) {
    throw new ConfigurationError("the listener has no free rule priority left");
  }
  let p = (hash(version) % MAX_RULE_PRIORITY) + 1;
  while (used.has(p)) p = (p % MAX_RULE_PRIORITY) + 1;
  return p;
}
