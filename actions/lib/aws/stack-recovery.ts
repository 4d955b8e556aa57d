/**
 * Getting a stack out of the way or out of a stuck state: DeleteStack, and ContinueUpdateRollback
 * for a stack left in UPDATE_ROLLBACK_FAILED (which accepts no update until its rollback is done).
 * Both name the CloudFormation service role (RoleARN): the GitHub role may call them only so.
 */
import {
  ContinueUpdateRollbackCommand,
  DeleteStackCommand,
  type CloudFormationClient,
} from "@aws-sdk/client-cloudformation";
import { describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";
import type { PollTiming } from "./poll-schedule.js";
import { StackEventStream } from "./stack-events.js";
import {
  describeStack,
  reportFailure,
  StackOperationError,
  waitForStack,
} from "./stack-wait.js";

/** What deleteStack and continueRollback need. */
export interface StackRecoveryOptions extends PollTiming {
  cfn: CloudFormationClient;
  stackName: string;
  logger: Logger;
  /** The CloudFormation service role (RoleARN). */
  roleArn?: string;
}

/**
 * Deletes a stack and streams its events until it is gone. A stack that does not exist counts as
 * already gone, so running it twice is harmless.
 */
export async function deleteStack(
  options: StackRecoveryOptions,
): Promise<{ deleted: boolean; alreadyGone: boolean }> {
  const { cfn, stackName, logger } = options;
  const stack = await describeStack(cfn, stackName);
  if (!stack || stack.StackStatus === "DELETE_COMPLETE") {
    logger.info(`stack ${stackName} does not exist: nothing to delete`);
    return { deleted: false, alreadyGone: true };
  }
  const stackId = stack.StackId ?? stackName;
  const events = new StackEventStream({ cfn, stackId, logger });
  await events.skipExisting();
  if (stack.StackStatus !== "DELETE_IN_PROGRESS") {
    await describeFailure("DeleteStack", `stack ${stackName}`, () =>
      cfn.send(
        new DeleteStackCommand({
          StackName: stackId,
          ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
        }),
      ),
    );
  }
  logger.info(`deleting stack ${stackName}; streaming events`);
  const outcome = await waitForStack({
    ...options,
    stackId,
    events,
    deleting: true,
  });
  if (outcome.kind === "success") return { deleted: true, alreadyGone: false };
  const summary = await reportFailure({ cfn, stackId, events, logger });
  throw new StackOperationError(
    `deleting stack ${stackName} ${outcome.reason ?? `ended in ${outcome.status}`}; ${summary}`,
    stackName,
    outcome.status,
  );
}

/**
 * Finishes the rollback of a stack in UPDATE_ROLLBACK_FAILED (ContinueUpdateRollback) and waits
 * for UPDATE_ROLLBACK_COMPLETE, after which it takes updates again. When the rollback fails once
 * more, the error names the resource that blocks it: skipping it is a decision for a person.
 */
export async function continueRollback(
  options: StackRecoveryOptions & { stackId: string },
): Promise<void> {
  const { cfn, stackName, stackId, logger } = options;
  logger.warning(
    `stack ${stackName} is UPDATE_ROLLBACK_FAILED: continuing its rollback (ContinueUpdateRollback) before updating it`,
  );
  const events = new StackEventStream({ cfn, stackId, logger });
  await events.skipExisting();
  await describeFailure("ContinueUpdateRollback", `stack ${stackName}`, () =>
    cfn.send(
      new ContinueUpdateRollbackCommand({
        StackName: stackId,
        ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
      }),
    ),
  );
  const outcome = await waitForStack({ ...options, stackId, events });
  if (outcome.status === "UPDATE_ROLLBACK_COMPLETE") {
    logger.info(`stack ${stackName} rolled back: UPDATE_ROLLBACK_COMPLETE`);
    return;
  }
  const summary = await reportFailure({ cfn, stackId, events, logger });
  throw new StackOperationError(
    `continuing the rollback of stack ${stackName} ${outcome.reason ?? `ended in ${outcome.status}`}; ${summary}. Fix that resource, or continue the rollback in the console skipping it (ResourcesToSkip), then deploy again`,
    stackName,
    outcome.status,
  );
}
