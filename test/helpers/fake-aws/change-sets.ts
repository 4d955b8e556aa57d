/**
 * CloudFormation change sets in the fake AWS: made for a stack (a new one waits in
 * REVIEW_IN_PROGRESS), computed over two looks, empty when nothing changed, and executed as
 * the stack's script says (by default: in progress, then complete with the template's outputs).
 */
import type {
  CreateChangeSetCommandInput,
  Parameter,
  Tag,
} from "@aws-sdk/client-cloudformation";
import {
  arnOf,
  awsError,
  isTrue,
  listOf,
  sharedOutputs,
  versionOutputs,
} from "./resources.js";
import type { FakeStack, StackScript, StackStep } from "./stacks.js";
import type { AwsWorld } from "./world.js";

/** A change set waiting to be described and executed. */
export interface FakeChangeSet {
  id: string;
  name: string;
  stack: FakeStack;
  type: string;
  parameters: Record<string, string>;
  tags: Record<string, string>;
  templateBody?: string;
  looks: number;
}

/** CloudFormation's reason for a change set with nothing in it. */
export const NO_CHANGES =
  "The submitted information didn't contain changes. Submit different information to create a change set.";

function changeSetOf(world: AwsWorld, nameOrId: string | undefined) {
  const found = [...world.changeSets.values()].find(
    (candidate) => candidate.id === nameOrId || candidate.name === nameOrId,
  );
  if (!found)
    throw awsError(
      "ChangeSetNotFound",
      `ChangeSet [${nameOrId}] does not exist`,
    );
  return found;
}

// Statuses a stack takes an update from; any other needs a delete, a rollback or patience first.
const UPDATABLE = new Set([
  "CREATE_COMPLETE",
  "UPDATE_COMPLETE",
  "UPDATE_ROLLBACK_COMPLETE",
  "IMPORT_COMPLETE",
  "IMPORT_ROLLBACK_COMPLETE",
]);

/** The stack a change set is for, refused as AWS refuses it. */
function stackFor(world: AwsWorld, name: string, type: string): FakeStack {
  const live = world.findStack(name);
  if (type === "CREATE" && live && live.status !== "REVIEW_IN_PROGRESS")
    throw awsError("ValidationError", `Stack [${name}] already exists`);
  if (type === "UPDATE" && !live)
    throw awsError("ValidationError", `Stack [${name}] does not exist`);
  if (type === "UPDATE" && live && !UPDATABLE.has(live.status))
    throw awsError(
      "ValidationError",
      `Stack:${live.id} is in ${live.status} state and can not be updated.`,
    );
  return live ?? world.addStack(name, { status: "REVIEW_IN_PROGRESS" });
}

/** Given values, and for UsePreviousValue the stack's own (only a key it has can keep one). */
function parametersFor(stack: FakeStack, given: unknown) {
  const parameters: Record<string, string> = {};
  for (const { ParameterKey: key = "", ...p } of listOf<Parameter>(given)) {
    if (isTrue(p.UsePreviousValue) && !(key in stack.parameters))
      throw awsError(
        "ValidationError",
        `Invalid input for parameter key ${key}. Cannot specify usePreviousValue as true for a parameter key not in the previous template`,
      );
    parameters[key] = isTrue(p.UsePreviousValue)
      ? (stack.parameters[key] ?? "")
      : (p.ParameterValue ?? "");
  }
  return parameters;
}

function createChangeSet(world: AwsWorld, input: CreateChangeSetCommandInput) {
  const name = input.StackName ?? "";
  const type = input.ChangeSetType ?? "UPDATE";
  const stack = stackFor(world, name, type);
  const parameters = parametersFor(stack, input.Parameters);
  const tags = Object.fromEntries(
    listOf<Tag>(input.Tags).map((tag) => [tag.Key ?? "", tag.Value ?? ""]),
  );
  const changeSetName = input.ChangeSetName ?? "";
  const id = arnOf(
    "cloudformation",
    `changeSet/${changeSetName}/${world.nextSerial()}`,
  );
  world.changeSets.set(id, {
    ...{ id, name: changeSetName, stack, type, parameters, tags },
    ...{ templateBody: input.TemplateBody, looks: 0 },
  });
  world.change(`CreateChangeSet ${name} ${type}`);
  return { Id: id, StackId: stack.id };
}

/** A record as sorted pairs, so two with the same entries compare equal in any key order. */
const sameEntries = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) ===
  JSON.stringify(Object.entries(b).sort());

/** Nothing to do: the stack already runs this template with these parameters and tags. */
function isEmpty({ stack, ...changeSet }: FakeChangeSet): boolean {
  return (
    stack.status !== "REVIEW_IN_PROGRESS" &&
    (stack.templateBody ?? changeSet.templateBody) === changeSet.templateBody &&
    sameEntries(stack.parameters, changeSet.parameters) &&
    sameEntries(stack.tags, changeSet.tags)
  );
}

function describeChangeSet(world: AwsWorld, input: { ChangeSetName?: string }) {
  const changeSet = changeSetOf(world, input.ChangeSetName);
  const { stack } = changeSet;
  const described = {
    ChangeSetId: changeSet.id,
    ChangeSetName: changeSet.name,
    StackId: stack.id,
    StackName: stack.name,
  };
  // CloudFormation takes a moment to compute a change set: the first look finds it in progress.
  if (++changeSet.looks === 1)
    return { ...described, Status: "CREATE_IN_PROGRESS" };
  const scripted = world.scripts.get(stack.name)?.changeSet;
  const final: NonNullable<StackScript["changeSet"]> = scripted?.status
    ? scripted
    : isEmpty(changeSet)
      ? { status: "FAILED", reason: NO_CHANGES }
      : { status: "CREATE_COMPLETE", changes: scripted?.changes };
  const failed = final.status === "FAILED";
  const changes = final.changes ?? [
    {
      Action: changeSet.type === "CREATE" ? "Add" : "Modify",
      LogicalResourceId: "Service",
      ResourceType: "AWS::ECS::Service",
    },
  ];
  return {
    ...described,
    Status: final.status,
    StatusReason: final.reason,
    ExecutionStatus: failed ? "UNAVAILABLE" : "AVAILABLE",
    Changes: failed
      ? []
      : changes.map((change) => ({ Type: "Resource", ResourceChange: change })),
  };
}

/**
 * A create or update without a script: in progress, then complete with the template's outputs
 * (a stack that is neither shared nor a version keeps the ones it has).
 */
function defaultSteps(stack: FakeStack, verb: string): StackStep[] {
  const { parameters } = stack;
  const outputs = stack.name.endsWith("-shared")
    ? sharedOutputs(parameters, { https: !!parameters.CertificateArn })
    : parameters.ModelVersion
      ? versionOutputs(parameters)
      : stack.outputs;
  return [
    { status: `${verb}_IN_PROGRESS`, events: [{}] },
    { status: `${verb}_COMPLETE`, events: [{}], outputs },
  ];
}

function executeChangeSet(world: AwsWorld, input: { ChangeSetName?: string }) {
  const changeSet = changeSetOf(world, input.ChangeSetName);
  const { stack } = changeSet;
  const verb = stack.status === "REVIEW_IN_PROGRESS" ? "CREATE" : "UPDATE";
  stack.parameters = changeSet.parameters;
  stack.tags = changeSet.tags;
  stack.templateBody = changeSet.templateBody;
  const script = world.scripts.get(stack.name)?.onExecute;
  stack.pending = [...(script ?? defaultSteps(stack, verb))];
  world.changeSets.delete(changeSet.id);
  world.change(`ExecuteChangeSet ${stack.name}`);
  return {};
}

/** The change-set actions the fake answers, by name. */
export const CHANGE_SET_ACTIONS = {
  CreateChangeSet: createChangeSet,
  DescribeChangeSet: describeChangeSet,
  ExecuteChangeSet: executeChangeSet,
  DeleteChangeSet: (world: AwsWorld, input: { ChangeSetName?: string }) => {
    const changeSet = changeSetOf(world, input.ChangeSetName);
    world.changeSets.delete(changeSet.id);
    world.change(`DeleteChangeSet ${changeSet.stack.name}`);
    return {};
  },
};
