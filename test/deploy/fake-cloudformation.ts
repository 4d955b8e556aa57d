import {
  CancelUpdateStackCommand,
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  ListStackResourcesCommand,
  type StackEvent,
} from "@aws-sdk/client-cloudformation";
import { mockClient } from "aws-sdk-client-mock";

/** A stack event as the script writes it (any status string, for brevity). */
export type FakeEvent = Omit<Partial<StackEvent>, "ResourceStatus"> & {
  ResourceStatus?: string;
};

/** One poll's worth of progress: the stack status and the events that appeared with it. */
export interface Step {
  status: string;
  events?: FakeEvent[];
  outputs?: Record<string, string>;
}

/** How the fake behaves. */
export interface FakeStackScript {
  stackName: string;
  /** The stack before we start; absent = no stack. */
  existing?: {
    status: string;
    outputs?: Record<string, string>;
    parameters?: Record<string, string>;
  };
  /** What executing the change set does, one step per DescribeStacks call. */
  steps: Step[];
  /** What deleting the stack does (for recovery), one step per DescribeStacks call. */
  deleteSteps?: Step[];
  /** The change set's final state (default CREATE_COMPLETE). */
  changeSet?: { status: "CREATE_COMPLETE" | "FAILED"; reason?: string };
  resources?: { type: string; physicalId: string }[];
}

const STACK_ID = (name: string, n: number) =>
  `arn:aws:cloudformation:us-east-1:123456789012:stack/${name}/id-${n}`;

/**
 * A CloudFormation that walks through a script: DescribeStacks advances one step per call once
 * a change set (or a delete) runs, and DescribeStackEvents returns the events revealed so far,
 * newest first, as the real API does. It is aws-sdk-client-mock on the real client, so the
 * commands and parameters our code sends can be asserted afterwards.
 */
export function fakeCloudFormation(script: FakeStackScript) {
  const mock = mockClient(CloudFormationClient);
  let generation = 0;
  let phase: "none" | "existing" | "review" | "running" | "deleting" =
    script.existing ? "existing" : "none";
  let steps: Step[] = [];
  let index = 0;
  let clock = Date.UTC(2026, 0, 1, 12, 0, 0);
  let serial = 0;
  const events: StackEvent[] = [];
  events.push(
    event({ LogicalResourceId: script.stackName, ResourceStatus: "OLD" }),
  );
  let current: Step = {
    status: script.existing?.status ?? "",
    outputs: script.existing?.outputs,
  };
  let changeSetPolls = 0;

  function event(e: FakeEvent): StackEvent {
    clock += 1000;
    return {
      EventId: `ev-${serial++}`,
      StackName: script.stackName,
      Timestamp: new Date(clock),
      ResourceType: "AWS::CloudFormation::Stack",
      ...e,
    } as StackEvent;
  }
  function stack(step: Step) {
    return {
      StackName: script.stackName,
      StackId: STACK_ID(script.stackName, generation),
      StackStatus: step.status,
      CreationTime: new Date(clock),
      Outputs: Object.entries(step.outputs ?? {}).map(([k, v]) => ({
        OutputKey: k,
        OutputValue: v,
      })),
      Parameters: Object.entries(script.existing?.parameters ?? {}).map(
        ([k, v]) => ({ ParameterKey: k, ParameterValue: v }),
      ),
    };
  }
  function start(next: Step[], kind: "running" | "deleting") {
    phase = kind;
    steps = next;
    index = 0;
  }

  mock.on(DescribeStacksCommand).callsFake((input) => {
    const byId = String(input.StackName).startsWith("arn:");
    if (phase === "none" || (phase === "deleting" && index >= steps.length)) {
      if (phase === "deleting" && byId)
        return { Stacks: [stack({ status: "DELETE_COMPLETE" })] };
      if (phase === "deleting") phase = "none";
      throw Object.assign(
        new Error(`Stack with id ${input.StackName} does not exist`),
        { name: "ValidationError" },
      );
    }
    if (phase === "running" || phase === "deleting") {
      const step = steps[Math.min(index, steps.length - 1)] as Step;
      if (index < steps.length) {
        for (const e of step.events ?? []) events.push(event(e));
        index++;
      }
      current = { ...step, outputs: step.outputs ?? current.outputs };
      if (
        phase === "deleting" &&
        index >= steps.length &&
        step.status === "DELETE_COMPLETE"
      ) {
        phase = "none";
        return { Stacks: [stack(step)] };
      }
    }
    return { Stacks: [stack(current)] };
  });
  mock.on(DescribeStackEventsCommand).callsFake(() => ({
    StackEvents: [...events].reverse(),
  }));
  mock.on(CreateChangeSetCommand).callsFake(() => {
    if (phase === "none") {
      generation++;
      phase = "review";
      current = { status: "REVIEW_IN_PROGRESS" };
      events.push(
        event({
          ResourceStatus: "REVIEW_IN_PROGRESS",
          LogicalResourceId: script.stackName,
        }),
      );
    }
    changeSetPolls = 0;
    return {
      Id: `arn:aws:cloudformation:us-east-1:123456789012:changeSet/cs/${generation}`,
      StackId: STACK_ID(script.stackName, generation),
    };
  });
  mock.on(DescribeChangeSetCommand).callsFake(() => {
    changeSetPolls++;
    if (changeSetPolls === 1) return { Status: "CREATE_IN_PROGRESS" };
    const final = script.changeSet ?? { status: "CREATE_COMPLETE" };
    return {
      Status: final.status,
      StatusReason: final.reason,
      Changes: [
        {
          Type: "Resource",
          ResourceChange: {
            Action: "Add",
            LogicalResourceId: "Service",
            ResourceType: "AWS::ECS::Service",
          },
        },
      ],
    };
  });
  mock
    .on(ExecuteChangeSetCommand)
    .callsFake(() => start(script.steps, "running") ?? {});
  mock.on(DeleteChangeSetCommand).resolves({});
  mock.on(CancelUpdateStackCommand).resolves({});
  mock
    .on(DeleteStackCommand)
    .callsFake(
      () =>
        start(
          script.deleteSteps ?? [{ status: "DELETE_COMPLETE" }],
          "deleting",
        ) ?? {},
    );
  mock.on(ListStackResourcesCommand).resolves({
    StackResourceSummaries: (script.resources ?? []).map((r, i) => ({
      LogicalResourceId: `R${i}`,
      ResourceType: r.type,
      PhysicalResourceId: r.physicalId,
      ResourceStatus: "CREATE_COMPLETE",
      LastUpdatedTimestamp: new Date(),
    })),
  });
  return mock;
}

/** The commands a mock received, by name, in order. */
export function commandNames(mock: {
  calls(): { args: unknown[] }[];
}): string[] {
  return mock
    .calls()
    .map((c) =>
      (c.args[0] as { constructor: { name: string } }).constructor.name.replace(
        /Command$/,
        "",
      ),
    );
}
