/**
 * Stacks that cannot simply be updated: one stuck in UPDATE_ROLLBACK_FAILED is rolled back first
 * (ContinueUpdateRollback, through the service role), and an update that would replace the
 * version's target group is refused before it runs.
 */
import {
  CloudFormationClient,
  ContinueUpdateRollbackCommand,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type StackEvent,
} from "@aws-sdk/client-cloudformation";
import { ECSClient } from "@aws-sdk/client-ecs";
import { mockClient } from "aws-sdk-client-mock";
import { deployStack } from "../../actions/lib/aws/stack.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { deploy, ROLE, SHARED } from "./deploy-world.js";
import { commandNames } from "./fake-cloudformation.js";
import { fakeStacks } from "./fake-stacks.js";

const STACK = "modelship-v-v1";
const STACK_ID = `arn:aws:cloudformation:us-east-1:1:stack/${STACK}/1`;

/**
 * A stack in UPDATE_ROLLBACK_FAILED: ContinueUpdateRollback walks it through `rollback`, one
 * status per DescribeStacks; an executed change set then walks it to UPDATE_COMPLETE.
 */
function stuckStack(rollback: string[]) {
  const cfn = mockClient(CloudFormationClient);
  let statuses: string[] = [];
  let status = "UPDATE_ROLLBACK_FAILED";
  const events: StackEvent[] = [];
  const walk = (next: string[]) => (statuses = [...next]);
  cfn.on(DescribeStacksCommand).callsFake(() => {
    const next = statuses.shift();
    if (next) {
      status = next;
      events.push({
        EventId: `e${events.length}`,
        StackId: STACK_ID,
        StackName: STACK,
        LogicalResourceId: next.includes("FAILED") ? "Service" : STACK,
        ResourceType: next.includes("FAILED")
          ? "AWS::ECS::Service"
          : "AWS::CloudFormation::Stack",
        ResourceStatus: (next.includes("FAILED")
          ? "UPDATE_FAILED"
          : next) as never,
        ResourceStatusReason: next.includes("FAILED")
          ? "Service was deleted outside CloudFormation"
          : undefined,
        Timestamp: new Date(),
      });
    }
    return {
      Stacks: [
        {
          StackName: STACK,
          StackId: STACK_ID,
          StackStatus: status as never,
          CreationTime: new Date(),
          Parameters: [{ ParameterKey: "Cpu", ParameterValue: "512" }],
        },
      ],
    };
  });
  cfn.on(DescribeStackEventsCommand).callsFake(() => ({
    StackEvents: [...events].reverse(),
  }));
  cfn.on(ContinueUpdateRollbackCommand).callsFake(() => walk(rollback) && {});
  cfn.on(CreateChangeSetCommand).resolves({ Id: "cs-1", StackId: STACK_ID });
  cfn
    .on(DescribeChangeSetCommand)
    .resolves({ Status: "CREATE_COMPLETE", Changes: [] });
  cfn
    .on(ExecuteChangeSetCommand)
    .callsFake(() => walk(["UPDATE_IN_PROGRESS", "UPDATE_COMPLETE"]) && {});
  return cfn;
}

const update = () =>
  deployStack({
    cfn: new CloudFormationClient({ region: "us-east-1" }),
    stackName: STACK,
    templateBody: "Resources: {}",
    parameters: { ImageUri: "repo:v2" },
    declaredParameters: ["ImageUri", "Cpu"],
    tags: {},
    roleArn: ROLE,
    logger: memoryLogger(),
    pollMs: 1,
  });

describe("a stack stuck in UPDATE_ROLLBACK_FAILED", () => {
  it("is rolled back through the service role, then updated", async () => {
    const cfn = stuckStack([
      "UPDATE_ROLLBACK_IN_PROGRESS",
      "UPDATE_ROLLBACK_COMPLETE",
    ]);
    await expect(update()).resolves.toMatchObject({
      status: "UPDATE_COMPLETE",
    });
    expect(
      cfn.commandCalls(ContinueUpdateRollbackCommand)[0]?.args[0].input,
    ).toEqual({
      StackName: STACK_ID,
      RoleARN: ROLE,
    });
    const names = commandNames(cfn);
    expect(names.indexOf("ContinueUpdateRollback")).toBeLessThan(
      names.indexOf("CreateChangeSet"),
    );
    expect(
      cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input,
    ).toMatchObject({
      ChangeSetType: "UPDATE",
      Parameters: [
        { ParameterKey: "ImageUri", ParameterValue: "repo:v2" },
        { ParameterKey: "Cpu", UsePreviousValue: true },
      ],
    });
  });

  it("names the blocking resource when the rollback fails again, and updates nothing", async () => {
    const cfn = stuckStack([
      "UPDATE_ROLLBACK_IN_PROGRESS",
      "UPDATE_ROLLBACK_FAILED",
    ]);
    await expect(update()).rejects.toThrow(
      /continuing the rollback of stack modelship-v-v1 ended in UPDATE_ROLLBACK_FAILED; first failure: Service \(AWS::ECS::Service\) UPDATE_FAILED: Service was deleted outside CloudFormation\. .*ResourcesToSkip/,
    );
    expect(cfn.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });
});

describe("an update that would replace the target group", () => {
  beforeEach(() => mockClient(ECSClient));

  it("is refused with a clear message before it runs, and its change set deleted", async () => {
    const aws = fakeStacks();
    await deploy({
      version: "v1",
      image: "repo:v1",
      "shared-parameters": SHARED,
    });
    aws.cfn.on(DescribeChangeSetCommand).resolves({
      Status: "CREATE_COMPLETE",
      Changes: [
        {
          Type: "Resource",
          ResourceChange: {
            Action: "Modify",
            LogicalResourceId: "TargetGroup",
            ResourceType: "AWS::ElasticLoadBalancingV2::TargetGroup",
            Replacement: "True",
            Details: [
              { Target: { Name: "Port", RequiresRecreation: "Always" } },
            ],
          },
        },
      ],
    });
    const executed = aws.cfn.commandCalls(ExecuteChangeSetCommand).length;
    const run = deploy({
      version: "v1",
      image: "repo:v1",
      parameters: "ContainerPort=9000",
    });
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(
      deploy({
        version: "v1",
        image: "repo:v1",
        parameters: "ContainerPort=9000",
      }),
    ).rejects.toThrow(
      /stack modelship-v-v1: this update would replace target group TargetGroup \(Port\), which the load balancer's listener forwards to.*Deploy the change under a new version/,
    );
    expect(aws.cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(
      executed,
    );
    expect(aws.cfn.commandCalls(DeleteChangeSetCommand).length).toBeGreaterThan(
      0,
    );
  });
});
