import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  ExecuteChangeSetCommand,
} from "@aws-sdk/client-cloudformation";
import type { ECSClient } from "@aws-sdk/client-ecs";
import { memoryLogger } from "../../actions/lib/logger.js";
import { deployStack } from "../../actions/lib/aws/stack.js";
import {
  commandNames,
  fakeCloudFormation,
  type Step,
} from "./fake-cloudformation.js";

const STACK = "modelship-v-v1";

function deploy(extra: { ecs?: ECSClient; timeoutMs?: number } = {}) {
  const logger = memoryLogger();
  const run = deployStack({
    cfn: new CloudFormationClient({ region: "us-east-1" }),
    stackName: STACK,
    templateBody: "Resources: {}",
    parameters: { ModelVersion: "v1", ImageUri: "repo:v1" },
    tags: {
      "modelship:app": "modelship",
      "modelship:version": "v1",
      "modelship:commit": "",
    },
    logger,
    pollMs: 1,
    ...extra,
  });
  return { logger, run };
}

const ok = (status: string): Step[] => [
  {
    status: status.replace("COMPLETE", "IN_PROGRESS"),
    events: [
      {
        ResourceStatus: status.replace("COMPLETE", "IN_PROGRESS"),
        LogicalResourceId: STACK,
      },
    ],
  },
  {
    status: status.replace("COMPLETE", "IN_PROGRESS"),
    events: [
      {
        LogicalResourceId: "TargetGroup",
        ResourceType: "AWS::ElasticLoadBalancingV2::TargetGroup",
        ResourceStatus: "CREATE_IN_PROGRESS",
      },
      {
        LogicalResourceId: "TargetGroup",
        ResourceType: "AWS::ElasticLoadBalancingV2::TargetGroup",
        ResourceStatus: "CREATE_COMPLETE",
      },
    ],
  },
  {
    status,
    events: [{ ResourceStatus: status, LogicalResourceId: STACK }],
    outputs: { Url: "http://alb", TargetGroupArn: "arn:tg/v1" },
  },
];

describe("deployStack", () => {
  it("creates a missing stack through a named CREATE change set and streams each event once", async () => {
    const cfn = fakeCloudFormation({
      stackName: STACK,
      steps: ok("CREATE_COMPLETE"),
    });
    const { logger, run } = deploy();
    const result = await run;
    expect(result).toMatchObject({
      status: "CREATE_COMPLETE",
      noChange: false,
      recreated: false,
      outputs: { Url: "http://alb", TargetGroupArn: "arn:tg/v1" },
    });
    expect(result.stackId).toContain(`stack/${STACK}/`);
    const create = cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(create).toMatchObject({
      StackName: STACK,
      ChangeSetType: "CREATE",
      TemplateBody: "Resources: {}",
      Parameters: [
        { ParameterKey: "ModelVersion", ParameterValue: "v1" },
        { ParameterKey: "ImageUri", ParameterValue: "repo:v1" },
      ],
      Tags: [
        { Key: "modelship:app", Value: "modelship" },
        { Key: "modelship:version", Value: "v1" },
      ],
      Capabilities: expect.arrayContaining(["CAPABILITY_NAMED_IAM"]),
    });
    expect(create?.ChangeSetName).toMatch(/^modelship-\d+-[a-z0-9]+$/);
    expect(
      cfn.commandCalls(ExecuteChangeSetCommand)[0]?.args[0].input.ChangeSetName,
    ).toContain("changeSet/");
    const lines = logger.entries
      .map((e) => e.message)
      .filter((m) => / (CREATE|UPDATE)_/.test(m) && m.startsWith("2026"));
    expect(lines.map((l) => l.split("  ").slice(1, 4).join(" "))).toEqual([
      `${STACK} AWS::CloudFormation::Stack CREATE_IN_PROGRESS`,
      "TargetGroup AWS::ElasticLoadBalancingV2::TargetGroup CREATE_IN_PROGRESS",
      "TargetGroup AWS::ElasticLoadBalancingV2::TargetGroup CREATE_COMPLETE",
      `${STACK} AWS::CloudFormation::Stack CREATE_COMPLETE`,
    ]);
    expect(logger.text()).not.toContain("OLD");
  });

  it("updates an existing stack with an UPDATE change set", async () => {
    const cfn = fakeCloudFormation({
      stackName: STACK,
      existing: { status: "CREATE_COMPLETE" },
      steps: ok("UPDATE_COMPLETE"),
    });
    const result = await deploy().run;
    expect(result).toMatchObject({
      status: "UPDATE_COMPLETE",
      noChange: false,
    });
    expect(
      cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.ChangeSetType,
    ).toBe("UPDATE");
    expect(commandNames(cfn)).toEqual([
      "DescribeStacks",
      "CreateChangeSet",
      "DescribeChangeSet",
      "DescribeChangeSet",
      "DescribeStackEvents",
      "ExecuteChangeSet",
      "DescribeStacks",
      "DescribeStackEvents",
      "DescribeStacks",
      "DescribeStackEvents",
      "DescribeStacks",
      "DescribeStackEvents",
    ]);
  });

  it("counts an empty change set as success, deletes it and executes nothing", async () => {
    const cfn = fakeCloudFormation({
      stackName: STACK,
      existing: { status: "UPDATE_COMPLETE", outputs: { Url: "http://alb" } },
      steps: [],
      changeSet: {
        status: "FAILED",
        reason:
          "The submitted information didn't contain changes. Submit different information to create a change set.",
      },
    });
    const { logger, run } = deploy();
    await expect(run).resolves.toMatchObject({
      noChange: true,
      status: "UPDATE_COMPLETE",
      outputs: { Url: "http://alb" },
    });
    expect(cfn.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
    expect(cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(logger.text()).toContain("up to date");
  });

  it("fails with CloudFormation's reason when the change set itself fails", async () => {
    fakeCloudFormation({
      stackName: STACK,
      steps: [],
      changeSet: {
        status: "FAILED",
        reason: "Parameters: [Bogus] do not exist in the template",
      },
    });
    await expect(deploy().run).rejects.toThrow(
      /change set modelship-\S+ for stack modelship-v-v1 failed: Parameters: \[Bogus\]/,
    );
  });

  it("reports the first failed resource when an update rolls back", async () => {
    fakeCloudFormation({
      stackName: STACK,
      existing: { status: "UPDATE_COMPLETE" },
      steps: [
        {
          status: "UPDATE_IN_PROGRESS",
          events: [
            { ResourceStatus: "UPDATE_IN_PROGRESS", LogicalResourceId: STACK },
          ],
        },
        {
          status: "UPDATE_ROLLBACK_IN_PROGRESS",
          events: [
            {
              LogicalResourceId: "TaskDefinition",
              ResourceType: "AWS::ECS::TaskDefinition",
              ResourceStatus: "UPDATE_FAILED",
              ResourceStatusReason:
                "Invalid request provided: Create TaskDefinition: Container.image should not be blank",
            },
            {
              LogicalResourceId: "Service",
              ResourceType: "AWS::ECS::Service",
              ResourceStatus: "UPDATE_FAILED",
              ResourceStatusReason: "Resource update cancelled",
            },
          ],
        },
        {
          status: "UPDATE_ROLLBACK_COMPLETE",
          events: [
            {
              ResourceStatus: "UPDATE_ROLLBACK_COMPLETE",
              LogicalResourceId: STACK,
            },
          ],
        },
      ],
    });
    const { logger, run } = deploy();
    await expect(run).rejects.toThrow(
      "stack modelship-v-v1 ended in UPDATE_ROLLBACK_COMPLETE; first failure: TaskDefinition (AWS::ECS::TaskDefinition) UPDATE_FAILED: Invalid request provided: Create TaskDefinition: Container.image should not be blank",
    );
    expect(
      logger.entries
        .filter((e) => e.level === "error")
        .map((e) => e.message)[0],
    ).toMatch(/^first failure: TaskDefinition/);
  });

  it("deletes a stack left in ROLLBACK_COMPLETE, says so, and creates it again", async () => {
    const cfn = fakeCloudFormation({
      stackName: STACK,
      existing: { status: "ROLLBACK_COMPLETE" },
      deleteSteps: [
        {
          status: "DELETE_IN_PROGRESS",
          events: [
            { ResourceStatus: "DELETE_IN_PROGRESS", LogicalResourceId: STACK },
          ],
        },
        {
          status: "DELETE_COMPLETE",
          events: [
            { ResourceStatus: "DELETE_COMPLETE", LogicalResourceId: STACK },
          ],
        },
      ],
      steps: ok("CREATE_COMPLETE"),
    });
    const { logger, run } = deploy();
    await expect(run).resolves.toMatchObject({
      recreated: true,
      status: "CREATE_COMPLETE",
    });
    const names = commandNames(cfn);
    expect(names.indexOf("DeleteStack")).toBeLessThan(
      names.indexOf("CreateChangeSet"),
    );
    expect(
      cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.ChangeSetType,
    ).toBe("CREATE");
    expect(logger.entries.find((e) => e.level === "warning")?.message).toMatch(
      /ROLLBACK_COMPLETE .*deleting it and creating it again/,
    );
    expect(logger.text()).toContain("DELETE_COMPLETE");
  });

  it("refuses a stack that is busy with another operation", async () => {
    fakeCloudFormation({
      stackName: STACK,
      existing: { status: "UPDATE_IN_PROGRESS" },
      steps: [],
    });
    await expect(deploy().run).rejects.toThrow(
      /stack modelship-v-v1 is UPDATE_IN_PROGRESS/,
    );
  });

  it("times out at timeoutMs and cancels an update", async () => {
    const cfn = fakeCloudFormation({
      stackName: STACK,
      existing: { status: "UPDATE_COMPLETE" },
      steps: [{ status: "UPDATE_IN_PROGRESS" }],
    });
    await expect(deploy({ timeoutMs: 30 }).run).rejects.toThrow(
      /timed out after \d+ s .*UPDATE_IN_PROGRESS.*CancelUpdateStack/,
    );
    expect(commandNames(cfn)).toContain("CancelUpdateStack");
  });
});
