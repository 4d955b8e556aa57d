/**
 * Reads about stacks beyond DescribeStacks in the fake AWS: ListStacks (every stack ever made,
 * deleted ones too, unless filtered by status, in pages), GetTemplate (the body a stack runs) and
 * ListStackResources (what a stack's script says it holds).
 */
import type {
  GetTemplateCommandInput,
  ListStacksCommandInput,
} from "@aws-sdk/client-cloudformation";
import { listOf, pageOf } from "./resources.js";
import { existingStack } from "./stacks.js";
import type { AwsWorld } from "./world.js";

function listStacks(world: AwsWorld, input: ListStacksCommandInput) {
  const filter = listOf<string>(input.StackStatusFilter);
  const matching = world.stacks.filter(
    (stack) => filter.length === 0 || filter.includes(stack.status),
  );
  const page = pageOf(matching, input.NextToken, world.pageSize);
  return {
    StackSummaries: page.items.map((stack) => ({
      StackName: stack.name,
      StackId: stack.id,
      StackStatus: stack.status,
      CreationTime: stack.events[0]?.Timestamp,
    })),
    NextToken: page.next,
  };
}

function getTemplate(world: AwsWorld, input: GetTemplateCommandInput) {
  const stack = existingStack(world, input.StackName);
  return {
    TemplateBody: stack.templateBody,
    StagesAvailable: ["Original", "Processed"],
  };
}

function listStackResources(world: AwsWorld, input: { StackName?: string }) {
  const stack = existingStack(world, input.StackName);
  const resources = world.scripts.get(stack.name)?.resources ?? [];
  return {
    StackResourceSummaries: resources.map((resource, i) => ({
      LogicalResourceId: `Resource${i}`,
      ResourceType: resource.type,
      PhysicalResourceId: resource.physicalId,
      ResourceStatus: "CREATE_COMPLETE",
      LastUpdatedTimestamp: stack.events.at(-1)?.Timestamp,
    })),
  };
}

/** The stack reads the fake answers, by name. */
export const STACK_READS = {
  ListStacks: listStacks,
  GetTemplate: getTemplate,
  ListStackResources: listStackResources,
};
