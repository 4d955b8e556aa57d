/**
 * CloudFormation stacks in the fake AWS. An operation advances one step per DescribeStacks, as
 * the real service does between polls; events come newest first; a deleted stack is found by
 * id (DELETE_COMPLETE), never by name. Change sets are in ./change-sets.ts, listings and
 * templates in ./stack-reads.ts.
 */
import type {
  ContinueUpdateRollbackCommandInput,
  DeleteStackCommandInput,
  DescribeStacksCommandInput,
  ResourceChange,
  StackEvent,
} from "@aws-sdk/client-cloudformation";
import { arnOf, awsError } from "./resources.js";
import type { AwsWorld } from "./world.js";

/** A stack event as a script gives it: any field may be left out (status: the step's). */
export type ScriptedEvent = Omit<Partial<StackEvent>, "ResourceStatus"> & {
  ResourceStatus?: string;
};

/** One poll's worth of progress: the status, the events that appear with it, new outputs. */
export interface StackStep {
  status: string;
  /** Each defaults to a stack-level event of `status`. */
  events?: ScriptedEvent[];
  outputs?: Record<string, string>;
}

/** How one stack behaves, instead of the default (in progress, then complete). */
export interface StackScript {
  /** What executing a change set does, one step per DescribeStacks. */
  onExecute?: StackStep[];
  /** What DeleteStack does, one step per DescribeStacks. */
  onDelete?: StackStep[];
  /** What ContinueUpdateRollback does (default: in progress, then UPDATE_ROLLBACK_COMPLETE). */
  onContinueRollback?: StackStep[];
  /**
   * How a change set ends (default: FAILED "didn't contain changes" when nothing changed, else
   * CREATE_COMPLETE), and the resource changes it lists when it completes (default: the ECS
   * service added or modified).
   */
  changeSet?: {
    status?: "CREATE_COMPLETE" | "FAILED";
    reason?: string;
    changes?: ResourceChange[];
  };
  /** What ListStackResources lists. */
  resources?: { type: string; physicalId: string }[];
}

/** A stack and what is still to happen to it. */
export interface FakeStack {
  name: string;
  id: string;
  status: string;
  parameters: Record<string, string>;
  outputs: Record<string, string>;
  tags: Record<string, string>;
  /** The template the stack runs (GetTemplate); none for a stack seeded without one. */
  templateBody?: string;
  /** Oldest first. */
  events: StackEvent[];
  /** Steps still to show, one per DescribeStacks. */
  pending: StackStep[];
}

/** The reason on the first event of a stack that existed before the test. */
export const BEFORE_THE_TEST = "made before the test";

/** Appends an event to a stack; event times rise one second per id the world hands out. */
export function addEvent(
  world: AwsWorld,
  stack: FakeStack,
  event: ScriptedEvent,
): void {
  const serial = world.nextSerial();
  const full = {
    EventId: `${stack.name}-event-${serial}`,
    StackId: stack.id,
    StackName: stack.name,
    LogicalResourceId: stack.name,
    ResourceType: "AWS::CloudFormation::Stack",
    Timestamp: new Date(Date.UTC(2026, 0, 1, 12) + serial * 1000),
    ...event,
  } as StackEvent;
  if (full.LogicalResourceId === stack.name)
    full.PhysicalResourceId ??= stack.id;
  stack.events.push(full);
}

/** A new stack with its first event (not one a deploy should stream). */
export function newStack(
  world: AwsWorld,
  name: string,
  values: Partial<
    Pick<
      FakeStack,
      "status" | "parameters" | "outputs" | "tags" | "templateBody"
    >
  >,
): FakeStack {
  const stack: FakeStack = {
    name,
    id: arnOf("cloudformation", `stack/${name}/${world.nextSerial()}`),
    status: values.status ?? "CREATE_COMPLETE",
    parameters: { ...values.parameters },
    outputs: { ...values.outputs },
    tags: { ...values.tags },
    templateBody: values.templateBody,
    events: [],
    pending: [],
  };
  const review = stack.status === "REVIEW_IN_PROGRESS";
  addEvent(world, stack, {
    ResourceStatus: stack.status,
    ResourceStatusReason: review ? "User Initiated" : BEFORE_THE_TEST,
  });
  return stack;
}

/** A stack by name or id, or the ValidationError AWS answers. */
export function existingStack(
  world: AwsWorld,
  nameOrId: string | undefined,
): FakeStack {
  const stack = world.findStack(nameOrId ?? "");
  if (!stack)
    throw awsError(
      "ValidationError",
      `Stack with id ${nameOrId} does not exist`,
    );
  return stack;
}

const pairs = (record: Record<string, string>, key: string, value: string) =>
  Object.entries(record).map(([k, v]) => ({ [key]: k, [value]: v }));

function describeStacks(world: AwsWorld, input: DescribeStacksCommandInput) {
  const stacks = input.StackName
    ? [existingStack(world, input.StackName)]
    : world.liveStacks();
  for (const stack of stacks) {
    const step = stack.pending.shift();
    if (!step) continue;
    stack.status = step.status;
    for (const event of step.events ?? [])
      addEvent(world, stack, { ResourceStatus: step.status, ...event });
    if (step.outputs) stack.outputs = step.outputs;
  }
  return {
    Stacks: stacks.map((stack) => ({
      StackName: stack.name,
      StackId: stack.id,
      StackStatus: stack.status,
      CreationTime: stack.events[0]?.Timestamp,
      Parameters: pairs(stack.parameters, "ParameterKey", "ParameterValue"),
      Outputs: pairs(stack.outputs, "OutputKey", "OutputValue"),
      Tags: pairs(stack.tags, "Key", "Value"),
    })),
  };
}

function deleteStack(world: AwsWorld, input: DeleteStackCommandInput) {
  const stack = world.findStack(input.StackName ?? "");
  world.change(`DeleteStack ${stack?.name ?? input.StackName}`);
  // Deleting a stack that does not exist (or is being deleted) succeeds, as it does on AWS.
  const gone = ["DELETE_IN_PROGRESS", "DELETE_COMPLETE"];
  if (stack && !gone.includes(stack.status)) {
    const events = [{ ResourceStatus: "DELETE_IN_PROGRESS" }, {}];
    stack.pending = [
      ...(world.scripts.get(stack.name)?.onDelete ?? [
        { status: "DELETE_COMPLETE", events },
      ]),
    ];
  }
  return {};
}

/** Rolls a stack in UPDATE_ROLLBACK_FAILED back; any other stack is refused, as on AWS. */
function continueUpdateRollback(
  world: AwsWorld,
  input: ContinueUpdateRollbackCommandInput,
) {
  const stack = existingStack(world, input.StackName);
  if (stack.status !== "UPDATE_ROLLBACK_FAILED")
    throw awsError(
      "ValidationError",
      `Stack [${stack.name}] is in ${stack.status} state and can not continue update rollback`,
    );
  stack.pending = [
    ...(world.scripts.get(stack.name)?.onContinueRollback ?? [
      { status: "UPDATE_ROLLBACK_IN_PROGRESS", events: [{}] },
      { status: "UPDATE_ROLLBACK_COMPLETE", events: [{}] },
    ]),
  ];
  world.change(`ContinueUpdateRollback ${stack.name}`);
  return {};
}

/** The stack actions the fake answers, by name. */
export const STACK_ACTIONS = {
  DescribeStacks: describeStacks,
  DescribeStackEvents: (world: AwsWorld, input: { StackName?: string }) => ({
    StackEvents: [...existingStack(world, input.StackName).events].reverse(),
  }),
  DeleteStack: deleteStack,
  CancelUpdateStack: (world: AwsWorld, input: { StackName?: string }) => {
    const stack = existingStack(world, input.StackName);
    world.change(`CancelUpdateStack ${stack.name}`);
    return {};
  },
  ContinueUpdateRollback: continueUpdateRollback,
};
