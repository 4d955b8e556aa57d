/** Whether one more version fits on the app's load balancer: checked before anything is deployed. */
import {
  albUsage,
  RULES_LIMIT,
  TARGET_GROUPS_LIMIT,
  type AlbUsage,
} from "../aws/alb-usage.js";
import { describeStack, outputsOf, RECREATE_STATUSES } from "../aws/stack.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logger.js";
import { versionStackName } from "../version.js";
import type { DeployClients } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { sharedStackOf } from "./scope.js";

/** AWS's default limits, used when DescribeAccountLimits leaves one out. */
export const DEFAULT_ALB_LIMITS: Record<string, number> = {
  [RULES_LIMIT]: 100,
  [TARGET_GROUPS_LIMIT]: 100,
};

/**
 * Throws a ConfigurationError when a new version stack (one listener rule and one target group)
 * would pass the load balancer's rule or target-group limit, saying what to do instead.
 */
export function checkAlbRoom(usage: AlbUsage, keepVersions: number): void {
  const limit = (name: string) =>
    usage.limits.get(name) ?? DEFAULT_ALB_LIMITS[name] ?? Infinity;
  const full = [
    { what: "listener rules", used: usage.rules, name: RULES_LIMIT },
    {
      what: "target groups",
      used: usage.targetGroups,
      name: TARGET_GROUPS_LIMIT,
    },
  ].filter((entry) => entry.used + 1 > limit(entry.name));
  if (full.length === 0) return;
  const counts = full
    .map(
      (entry) =>
        `${entry.used} of ${limit(entry.name)} ${entry.what} (${entry.name})`,
    )
    .join(" and ");
  throw new ConfigurationError(
    `load balancer ${usage.loadBalancerArn} already has ${counts}: a new version needs one more of each. ` +
      `Revert versions that serve no traffic (modelship revert VERSION), lower "keep-versions" (now ${keepVersions}; "deploy.keep-versions" in modelship.yml) so older ones are retired, or raise the limit in Service Quotas`,
  );
}

/**
 * Before anything is deployed: when this version's stack is new (one more rule and target group)
 * and the shared stack's load balancer exists, checks that both still fit (checkAlbRoom).
 */
export async function checkRoomForVersion(
  req: DeployRequest,
  clients: DeployClients,
  logger: Logger,
): Promise<void> {
  const mine = await describeStack(
    clients.cfn,
    versionStackName(req.app, req.names),
  );
  // An update adds no rule or target group; a stack left by a failed create is made anew.
  if (mine && !RECREATE_STATUSES.has(mine.StackStatus ?? "")) return;
  const shared = await describeStack(clients.cfn, sharedStackOf(req));
  const listenerArn = outputsOf(shared).ListenerArn;
  if (!listenerArn) return;
  const usage = await albUsage({ elb: clients.elb, listenerArn });
  if (!usage) return;
  logger.info(
    `load balancer: ${usage.rules} listener rules and ${usage.targetGroups} target groups in use; this version adds one of each`,
  );
  checkAlbRoom(usage, req.keepVersions);
}
