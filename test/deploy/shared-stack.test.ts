/**
 * The shared stack on repeated deploys: left alone when nothing changed, tagged without the
 * commit, the traffic split put back right after an update, SubnetIds warned about, and guarded
 * while version stacks run on it.
 */
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  ListStacksCommand,
} from "@aws-sdk/client-cloudformation";
import { ECSClient } from "@aws-sdk/client-ecs";
import {
  DescribeListenersCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { ensureShared } from "../../actions/lib/deploy/shared-stack.js";
import { clients, deploy, request, ROLE, SHARED } from "./deploy-world.js";
import { fakeStacks, LISTENER } from "./fake-stacks.js";

const sharedChangeSets = (aws: ReturnType<typeof fakeStacks>) =>
  aws.cfn
    .commandCalls(CreateChangeSetCommand)
    .filter((c) => c.args[0].input.StackName === "modelship-shared");

describe("the shared stack on a deploy", () => {
  beforeEach(() => mockClient(ECSClient));

  it("is not touched when its template and parameters are what it runs: no change set at all", async () => {
    const aws = fakeStacks();
    await deploy({
      version: "a",
      image: "repo:a",
      "shared-parameters": SHARED,
    });
    const { logger } = await deploy({
      version: "b",
      image: "repo:b",
      "shared-parameters": SHARED,
    });
    expect(sharedChangeSets(aws)).toHaveLength(1);
    expect(logger.text()).toMatch(
      /shared stack modelship-shared is CREATE_COMPLETE with this template and these parameters: not updating it/,
    );
    expect(aws.cfn.commandCalls(GetTemplateCommand)).toHaveLength(1);
  });

  it("carries no per-commit tag, so a new commit changes nothing on it", async () => {
    const aws = fakeStacks();
    await deploy(
      { version: "a", image: "repo:a", "shared-parameters": SHARED },
      { commitSha: "c0ffee1" },
    );
    await deploy(
      { version: "b", image: "repo:b", "shared-parameters": SHARED },
      { commitSha: "d00d002" },
    );
    const [only] = sharedChangeSets(aws);
    expect(only?.args[0].input.Tags).toEqual([
      { Key: "modelship:app", Value: "modelship" },
      { Key: "modelship:version", Value: "shared" },
      { Key: "modelship:repository", Value: "octo/models" },
    ]);
    const version = aws.cfn
      .commandCalls(CreateChangeSetCommand)
      .find((c) => c.args[0].input.StackName === "modelship-v-b");
    expect(version?.args[0].input.Tags).toContainEqual({
      Key: "modelship:commit",
      Value: "d00d002",
    });
  });

  it("gets the traffic split back right after an update, before the version stack is touched", async () => {
    const aws = fakeStacks();
    await deploy({
      version: "a",
      image: "repo:a",
      "shared-parameters": SHARED,
    });
    const served = aws.elb.commandCalls(ModifyListenerCommand).length;
    await deploy({
      version: "b",
      image: "repo:b",
      traffic: "a=100,b=0",
      "shared-parameters": `${SHARED}\nLogRetentionDays=90`,
    });
    const sharedExecute = aws.cfn
      .commandCalls(ExecuteChangeSetCommand)
      .filter((c) =>
        String(c.args[0].input.StackName).includes("stack/modelship-shared/"),
      )
      .at(-1);
    const sharedUpdate = sharedChangeSets(aws)[1];
    expect(sharedUpdate?.args[0].input.ChangeSetType).toBe("UPDATE");
    const versionCreate = aws.cfn
      .commandCalls(CreateChangeSetCommand)
      .find((c) => c.args[0].input.StackName === "modelship-v-b");
    const [again] = aws.elb.commandCalls(ModifyListenerCommand).slice(served);
    expect(again?.args[0].input).toEqual({
      ListenerArn: LISTENER,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [{ TargetGroupArn: "arn:tg/a", Weight: 100 }],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        },
      ],
    });
    // After the shared stack's execute, before the version stack's change set.
    expect(sharedExecute && again?.calledAfter(sharedExecute)).toBe(true);
    expect(versionCreate && again?.calledBefore(versionCreate)).toBe(true);
  });

  it.each([
    [
      `VpcId=vpc-1\nSubnetIds=subnet-1,subnet-2\nDatabaseUrlSecretArn=arn:aws:ssm:us-east-1:123456789012:parameter/db`,
      true,
    ],
    [SHARED, false],
  ])(
    "warns that SubnetIds is deprecated only when it is used (%#)",
    async (shared, warned) => {
      fakeStacks();
      const { logger } = await deploy({
        version: "a",
        image: "repo:a",
        "shared-parameters": shared,
      });
      const warnings = logger.entries.filter((e) => e.level === "warning");
      expect(
        warnings.some((w) =>
          /SubnetIds is deprecated: give LoadBalancerSubnetIds/.test(w.message),
        ),
      ).toBe(warned);
    },
  );
});

/** A shared stack that exists, runs an older template, and has version stacks on it. */
function guardedWorld(status: string, changes: object[]) {
  const cfn = mockClient(CloudFormationClient);
  const elb = mockClient(ElasticLoadBalancingV2Client);
  cfn.on(DescribeStacksCommand).resolves({
    Stacks: [
      {
        StackName: "modelship-shared",
        StackId: "arn:aws:cloudformation:us-east-1:1:stack/modelship-shared/1",
        StackStatus: status as never,
        CreationTime: new Date(),
        Parameters: [{ ParameterKey: "VpcId", ParameterValue: "vpc-0" }],
        Outputs: [{ OutputKey: "ListenerArn", OutputValue: LISTENER }],
      },
    ],
  });
  cfn.on(GetTemplateCommand).resolves({ TemplateBody: "an older template" });
  cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
  cfn.on(ListStacksCommand).resolves({
    StackSummaries: [
      {
        StackName: "modelship-v-a",
        StackStatus: "CREATE_COMPLETE",
        CreationTime: new Date(),
      },
      {
        StackName: "other-v-zz",
        StackStatus: "CREATE_COMPLETE",
        CreationTime: new Date(),
      },
    ],
  });
  cfn
    .on(CreateChangeSetCommand)
    .resolves({ Id: "cs-1", StackId: "arn:stack/1" });
  cfn.on(DescribeChangeSetCommand).resolves({
    Status: "CREATE_COMPLETE",
    Changes: changes.map((change) => ({
      Type: "Resource",
      ResourceChange: change,
    })),
  });
  elb.on(DescribeListenersCommand).resolves({
    Listeners: [{ ListenerArn: LISTENER, DefaultActions: [] }],
  });
  return { cfn, elb };
}

const ensure = () =>
  ensureShared(
    {
      ...request({
        version: "b",
        image: "repo:b",
        "shared-parameters": SHARED,
        "cloudformation-role-arn": ROLE,
      }),
      pollMs: 1,
    },
    clients(),
    { logger: memoryLogger(), source: {} },
  );

describe("the shared stack while versions run on it", () => {
  it.each([
    [
      {
        Action: "Modify",
        LogicalResourceId: "LoadBalancer",
        ResourceType: "AWS::ElasticLoadBalancingV2::LoadBalancer",
        Replacement: "True",
        Details: [
          { Target: { Name: "Subnets", RequiresRecreation: "Always" } },
        ],
      },
      /replace LoadBalancer \(Subnets\)/,
    ],
    [
      {
        Action: "Remove",
        LogicalResourceId: "HttpsListener",
        ResourceType: "AWS::ElasticLoadBalancingV2::Listener",
      },
      /remove HttpsListener/,
    ],
  ])(
    "refuses an update that would break them (%#), before executing it",
    async (change, what) => {
      const aws = guardedWorld("UPDATE_COMPLETE", [change]);
      const run = ensure();
      await expect(run).rejects.toThrow(ConfigurationError);
      await expect(ensure()).rejects.toThrow(what);
      await expect(ensure()).rejects.toThrow(
        /while 1 version stack\(s\) run on it \(a\)/,
      );
      expect(aws.cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
      expect(
        aws.cfn.commandCalls(DeleteChangeSetCommand).length,
      ).toBeGreaterThan(0);
    },
  );

  it("lets an update through that only modifies resources in place", async () => {
    const aws = guardedWorld("UPDATE_COMPLETE", [
      {
        Action: "Modify",
        LogicalResourceId: "LogGroup",
        ResourceType: "AWS::Logs::LogGroup",
        Replacement: "False",
      },
    ]);
    aws.cfn.on(ExecuteChangeSetCommand).resolves({});
    await expect(ensure()).resolves.toMatchObject({
      outputs: { ListenerArn: LISTENER },
    });
    expect(aws.cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(1);
  });

  it("refuses to delete a broken shared stack while versions run on it", async () => {
    const aws = guardedWorld("ROLLBACK_COMPLETE", []);
    await expect(ensure()).rejects.toThrow(
      /modelship-shared is ROLLBACK_COMPLETE and would have to be deleted, but 1 version stack\(s\) still run on it \(a\)/,
    );
    expect(aws.cfn.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });
});
