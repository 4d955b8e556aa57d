/**
 * The shared load balancer in the fake AWS: its listeners (those the live shared stack outputs),
 * each listener's default action (the traffic split) and rules, its target groups (one per live
 * version stack, plus any made elsewhere), the account's limits, and target-group tags, which
 * CloudFormation copies from the stack that made the target group (plus
 * `aws:cloudformation:stack-name`). Listings come in pages of the world's pageSize.
 */
import type {
  Action,
  DescribeAccountLimitsCommandInput,
  DescribeListenersCommandInput,
  DescribeRulesCommandInput,
  DescribeTagsCommandInput,
  DescribeTargetGroupsCommandInput,
  ModifyListenerCommandInput,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { sharedStackName } from "../../../actions/lib/version.js";
import {
  arnOf,
  awsError,
  balancerOfListener,
  LISTENER_ARN,
  listOf,
  LOAD_BALANCER_ARN,
  loadBalancerArnOf,
  pageOf,
} from "./resources.js";
import type { AwsWorld } from "./world.js";

/** The live shared stacks: the app's, and those of its other environments (`<app>--<env>`). */
function sharedStacks(world: AwsWorld) {
  return world.liveStacks().filter((stack) => stack.name.endsWith("-shared"));
}

/** Checks a LoadBalancerArn input: the app's, or another environment's live one. */
function onOurBalancer(world: AwsWorld, arn: string | undefined): boolean {
  if (!arn) return false;
  const known =
    arn === LOAD_BALANCER_ARN ||
    sharedStacks(world).some(
      (stack) => loadBalancerArnOf(stack.parameters.AppName ?? "") === arn,
    );
  if (!known)
    throw awsError("LoadBalancerNotFound", `Load balancer '${arn}' not found`);
  return true;
}

/** The listeners a live shared stack outputs, HTTP first. */
function listenersOf(outputs: Record<string, string>): string[] {
  const arns = [
    outputs.HttpListenerArn || outputs.ListenerArn,
    outputs.HttpsListenerArn,
  ];
  return arns.filter((arn): arn is string => !!arn);
}

/** What DescribeAccountLimits answers unless the seed says otherwise (AWS's defaults). */
export const DEFAULT_LIMITS: Record<string, number> = {
  "application-load-balancers": 50,
  "listeners-per-application-load-balancer": 50,
  "rules-per-application-load-balancer": 100,
  "target-groups": 3000,
  "target-groups-per-application-load-balancer": 100,
};

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
  const protocol = arn.endsWith("/https") ? "https" : "http";
  // Another environment's listener says whose it is; the app's keep the names tests assert.
  const owner = balancerOfListener(arn) === LOAD_BALANCER_ARN ? "" : ` ${arn}`;
  world.change(`ModifyListener ${protocol}${owner}`);
  return { Listeners: [{ ListenerArn: arn, DefaultActions: actions }] };
}

/** The listeners of a live shared stack's load balancer, HTTP first. */
function listenersOnBalancer(world: AwsWorld, balancer: string): string[] {
  if (balancer === LOAD_BALANCER_ARN)
    return listenersOf(
      world.findStack(sharedStackName(world.app))?.outputs ?? {},
    );
  return sharedStacks(world)
    .flatMap((stack) => listenersOf(stack.outputs))
    .filter((arn) => balancerOfListener(arn) === balancer);
}

function describeListeners(
  world: AwsWorld,
  input: DescribeListenersCommandInput,
) {
  const asked = listOf<string>(input.ListenerArns);
  const live = new Set(
    sharedStacks(world).flatMap((stack) => listenersOf(stack.outputs)),
  );
  for (const arn of asked)
    if (!world.listeners.has(arn) && !live.has(arn))
      throw awsError("ListenerNotFound", `One or more listeners not found`);
  const onBalancer = onOurBalancer(world, input.LoadBalancerArn)
    ? listenersOnBalancer(world, input.LoadBalancerArn ?? "")
    : [];
  const page = pageOf(
    asked.length ? asked : onBalancer,
    input.Marker,
    world.pageSize,
  );
  return {
    Listeners: page.items.map((arn) => ({
      ListenerArn: arn,
      LoadBalancerArn: balancerOfListener(arn),
      Protocol: arn.endsWith("/https") ? "HTTPS" : "HTTP",
      Port: arn.endsWith("/https") ? 443 : 80,
      DefaultActions: world.listenerActions(arn),
    })),
    NextMarker: page.next,
  };
}

/** Each version stack's rule is on the listener it names; rules made elsewhere are on HTTP. */
function prioritiesOn(world: AwsWorld, listenerArn: string): number[] {
  const fromStacks = world
    .liveStacks()
    .filter(
      (stack) => (stack.parameters.ListenerArn ?? LISTENER_ARN) === listenerArn,
    )
    .map((stack) => Number(stack.parameters.ListenerRulePriority))
    .filter((priority) => priority > 0);
  const elsewhere = listenerArn === LISTENER_ARN ? world.takenPriorities : [];
  return [...elsewhere, ...fromStacks];
}

function describeRules(world: AwsWorld, input: DescribeRulesCommandInput) {
  const arn = input.ListenerArn ?? "";
  const rules = [
    { RuleArn: `${arn}/rule/default`, Priority: "default", IsDefault: true },
    ...prioritiesOn(world, arn).map((priority) => ({
      RuleArn: `${arn}/rule/${priority}`,
      Priority: String(priority),
      IsDefault: false,
    })),
  ];
  const page = pageOf(rules, input.Marker, world.pageSize);
  return { Rules: page.items, NextMarker: page.next };
}

function describeTargetGroups(
  world: AwsWorld,
  input: DescribeTargetGroupsCommandInput,
) {
  const ours = world
    .liveStacks()
    .map((stack) => stack.outputs.TargetGroupArn)
    .filter((arn): arn is string => !!arn);
  const elsewhere = Array.from({ length: world.otherTargetGroups }, (_, i) =>
    arnOf("elasticloadbalancing", `targetgroup/elsewhere-${i}/${i}`),
  );
  // Without a load balancer named, every target group in the account: the same ones here.
  onOurBalancer(world, input.LoadBalancerArn);
  const all = [...ours, ...elsewhere];
  const page = pageOf(all, input.Marker, world.pageSize);
  return {
    TargetGroups: page.items.map((arn) => ({
      TargetGroupArn: arn,
      LoadBalancerArns: [input.LoadBalancerArn ?? LOAD_BALANCER_ARN],
    })),
    NextMarker: page.next,
  };
}

function describeAccountLimits(
  world: AwsWorld,
  input: DescribeAccountLimitsCommandInput,
) {
  const limits = Object.entries(world.limits).map(([Name, max]) => ({
    Name,
    Max: String(max),
  }));
  const page = pageOf(limits, input.Marker, world.pageSize);
  return { Limits: page.items, NextMarker: page.next };
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
  DescribeListeners: describeListeners,
  ModifyListener: modifyListener,
  DescribeRules: describeRules,
  DescribeTags: describeTags,
  DescribeTargetGroups: describeTargetGroups,
  DescribeAccountLimits: describeAccountLimits,
};
