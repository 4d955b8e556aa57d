/**
 * Before a new version is deployed, its load balancer must have room for one more listener rule
 * and one more target group; a full one fails at once with what to do, before any change set.
 */
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DescribeStacksCommand,
} from "@aws-sdk/client-cloudformation";
import {
  DescribeAccountLimitsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  checkAlbRoom,
  checkRoomForVersion,
} from "../../actions/lib/deploy/quotas.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { clients, deploy, request } from "./deploy-world.js";

const LB =
  "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/modelship/abc";
const HTTP =
  "arn:aws:elasticloadbalancing:us-east-1:1:listener/app/modelship/abc/80";
const HTTPS =
  "arn:aws:elasticloadbalancing:us-east-1:1:listener/app/modelship/abc/443";

const usage = (
  rules: number,
  targetGroups: number,
  limits: [string, number][] = [],
) => ({
  loadBalancerArn: LB,
  rules,
  targetGroups,
  limits: new Map(limits),
});

describe("checkAlbRoom", () => {
  it.each([
    ["empty", usage(0, 0), undefined],
    ["one below both limits", usage(99, 99), undefined],
    [
      "rules full",
      usage(100, 50),
      /already has 100 of 100 listener rules \(rules-per-application-load-balancer\)/,
    ],
    [
      "target groups full",
      usage(50, 100),
      /already has 100 of 100 target groups/,
    ],
    [
      "both full",
      usage(100, 100),
      /100 of 100 listener rules .* and 100 of 100 target groups/,
    ],
    [
      "raised limits",
      usage(100, 100, [
        ["rules-per-application-load-balancer", 200],
        ["target-groups-per-application-load-balancer", 150],
      ]),
      undefined,
    ],
    [
      "a lowered limit",
      usage(10, 3, [["rules-per-application-load-balancer", 10]]),
      /10 of 10 listener rules/,
    ],
  ])("%s", (_name, given, error) => {
    if (error) {
      expect(() => checkAlbRoom(given, 3)).toThrow(ConfigurationError);
      expect(() => checkAlbRoom(given, 3)).toThrow(error);
      expect(() => checkAlbRoom(given, 3)).toThrow(
        /lower "keep-versions" \(now 3/,
      );
    } else expect(() => checkAlbRoom(given, 3)).not.toThrow();
  });
});

/** A shared stack whose load balancer has two listeners, `rules` rules over both, paged. */
function fullWorld(rules: number, targetGroups: number) {
  const cfn = mockClient(CloudFormationClient);
  const elb = mockClient(ElasticLoadBalancingV2Client);
  cfn.on(DescribeStacksCommand).callsFake(({ StackName }) => {
    if (StackName !== "modelship-shared")
      throw Object.assign(
        new Error(`Stack with id ${StackName} does not exist`),
        {
          name: "ValidationError",
        },
      );
    return {
      Stacks: [
        {
          StackName,
          StackStatus: "UPDATE_COMPLETE",
          CreationTime: new Date(),
          Outputs: [{ OutputKey: "ListenerArn", OutputValue: HTTPS }],
        },
      ],
    };
  });
  elb
    .on(DescribeListenersCommand)
    .callsFake(({ ListenerArns, LoadBalancerArn }) =>
      LoadBalancerArn
        ? { Listeners: [{ ListenerArn: HTTP }, { ListenerArn: HTTPS }] }
        : {
            Listeners: [
              { ListenerArn: ListenerArns?.[0], LoadBalancerArn: LB },
            ],
          },
    );
  // The HTTPS listener holds the version rules, in pages of 10; each listener has a default rule.
  elb.on(DescribeRulesCommand).callsFake(({ ListenerArn, Marker }) => {
    const own = ListenerArn === HTTPS ? rules : 0;
    const start = Number(Marker ?? 0);
    const page = Array.from({ length: Math.min(10, own - start) }, (_, i) => ({
      Priority: String(start + i + 1),
      IsDefault: false,
    }));
    const next = start + 10 < own ? String(start + 10) : undefined;
    return {
      Rules:
        start === 0
          ? [{ Priority: "default", IsDefault: true }, ...page]
          : page,
      NextMarker: next,
    };
  });
  elb.on(DescribeTargetGroupsCommand).resolves({
    TargetGroups: Array.from({ length: targetGroups }, (_, i) => ({
      TargetGroupArn: `arn:tg/${i}`,
    })),
  });
  elb.on(DescribeAccountLimitsCommand).resolves({
    Limits: [
      { Name: "rules-per-application-load-balancer", Max: "100" },
      { Name: "target-groups-per-application-load-balancer", Max: "100" },
      { Name: "listeners-per-application-load-balancer", Max: "50" },
    ],
  });
  return { cfn, elb };
}

const check = () =>
  checkRoomForVersion(
    request({ version: "new", image: "repo:new" }),
    clients(),
    memoryLogger(),
  );

describe("the room check before a deploy", () => {
  it("fails a new version on a load balancer with 100 rules, before any change set", async () => {
    const aws = fullWorld(100, 40);
    await expect(check()).rejects.toThrow(ConfigurationError);
    await expect(deploy({ version: "new", image: "repo:new" })).rejects.toThrow(
      `load balancer ${LB} already has 100 of 100 listener rules`,
    );
    expect(aws.cfn.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
    expect(aws.elb.commandCalls(DescribeRulesCommand).length).toBeGreaterThan(
      10,
    );
  });

  it("fails on 100 target groups too, and passes with room", async () => {
    fullWorld(5, 100);
    await expect(check()).rejects.toThrow(/100 of 100 target groups/);
    fullWorld(99, 99);
    await expect(check()).resolves.toBeUndefined();
  });

  it("lets an update of an existing version through: it adds nothing", async () => {
    const aws = fullWorld(100, 100);
    aws.cfn.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackName: "x",
          StackStatus: "CREATE_COMPLETE",
          CreationTime: new Date(),
        },
      ],
    });
    await expect(check()).resolves.toBeUndefined();
    expect(aws.elb.commandCalls(DescribeRulesCommand)).toHaveLength(0);
  });
});
