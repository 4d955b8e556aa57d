import {
  DescribeTagsCommand,
  type ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { describeFailure } from "../errors.js";
import { versionOfStackName } from "../version.js";

const TAGS_PER_CALL = 20; // DescribeTags takes at most 20 ARNs

/**
 * Which version each target group serves, from the tags CloudFormation propagates from the version
 * stack: `modelship:version`, else the stack name `<app>-v-<slug>` (in `place`'s environment).
 * Untagged ones are left out.
 */
export async function targetGroupVersions(
  elb: ElasticLoadBalancingV2Client,
  place: { app: string; environment?: string },
  arns: string[],
): Promise<Map<string, string>> {
  const { app, environment } = place;
  const found = new Map<string, string>();
  for (let i = 0; i < arns.length; i += TAGS_PER_CALL) {
    const chunk = arns.slice(i, i + TAGS_PER_CALL);
    const out = await describeFailure(
      "DescribeTags",
      `target groups ${chunk.join(", ")}`,
      () => elb.send(new DescribeTagsCommand({ ResourceArns: chunk })),
    );
    for (const description of out.TagDescriptions ?? []) {
      const tag = (key: string) =>
        description.Tags?.find((t) => t.Key === key)?.Value;
      const stack = tag("aws:cloudformation:stack-name");
      const version =
        tag("modelship:version") ??
        (stack ? versionOfStackName(app, stack, environment) : undefined);
      if (description.ResourceArn && version)
        found.set(description.ResourceArn, version);
    }
  }
  return found;
}
