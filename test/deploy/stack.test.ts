import type { CreateChangeSetCommandInput } from "@aws-sdk/client-cloudformation";
import { BEFORE_THE_TEST, type StackStep } from "../helpers/fake-aws/index.js";
import { deployFixture, STACK } from "./fixture.js";

/** A create or update that completes over three polls, a target group made on the way. */
const ok = (status: string): StackStep[] => [
  { status: status.replace("COMPLETE", "IN_PROGRESS"), events: [{}] },
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
    events: [{}],
    outputs: { Url: "http://alb", TargetGroupArn: "arn:tg/v1" },
  },
];

const changeSets = (aws: ReturnType<typeof deployFixture>["aws"]) =>
  aws.inputsOf<CreateChangeSetCommandInput>("CreateChangeSet");

describe("deployStack", () => {
  it("creates a missing stack through a named CREATE change set and streams each event once", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    aws.script(STACK, { onExecute: ok("CREATE_COMPLETE") });
    const { logger, run } = deploy.stack();
    const result = await run;
    expect(result).toMatchObject({
      status: "CREATE_COMPLETE",
      noChange: false,
      recreated: false,
      outputs: { Url: "http://alb", TargetGroupArn: "arn:tg/v1" },
    });
    expect(result.stackId).toContain(`stack/${STACK}/`);
    expect(changeSets(aws)[0]).toMatchObject({
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
    expect(changeSets(aws)[0]?.ChangeSetName).toMatch(
      /^modelship-\d+-[a-z0-9]+$/,
    );
    expect(
      aws.inputsOf<{ ChangeSetName: string }>("ExecuteChangeSet")[0]
        ?.ChangeSetName,
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
    // The event of making the change set came before the execute: it is not streamed.
    expect(logger.text()).not.toContain("REVIEW_IN_PROGRESS");
  });

  it("updates an existing stack with an UPDATE change set, streaming only the new events", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    aws.addStack(STACK, { status: "CREATE_COMPLETE" });
    aws.script(STACK, { onExecute: ok("UPDATE_COMPLETE") });
    const { logger, run } = deploy.stack();
    expect(await run).toMatchObject({
      status: "UPDATE_COMPLETE",
      noChange: false,
    });
    expect(changeSets(aws)[0]?.ChangeSetType).toBe("UPDATE");
    expect(aws.actions("cloudformation")).toEqual([
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
    expect(logger.text()).toContain("UPDATE_COMPLETE");
    expect(logger.text()).not.toContain(BEFORE_THE_TEST);
  });

  it("counts an empty change set as success, deletes it and executes nothing", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    // The stack already has exactly these parameters and tags: CloudFormation finds no change.
    aws.addStack(STACK, {
      status: "UPDATE_COMPLETE",
      parameters: { ModelVersion: "v1", ImageUri: "repo:v1" },
      tags: { "modelship:app": "modelship", "modelship:version": "v1" },
      outputs: { Url: "http://alb" },
    });
    const { logger, run } = deploy.stack();
    await expect(run).resolves.toMatchObject({
      noChange: true,
      status: "UPDATE_COMPLETE",
      outputs: { Url: "http://alb" },
    });
    expect(aws.actions()).toContain("DeleteChangeSet");
    expect(aws.actions()).not.toContain("ExecuteChangeSet");
    expect(aws.changeSets.size).toBe(0);
    expect(logger.text()).toContain("up to date");
  });

  it("fails with CloudFormation's reason when the change set itself fails", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    aws.script(STACK, {
      changeSet: {
        status: "FAILED",
        reason: "Parameters: [Bogus] do not exist in the template",
      },
    });
    await expect(deploy.stack().run).rejects.toThrow(
      /change set modelship-\S+ for stack modelship-v-v1 failed: Parameters: \[Bogus\]/,
    );
    expect(aws.actions()).not.toContain("ExecuteChangeSet");
  });

  it("reports the first failed resource when an update rolls back", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    aws.addStack(STACK, { status: "UPDATE_COMPLETE" });
    aws.script(STACK, {
      onExecute: [
        { status: "UPDATE_IN_PROGRESS", events: [{}] },
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
        { status: "UPDATE_ROLLBACK_COMPLETE", events: [{}] },
      ],
    });
    const { logger, run } = deploy.stack();
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
    const { aws, deploy } = deployFixture({ shared: false });
    const failed = aws.addStack(STACK, { status: "ROLLBACK_COMPLETE" });
    aws.script(STACK, {
      onDelete: [
        { status: "DELETE_IN_PROGRESS", events: [{}] },
        { status: "DELETE_COMPLETE", events: [{}] },
      ],
      onExecute: ok("CREATE_COMPLETE"),
    });
    const { logger, run } = deploy.stack();
    const result = await run;
    expect(result).toMatchObject({
      recreated: true,
      status: "CREATE_COMPLETE",
    });
    const names = aws.actions();
    expect(names.indexOf("DeleteStack")).toBeLessThan(
      names.indexOf("CreateChangeSet"),
    );
    expect(changeSets(aws)[0]?.ChangeSetType).toBe("CREATE");
    expect(failed.status).toBe("DELETE_COMPLETE");
    expect(result.stackId).not.toBe(failed.id); // a new stack, not the old one
    expect(logger.entries.find((e) => e.level === "warning")?.message).toMatch(
      /ROLLBACK_COMPLETE .*deleting it and creating it again/,
    );
    expect(logger.text()).toContain("DELETE_COMPLETE");
  });

  it("refuses a stack that is busy with another operation", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    aws.addStack(STACK, { status: "UPDATE_IN_PROGRESS" });
    await expect(deploy.stack().run).rejects.toThrow(
      /stack modelship-v-v1 is UPDATE_IN_PROGRESS/,
    );
    expect(aws.changes).toEqual([]);
  });

  it("times out at timeoutMs and cancels an update", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    aws.addStack(STACK, { status: "UPDATE_COMPLETE" });
    aws.script(STACK, { onExecute: [{ status: "UPDATE_IN_PROGRESS" }] });
    await expect(deploy.stack({ timeoutMs: 30 }).run).rejects.toThrow(
      /timed out after \d+ s .*UPDATE_IN_PROGRESS.*CancelUpdateStack/,
    );
    expect(aws.changes).toContain(`CancelUpdateStack ${STACK}`);
  });
});
