import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
} from "@aws-sdk/client-ecs";
import { memoryLogger } from "../../actions/lib/logger.js";
import { deleteStack, stackOutputs } from "../../actions/lib/aws/stack.js";
import { deployFixture, STACK } from "./fixture.js";

const SERVICE_ARN =
  "arn:aws:ecs:us-east-1:123456789012:service/modelship/modelship-v1";

describe("a crash-looping ECS service", () => {
  const failedTask = (n: number) => ({
    taskArn: `arn:aws:ecs:us-east-1:123456789012:task/modelship/task${n}`,
    startedBy: "ecs-svc/111",
    stopCode: "EssentialContainerExited",
    stoppedReason: "Essential container in task exited",
    stoppedAt: new Date(Date.UTC(2026, 0, 1, 12, 0, n)),
    containers: [{ name: "model", exitCode: 1, reason: undefined }],
  });

  it.each([
    ["UPDATE", "UPDATE_COMPLETE", /CancelUpdateStack/],
    ["CREATE", undefined, /roll the stack back on its own/],
  ])(
    "fails fast during a %s with stopped reasons and exit codes",
    async (_kind, existing, ending) => {
      const inProgress = existing ? "UPDATE_IN_PROGRESS" : "CREATE_IN_PROGRESS";
      const { aws, deploy } = deployFixture({ shared: false });
      if (existing) aws.addStack(STACK, { status: existing });
      aws.script(STACK, {
        onExecute: [
          {
            status: inProgress,
            events: [
              {
                LogicalResourceId: "Service",
                ResourceType: "AWS::ECS::Service",
                ResourceStatus: inProgress,
                PhysicalResourceId: SERVICE_ARN,
              },
            ],
          },
          { status: inProgress },
        ],
      });
      const ecs = aws.mocks.ecs;
      let polls = 0;
      ecs.on(DescribeServicesCommand).callsFake(() => {
        polls++;
        return {
          services: [
            {
              serviceName: "modelship-v1",
              status: "ACTIVE",
              runningCount: 0,
              desiredCount: 1,
              deployments: [
                {
                  id: "ecs-svc/111",
                  status: "PRIMARY",
                  rolloutState: "IN_PROGRESS",
                  failedTasks: Math.min(polls, 3),
                },
              ],
              events: [
                {
                  id: `e${polls}`,
                  createdAt: new Date(),
                  message: `(service modelship-v1) has started 1 tasks: (task task${polls}).`,
                },
              ],
            },
          ],
        };
      });
      ecs.on(ListTasksCommand).callsFake(() => ({
        taskArns: Array.from(
          { length: Math.min(polls, 3) },
          (_, i) => failedTask(i + 1).taskArn,
        ),
      }));
      ecs.on(DescribeTasksCommand).callsFake((input) => ({
        tasks: (input.tasks ?? []).map((arn: string) =>
          failedTask(Number(arn.slice(-1))),
        ),
      }));
      const { logger, run } = deploy.stack({ watchEcs: true });
      await expect(run).rejects.toThrow(
        /has 3 failed tasks in deployment ecs-svc\/111 \(limit 3\)/,
      );
      await expect(run).rejects.toThrow(ending);
      const text = logger.text();
      expect(text).toContain(
        "task task1 stopped (EssentialContainerExited): Essential container in task exited [model: exit code 1]",
      );
      expect(text).toContain(
        "ECS service modelship-v1: ACTIVE, running 0 of 1 desired",
      );
      expect(text).toContain("has started 1 tasks");
      expect(ecs.commandCalls(ListTasksCommand)[0]?.args[0].input).toEqual({
        cluster: "modelship",
        serviceName: "modelship-v1",
        desiredStatus: "STOPPED",
      });
      expect(aws.changes.includes(`CancelUpdateStack ${STACK}`)).toBe(
        existing !== undefined,
      );
    },
  );

  it("stops at once when the circuit breaker has tripped", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    aws.script(STACK, {
      onExecute: [
        {
          status: "CREATE_IN_PROGRESS",
          events: [
            {
              LogicalResourceId: "Service",
              ResourceType: "AWS::ECS::Service",
              ResourceStatus: "CREATE_IN_PROGRESS",
              PhysicalResourceId: SERVICE_ARN,
            },
          ],
        },
      ],
    });
    const ecs = aws.mocks.ecs;
    ecs.on(DescribeServicesCommand).resolves({
      services: [
        {
          status: "ACTIVE",
          deployments: [
            {
              id: "ecs-svc/1",
              status: "PRIMARY",
              rolloutState: "FAILED",
              rolloutStateReason:
                "ECS deployment circuit breaker: tasks failed to start.",
            },
          ],
        },
      ],
    });
    ecs.on(ListTasksCommand).resolves({ taskArns: [] });
    const { run } = deploy.stack({ watchEcs: true });
    await expect(run).rejects.toThrow(
      /circuit breaker stopped deployment ecs-svc\/1: ECS deployment circuit breaker: tasks failed to start/,
    );
  });
});

describe("deleteStack and stackOutputs", () => {
  it("deletes a stack, streaming its events", async () => {
    const { aws } = deployFixture({ shared: false });
    aws.addStack(STACK, { status: "UPDATE_COMPLETE" });
    aws.script(STACK, {
      onDelete: [
        {
          status: "DELETE_IN_PROGRESS",
          events: [
            {
              LogicalResourceId: "Service",
              ResourceType: "AWS::ECS::Service",
              ResourceStatus: "DELETE_IN_PROGRESS",
            },
          ],
        },
        {
          status: "DELETE_COMPLETE",
          events: [
            { ResourceStatus: "DELETE_COMPLETE", LogicalResourceId: STACK },
          ],
        },
      ],
    });
    const logger = memoryLogger();
    await expect(
      deleteStack({
        cfn: aws.clients.cfn,
        stackName: STACK,
        logger,
        pollMs: 1,
      }),
    ).resolves.toEqual({ deleted: true, alreadyGone: false });
    expect(aws.changes).toEqual([`DeleteStack ${STACK}`]);
    expect(aws.findStack(STACK)).toBeUndefined();
    expect(logger.text()).toMatch(
      /Service {2}AWS::ECS::Service {2}DELETE_IN_PROGRESS/,
    );
  });

  it("treats a missing stack as already gone", async () => {
    const { aws } = deployFixture({ shared: false });
    const result = await deleteStack({
      cfn: aws.clients.cfn,
      stackName: STACK,
      logger: memoryLogger(),
      pollMs: 1,
    });
    expect(result).toEqual({ deleted: false, alreadyGone: true });
    expect(aws.actions()).toEqual(["DescribeStacks"]);
  });

  it("reads outputs, and undefined when there is no stack", async () => {
    const { aws } = deployFixture({ shared: false });
    aws.addStack(STACK, {
      status: "CREATE_COMPLETE",
      outputs: { TargetGroupArn: "arn:tg" },
    });
    await expect(
      stackOutputs({ cfn: aws.clients.cfn, stackName: STACK }),
    ).resolves.toEqual({ TargetGroupArn: "arn:tg" });
    await expect(
      stackOutputs({ cfn: aws.clients.cfn, stackName: "modelship-v-none" }),
    ).resolves.toBeUndefined();
  });
});
