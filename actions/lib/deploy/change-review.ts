/**
 * Changes a deploy refuses before executing them (deployStack's reviewChanges): they would break
 * what serves now, and CloudFormation would only find out half-way through.
 */
import type { ResourceChange } from "@aws-sdk/client-cloudformation";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logger.js";

const TARGET_GROUP = "AWS::ElasticLoadBalancingV2::TargetGroup";

/** `TargetGroup (Port, Protocol)`: a change and the properties that force its replacement. */
function describeChange(change: ResourceChange): string {
  const forcing = (change.Details ?? [])
    .filter((d) => (d.Target?.RequiresRecreation ?? "Never") !== "Never")
    .map((d) => d.Target?.Name)
    .filter((name): name is string => !!name);
  const because =
    forcing.length > 0 ? ` (${[...new Set(forcing)].join(", ")})` : "";
  return `${change.LogicalResourceId ?? "?"}${because}`;
}

/**
 * Refuses an update that replaces the version's target group. The listener's default action,
 * which deploy-stack owns, still points at the old one: CloudFormation could not delete it, and
 * the app would answer 503 until traffic was applied again. A conditional replacement is let
 * through with a warning, since it may not happen.
 */
export function refuseTargetGroupReplacement(
  stackName: string,
  logger: Logger,
): (changes: ResourceChange[]) => void {
  return (changes) => {
    const groups = changes.filter((c) => c.ResourceType === TARGET_GROUP);
    for (const change of groups.filter((c) => c.Replacement === "Conditional"))
      logger.warning(
        `stack ${stackName}: target group ${describeChange(change)} may be replaced by this update`,
      );
    const replaced = groups.filter((c) => c.Replacement === "True");
    if (replaced.length === 0) return;
    throw new ConfigurationError(
      `stack ${stackName}: this update would replace target group ${replaced.map(describeChange).join(", ")}, ` +
        `which the load balancer's listener forwards to: the old one could not be deleted and traffic would get 503s. ` +
        `Deploy the change under a new version (it gets its own target group), or revert this version first and deploy it again`,
    );
  };
}

/**
 * Refuses a shared-stack update that removes or replaces a resource while version stacks run on
 * it: their services, listener rules and roles refer to the cluster, listener, security groups
 * and roles by id, and would break or be orphaned.
 */
export function refuseDestructiveSharedChange(
  stackName: string,
  versions: string[],
): (changes: ResourceChange[]) => void {
  return (changes) => {
    const destructive = changes.filter(
      (c) => c.Action === "Remove" || c.Replacement === "True",
    );
    if (destructive.length === 0) return;
    const what = destructive
      .map(
        (c) =>
          `${c.Action === "Remove" ? "remove" : "replace"} ${describeChange(c)}`,
      )
      .join(", ");
    const shown = versions.slice(0, 5).join(", ");
    const more = versions.length > 5 ? ` and ${versions.length - 5} more` : "";
    throw new ConfigurationError(
      `shared stack ${stackName}: this update would ${what} while ${versions.length} version stack(s) run on it (${shown}${more}). ` +
        `Revert those versions first (modelship revert VERSION), or keep "shared-parameters" as they were`,
    );
  };
}
