/**
 * The app-wide inbox/ rule's target (EventBridge), which deploy-stack and revert own as they own
 * the serving listener's default action: read it, point it at a batch version's queue, clear it.
 */
import {
  ListTargetsByRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type EventBridgeClient,
} from "@aws-sdk/client-eventbridge";
import { describeFailure } from "../errors.js";

/** The one target id the rule ever has. */
export const INBOX_TARGET_ID = "current-batch-version";

/** The queue ARN the rule sends to now, if any. */
export async function inboxTarget(
  events: EventBridgeClient,
  ruleName: string,
): Promise<string | undefined> {
  const answer = await describeFailure(
    "ListTargetsByRule",
    `rule ${ruleName}`,
    () => events.send(new ListTargetsByRuleCommand({ Rule: ruleName })),
  );
  return answer.Targets?.find((t) => t.Id === INBOX_TARGET_ID)?.Arn;
}

/** Sends the rule's events to `queueArn`, wrapped by `inputTemplate` (the whole event inside). */
export async function pointInbox(
  events: EventBridgeClient,
  options: { ruleName: string; queueArn: string; inputTemplate: string },
): Promise<void> {
  const answer = await describeFailure(
    "PutTargets",
    `rule ${options.ruleName}`,
    () =>
      events.send(
        new PutTargetsCommand({
          Rule: options.ruleName,
          Targets: [
            {
              Id: INBOX_TARGET_ID,
              Arn: options.queueArn,
              InputTransformer: {
                InputPathsMap: {},
                InputTemplate: options.inputTemplate,
              },
            },
          ],
        }),
      ),
  );
  const failed = answer.FailedEntries?.[0];
  if ((answer.FailedEntryCount ?? 0) > 0)
    throw new Error(
      `PutTargets on rule ${options.ruleName} failed: ${failed?.ErrorCode ?? ""} ${failed?.ErrorMessage ?? ""}`.trim(),
    );
}

/** Removes the rule's target: files right under inbox/ then go nowhere until the next batch deploy. */
export async function clearInbox(
  events: EventBridgeClient,
  ruleName: string,
): Promise<void> {
  await describeFailure("RemoveTargets", `rule ${ruleName}`, () =>
    events.send(
      new RemoveTargetsCommand({ Rule: ruleName, Ids: [INBOX_TARGET_ID] }),
    ),
  );
}
