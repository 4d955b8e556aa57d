import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  type CloudFormationClient,
  type Change,
  type DescribeChangeSetCommandOutput,
  type Parameter,
  type ResourceChange,
} from "@aws-sdk/client-cloudformation";
import { describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";
import {
  DEFAULT_TIMEOUT_MS,
  PollSchedule,
  type PollTiming,
} from "./poll-schedule.js";
import { StackOperationError } from "./stack-wait.js";

/** What createChangeSet needs (a subset of deployStack's options). */
export interface ChangeSetOptions extends PollTiming {
  cfn: CloudFormationClient;
  stackName: string;
  templateBody: string;
  parameters: Record<string, string>;
  /**
   * The parameters the template declares. On an update, each one the stack already has and
   * `parameters` leaves out keeps its value (UsePreviousValue), where CloudFormation would
   * otherwise fall back to the template's default.
   */
  declaredParameters?: Iterable<string>;
  tags: Record<string, string>;
  logger: Logger;
  /** The CloudFormation service role the stack is changed with (the change set's RoleARN). */
  roleArn?: string;
  /** The template's resource types (the change set's ResourceTypes, which IAM can check). */
  resourceTypes?: string[];
  /**
   * Looks at the computed changes before anything runs; throwing refuses them (the change set is
   * deleted and the error passes through).
   */
  reviewChanges?: (changes: ResourceChange[]) => void;
}

/**
 * The change set's Parameters: every given value, plus UsePreviousValue for each declared
 * parameter the stack already has (`previous`) that was not given. A parameter the stack lacks
 * cannot keep a previous value, so it takes the template's default.
 */
export function changeSetParameters(
  given: Record<string, string>,
  declared: Iterable<string>,
  previous: Set<string>,
): Parameter[] {
  const kept = [...declared].filter(
    (key) => previous.has(key) && !(key in given),
  );
  return [
    ...Object.entries(given).map(([key, value]) => ({
      ParameterKey: key,
      ParameterValue: value,
    })),
    ...kept.map((key) => ({ ParameterKey: key, UsePreviousValue: true })),
  ];
}

const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
const CAPABILITIES = [
  "CAPABILITY_IAM",
  "CAPABILITY_NAMED_IAM",
  "CAPABILITY_AUTO_EXPAND",
] as const;

/** A change set name unique per run: letters, digits and '-' only. */
function changeSetName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:.TZ]/g, "");
  return `modelship-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}

/** A computed change set; `noChange` when it was empty (it is then deleted). */
export interface ChangeSetRef {
  id: string;
  stackId: string;
  noChange: boolean;
}

/**
 * Creates a named change set and waits until CloudFormation has computed it. An empty one is
 * deleted and reported as `noChange`; any other failure throws with CloudFormation's reason.
 */
export async function createChangeSet(
  options: ChangeSetOptions,
  type: "CREATE" | "UPDATE",
  previous: Set<string> = new Set(),
): Promise<ChangeSetRef> {
  const { stackName, logger } = options;
  const name = changeSetName(options.now?.() ?? new Date());
  const created = await sendCreate(options, { type, previous, name });
  const ref = {
    id: created.Id ?? name,
    stackId: created.StackId ?? stackName,
    name,
  };
  logger.info(`change set ${name} (${type}) created for stack ${stackName}`);
  const described = await waitForChangeSet(options, ref.id);
  if (described.Status === "FAILED") {
    const reason = described.StatusReason ?? "no reason given";
    if (NO_CHANGES.test(reason)) {
      logger.info(`stack ${stackName} is up to date: the change set is empty`);
      await deleteChangeSet(options, ref);
      return { id: ref.id, stackId: ref.stackId, noChange: true };
    }
    throw new StackOperationError(
      `change set ${name} for stack ${stackName} failed: ${reason}`,
      stackName,
      "FAILED",
    );
  }
  await review(options, ref, described.Changes ?? []);
  return { id: ref.id, stackId: ref.stackId, noChange: false };
}

/** Sends CreateChangeSet: parameters (kept ones as UsePreviousValue), role, types, tags. */
function sendCreate(
  options: ChangeSetOptions,
  change: { type: "CREATE" | "UPDATE"; previous: Set<string>; name: string },
) {
  const { stackName } = options;
  const { type } = change;
  return describeFailure("CreateChangeSet", `stack ${stackName}`, () =>
    options.cfn.send(
      new CreateChangeSetCommand({
        StackName: stackName,
        ChangeSetName: change.name,
        ChangeSetType: type,
        TemplateBody: options.templateBody,
        Parameters: changeSetParameters(
          options.parameters,
          type === "UPDATE" ? (options.declaredParameters ?? []) : [],
          change.previous,
        ),
        ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
        ...(options.resourceTypes
          ? { ResourceTypes: options.resourceTypes }
          : {}),
        Tags: Object.entries(options.tags)
          .filter(([, v]) => v !== "")
          .map(([Key, Value]) => ({ Key, Value })),
        Capabilities: [...CAPABILITIES],
        Description: `modelship ${type.toLowerCase()} of ${stackName}`,
      }),
    ),
  );
}

/** Logs each change, then lets reviewChanges refuse them: a refused change set is deleted. */
async function review(
  options: ChangeSetOptions,
  ref: { id: string; stackId: string; name: string },
  changes: Change[],
): Promise<void> {
  for (const c of changes) {
    const r = c.ResourceChange;
    const replace = r?.Replacement === "True" ? " (replacement)" : "";
    options.logger.info(
      `  ${r?.Action} ${r?.LogicalResourceId} (${r?.ResourceType})${replace}`,
    );
  }
  try {
    options.reviewChanges?.(
      changes.flatMap((c) => (c.ResourceChange ? [c.ResourceChange] : [])),
    );
  } catch (error) {
    await deleteChangeSet(options, ref).catch(() => undefined);
    throw error;
  }
}

async function deleteChangeSet(
  options: ChangeSetOptions,
  ref: { id: string; stackId: string; name: string },
): Promise<void> {
  await describeFailure(
    "DeleteChangeSet",
    `change set ${ref.name} of stack ${options.stackName}`,
    () =>
      options.cfn.send(
        new DeleteChangeSetCommand({
          ChangeSetName: ref.id,
          StackName: ref.stackId,
        }),
      ),
  );
}

async function waitForChangeSet(
  options: ChangeSetOptions,
  id: string,
): Promise<DescribeChangeSetCommandOutput> {
  const { cfn, stackName } = options;
  const schedule = new PollSchedule(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  for (;;) {
    const out = await describeFailure(
      "DescribeChangeSet",
      `change set ${id} of stack ${stackName}`,
      () => cfn.send(new DescribeChangeSetCommand({ ChangeSetName: id })),
    );
    if (out.Status === "CREATE_COMPLETE" || out.Status === "FAILED") return out;
    schedule.record(1);
    if (schedule.elapsed() > timeoutMs) {
      throw new StackOperationError(
        `timed out waiting for change set ${id} of stack ${stackName} (still ${out.Status})`,
        stackName,
        out.Status ?? "?",
      );
    }
    await schedule.wait();
  }
}
