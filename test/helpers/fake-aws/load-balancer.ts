/**
 * The shared load balancer in the fake AWS: each listener's default action (the traffic split),
 * its rules' priorities, and target-group tags, which CloudFormation copies from the stack that
 * made the target group (plus `aws:cloudformation:stack-name`).
 */
import type {
  Action,
  DescribeListenersCommandInput,
  DescribeRulesCommandInput,
  DescribeTagsCommandInput,
  ModifyListenerCommandInput,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { HTTPS_LISTENER_ARN, listOf } from "./resources.js";
import type { AwsWorld } from "./world.js";

/** Weights as numbers, whichever protocol the actions came through. */
function withNumericWeights(actions: Action[]): Action[] {
  return actions.map((action) => {
    const forward = action.ForwardConfig;
    if (!forward) return action;
    const groups = listOf<{ TargetGroupArn?: string; Weight?: number }>(
      forward.TargetGroups,
    ).map((group) =>
      group.Weight === undefined
        ? group
        : { ...group, Weight: Number(group.Weight) },
    );
    return { ...action, ForwardConfig: { ...forward, TargetGroups: groups } };
  });
}

function modifyListener(world: AwsWorld, input: ModifyListenerCommandInput) {
  const arn = input.ListenerArn ?? "";
  const actions = withNumericWeights(listOf<Action>(input.DefaultActions));
  world.listeners.set(arn, actions);
  world.change(
    `ModifyListener ${arn === HTTPS_LISTENER_ARN ? "https" : "http"}`,
  );
  return { Listeners: [{ ListenerArn: arn, DefaultActions: actions }] };
}

function describeRules(world: AwsWorld, input: DescribeRulesCommandInput) {
  // Each version stack holds a rule at its ListenerRulePriority, beside any made outside them.
  const fromStacks = world
    .liveStacks()
    .map((stack) => Number(stack.parameters.ListenerRulePriority))
    .filter((priority) => priority > 0);
  const priorities = [...world.takenPriorities, ...fromStacks];
  return {
    Rules: [
      {
        RuleArn: `${input.ListenerArn}/rule/default`,
        Priority: "default",
        IsDefault: true,
      },
      ...priorities.map((priority) => ({
        RuleArn: `${input.ListenerArn}/rule/${priority}`,
        Priority: String(priority),
        IsDefault: false,
      })),
    ],
  };
}

function describeTags(world: AwsWorld, input: DescribeTagsCommandInput) {
  return {
    TagDescriptions: listOf<string>(input.ResourceArns).map((arn) => {
      const owner = world.stackOfTargetGroup(arn);
      const tags = owner
        ? { ...owner.tags, "aws:cloudformation:stack-name": owner.name }
        : {};
      return {
        ResourceArn: arn,
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      };
    }),
  };
}

/** The Elastic Load Balancing v2 actions the fake answers, by name. */
export const LOAD_BALANCER = {
  DescribeListeners: (
    world: AwsWorld,
    input: DescribeListenersCommandInput,
  ) => ({
    Listeners: listOf<string>(input.ListenerArns).map((arn) => ({
      ListenerArn: arn,
      DefaultActions: world.listenerActions(arn),
    })),
  }),
  ModifyListener: modifyListener,
  DescribeRules: describeRules,
  DescribeTags: describeTags,
};
