import {
  CancelUpdateStackCommand,
  ExecuteChangeSetCommand,
  type CloudFormationClient,
} from "@aws-sdk/client-cloudformation";
import type { ECSClient } from "@aws-sdk/client-ecs";
import {
  ConfigurationError,
  describeFailure,
  errorMessage,
} from "../errors.js";
import { EcsWatcher } from "./ecs-watch.js";
import {
  createChangeSet,
  type ChangeSetOptions,
  type ChangeSetRef,
} from "./change-set.js";
import { StackEventStream } from "./stack-events.js";
import { continueRollback, deleteStack } from "./stack-recovery.js";
import {
  describeStack,
  outputsOf,
  parametersOf,
  reportFailure,
  StackOperationError,
  waitForStack,
  type WaitOutcome,
} from "./stack-wait.js";

export {
  describeStack,
  outputsOf,
  parametersOf,
  StackOperationError,
} from "./stack-wait.js";
export { continueRollback, deleteStack } from "./stack-recovery.js";

/** CloudFormation refuses a TemplateBody larger than this; bigger ones need S3. */
export const MAX_TEMPLATE_BYTES = 51_200;

/** Options for deployStack. */
export interface DeployStackOptions extends ChangeSetOptions {
  /** When given, the stack's ECS service is watched for crash loops and described on failure. */
  ecs?: ECSClient;
  /** Failed tasks in one ECS deployment that end the wait early (default 3). */
  maxFailedTasks?: number;
}

/** What deployStack did. */
export interface DeployStackResult {
  stackId: string;
  status: string;
  outputs: Record<string, string>;
  /** The change set was empty: nothing was executed. */
  noChange: boolean;
  /** A stack left by a failed first create was deleted and created anew. */
  recreated: boolean;
}

/** Statuses a failed first create leaves: such a stack can only be deleted (and created again). */
export const RECREATE_STATUSES: ReadonlySet<string> = new Set([
  "ROLLBACK_COMPLETE",
  "REVIEW_IN_PROGRESS",
  "ROLLBACK_FAILED",
]);
/**
 * Creates or updates a stack through a named change set, streaming its events until it settles.
 * An empty change set is a success (`noChange`). A stack stuck after a failed first create is
 * deleted and re-created. On failure it prints the first failed resource and, with `ecs`, the
 * service's events and stopped tasks; a crash-looping service ends the wait early.
 */
export async function deployStack(
  options: DeployStackOptions,
): Promise<DeployStackResult> {
  const { cfn, stackName, logger } = options;
  if (Buffer.byteLength(options.templateBody) > MAX_TEMPLATE_BYTES) {
    throw new ConfigurationError(
      `the template for stack ${stackName} is ${Buffer.byteLength(options.templateBody)} bytes; CloudFormation takes at most ${MAX_TEMPLATE_BYTES} inline`,
    );
  }
  let existing = await describeStack(cfn, stackName);
  let recreated = false;
  const status = existing?.StackStatus ?? "";
  if (existing && RECREATE_STATUSES.has(status)) {
    logger.warning(
      `stack ${stackName} is in ${status} after a failed first create and cannot be updated: deleting it and creating it again`,
    );
    await deleteStack(options);
    existing = undefined;
    recreated = true;
  } else if (existing && status === "UPDATE_ROLLBACK_FAILED") {
    await continueRollback({
      ...options,
      stackId: existing.StackId ?? stackName,
    });
  } else if (
    existing &&
    (status.endsWith("_IN_PROGRESS") || status.endsWith("_FAILED"))
  ) {
    throw new StackOperationError(
      `stack ${stackName} is ${status}: another operation is running or must be repaired first`,
      stackName,
      status,
    );
  }
  const type = existing ? "UPDATE" : "CREATE";
  const previous = new Set(Object.keys(parametersOf(existing)));
  const changeSet = await createChangeSet(options, type, previous);
  if (changeSet.noChange) {
    const stack = await describeStack(cfn, stackName);
    return {
      stackId: changeSet.stackId,
      status: stack?.StackStatus ?? status,
      outputs: outputsOf(stack),
      noChange: true,
      recreated,
    };
  }
  return { ...(await executeAndWait(options, changeSet, type)), recreated };
}

async function executeAndWait(
  options: DeployStackOptions,
  changeSet: ChangeSetRef,
  type: "CREATE" | "UPDATE",
): Promise<Omit<DeployStackResult, "recreated">> {
  const { cfn, stackName, logger } = options;
  const ecs = options.ecs
    ? new EcsWatcher({
        ecs: options.ecs,
        logger,
        maxFailedTasks: options.maxFailedTasks,
        now: options.now,
      })
    : undefined;
  const events = new StackEventStream({
    cfn,
    stackId: changeSet.stackId,
    logger,
    onEvent: (e) => {
      if (
        e.ResourceType === "AWS::ECS::Service" &&
        e.PhysicalResourceId?.startsWith("arn:")
      )
        ecs?.watch(e.PhysicalResourceId);
    },
  });
  await events.skipExisting();
  await describeFailure("ExecuteChangeSet", `stack ${stackName}`, () =>
    cfn.send(
      new ExecuteChangeSetCommand({
        ChangeSetName: changeSet.id,
        StackName: changeSet.stackId,
      }),
    ),
  );
  logger.info(`executing change set on stack ${stackName}; streaming events`);
  const outcome = await waitForStack({
    ...options,
    stackId: changeSet.stackId,
    events,
    ecs,
  });
  if (outcome.kind === "success") {
    logger.info(`stack ${stackName} is ${outcome.status}`);
    return {
      stackId: changeSet.stackId,
      status: outcome.status,
      outputs: outputsOf(outcome.stack),
      noChange: false,
    };
  }
  const summary = await reportFailure({
    cfn,
    stackId: changeSet.stackId,
    events,
    ecs,
    logger,
  });
  const ending = await stopEarly(options, outcome, type, changeSet.stackId);
  throw new StackOperationError(
    `stack ${stackName} ${outcome.reason ?? `ended in ${outcome.status}`}; ${summary}${ending}`,
    stackName,
    outcome.status,
  );
}

// When we stop before CloudFormation does, say what happens to the stack next.
async function stopEarly(
  options: DeployStackOptions,
  outcome: WaitOutcome,
  type: "CREATE" | "UPDATE",
  stackId: string,
): Promise<string> {
  if (outcome.kind !== "fail-fast" && outcome.kind !== "timeout") return "";
  if (type === "CREATE") {
    return ". CloudFormation will roll the stack back on its own when it gives up; the next deploy deletes and re-creates it";
  }
  try {
    await describeFailure(
      "CancelUpdateStack",
      `stack ${options.stackName}`,
      () =>
        options.cfn.send(new CancelUpdateStackCommand({ StackName: stackId })),
    );
    return ". The update was cancelled (CancelUpdateStack): CloudFormation is rolling back to the previous version";
  } catch (error) {
    return `. Cancelling the update failed too: ${errorMessage(error)}`;
  }
}

/** The stack's outputs, or undefined when there is no such stack. */
export async function stackOutputs(options: {
  cfn: CloudFormationClient;
  stackName: string;
}): Promise<Record<string, string> | undefined> {
  const stack = await describeStack(options.cfn, options.stackName);
  return stack ? outputsOf(stack) : undefined;
}
