/**
 * Stacks that cannot simply be updated: one stuck in UPDATE_ROLLBACK_FAILED is rolled back first
 * (ContinueUpdateRollback, through the service role), and an update that would replace the
 * version's target group is refused before it runs.
 */
import type {
  ContinueUpdateRollbackCommandInput,
  CreateChangeSetCommandInput,
} from "@aws-sdk/client-cloudformation";
import { ConfigurationError } from "../../actions/lib/errors.js";
import type { StackStep } from "../helpers/fake-aws/index.js";
import {
  deployFixture,
  LB_SHARED_PARAMETERS,
  ROLE_ARN,
  STACK,
} from "./fixture.js";

const SERVICE_DELETED = {
  LogicalResourceId: "Service",
  ResourceType: "AWS::ECS::Service",
  ResourceStatus: "UPDATE_FAILED",
  ResourceStatusReason: "Service was deleted outside CloudFormation",
};

/**
 * STACK in UPDATE_ROLLBACK_FAILED, with a parameter of its own (Cpu): ContinueUpdateRollback
 * walks it through `rollback`, one step per DescribeStacks; then it is updated through the role.
 */
function stuckStack(rollback: StackStep[]) {
  const { aws, deploy } = deployFixture({ shared: false });
  const stuck = aws.addStack(STACK, {
    status: "UPDATE_ROLLBACK_FAILED",
    parameters: { Cpu: "512" },
  });
  aws.script(STACK, { onContinueRollback: rollback });
  const update = () =>
    deploy.stack({
      overrides: {
        parameters: { ImageUri: "repo:v2" },
        declaredParameters: ["ImageUri", "Cpu"],
        tags: {},
        roleArn: ROLE_ARN,
      },
    }).run;
  return { aws, stuck, update };
}

describe("a stack stuck in UPDATE_ROLLBACK_FAILED", () => {
  it("is rolled back through the service role, then updated", async () => {
    const { aws, stuck, update } = stuckStack([
      { status: "UPDATE_ROLLBACK_IN_PROGRESS" },
      { status: "UPDATE_ROLLBACK_COMPLETE" },
    ]);
    await expect(update()).resolves.toMatchObject({
      status: "UPDATE_COMPLETE",
    });
    expect(
      aws.inputsOf<ContinueUpdateRollbackCommandInput>(
        "ContinueUpdateRollback",
      ),
    ).toEqual([{ StackName: stuck.id, RoleARN: ROLE_ARN }]);
    const names = aws.actions();
    expect(names.indexOf("ContinueUpdateRollback")).toBeLessThan(
      names.indexOf("CreateChangeSet"),
    );
    expect(
      aws.inputsOf<CreateChangeSetCommandInput>("CreateChangeSet")[0],
    ).toMatchObject({
      ChangeSetType: "UPDATE",
      Parameters: [
        { ParameterKey: "ImageUri", ParameterValue: "repo:v2" },
        { ParameterKey: "Cpu", UsePreviousValue: true },
      ],
    });
    // CloudFormation kept the stack's own Cpu beside the new image.
    expect(stuck.parameters).toEqual({ ImageUri: "repo:v2", Cpu: "512" });
  });

  it("names the blocking resource when the rollback fails again, and updates nothing", async () => {
    const { aws, update } = stuckStack([
      { status: "UPDATE_ROLLBACK_IN_PROGRESS" },
      { status: "UPDATE_ROLLBACK_FAILED", events: [SERVICE_DELETED, {}] },
    ]);
    await expect(update()).rejects.toThrow(
      /continuing the rollback of stack modelship-v-v1 ended in UPDATE_ROLLBACK_FAILED; first failure: Service \(AWS::ECS::Service\) UPDATE_FAILED: Service was deleted outside CloudFormation\. .*ResourcesToSkip/,
    );
    expect(aws.actions()).not.toContain("CreateChangeSet");
  });
});

describe("an update that would replace the target group", () => {
  it("is refused with a clear message before it runs, and its change set deleted", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    await deploy.asRepository({
      version: "v1",
      image: "repo:v1",
      "shared-parameters": LB_SHARED_PARAMETERS,
    });
    aws.script("modelship-v-v1", {
      changeSet: {
        changes: [
          {
            Action: "Modify",
            LogicalResourceId: "TargetGroup",
            ResourceType: "AWS::ElasticLoadBalancingV2::TargetGroup",
            Replacement: "True",
            Details: [
              { Target: { Name: "Port", RequiresRecreation: "Always" } },
            ],
          },
        ],
      },
    });
    const executed = aws.actions().filter((a) => a === "ExecuteChangeSet");
    const deletedBefore = aws.actions().filter((a) => a === "DeleteChangeSet");
    const update = {
      version: "v1",
      image: "repo:v1",
      parameters: "ContainerPort=9000",
    };
    await expect(deploy.asRepository(update)).rejects.toThrow(
      ConfigurationError,
    );
    await expect(deploy.asRepository(update)).rejects.toThrow(
      /stack modelship-v-v1: this update would replace target group TargetGroup \(Port\), which the load balancer's listener forwards to.*Deploy the change under a new version/,
    );
    const after = aws.actions();
    expect(after.filter((a) => a === "ExecuteChangeSet")).toEqual(executed);
    expect(after.filter((a) => a === "DeleteChangeSet").length).toBeGreaterThan(
      deletedBefore.length,
    );
    expect(aws.changeSets.size).toBe(0);
  });
});
