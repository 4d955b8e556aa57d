import {
  DescribeStackEventsCommand,
  type CloudFormationClient,
  type StackEvent,
} from "@aws-sdk/client-cloudformation";
import { describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";

/** Statuses after which a stack operation is over and it worked. */
export const SUCCESS_STATUSES = new Set([
  "CREATE_COMPLETE",
  "UPDATE_COMPLETE",
  "DELETE_COMPLETE",
  "IMPORT_COMPLETE",
]);

/** Statuses after which a stack operation is over and it failed (or was rolled back). */
export const FAILURE_STATUSES = new Set([
  "CREATE_FAILED",
  "ROLLBACK_COMPLETE",
  "ROLLBACK_FAILED",
  "UPDATE_FAILED",
  "UPDATE_ROLLBACK_COMPLETE",
  "UPDATE_ROLLBACK_FAILED",
  "DELETE_FAILED",
  "IMPORT_ROLLBACK_COMPLETE",
  "IMPORT_ROLLBACK_FAILED",
]);

/** True when no more progress will happen without a new operation. */
export function isTerminal(status: string): boolean {
  return SUCCESS_STATUSES.has(status) || FAILURE_STATUSES.has(status);
}

/** One stack event as one log line: time, logical id, type, status, reason. */
export function formatEvent(e: StackEvent): string {
  const time = e.Timestamp ? e.Timestamp.toISOString() : "?";
  const reason = e.ResourceStatusReason ? `  ${e.ResourceStatusReason}` : "";
  return `${time}  ${e.LogicalResourceId ?? "?"}  ${e.ResourceType ?? "?"}  ${e.ResourceStatus ?? "?"}${reason}`;
}

// Failures that only echo another resource's failure; the root cause is elsewhere.
const ECHO =
  /cancell?ed|did not stabilize because of another|following resource\(s\) failed/i;

/**
 * The earliest failed resource event, preferring a real cause over the "creation cancelled"
 * echoes CloudFormation writes for every sibling once one resource fails.
 */
export function firstFailure(events: StackEvent[]): StackEvent | undefined {
  const failed = events.filter(
    (e) =>
      e.ResourceStatus?.endsWith("_FAILED") &&
      e.ResourceType !== "AWS::CloudFormation::Stack",
  );
  return (
    failed.find((e) => !ECHO.test(e.ResourceStatusReason ?? "")) ?? failed[0]
  );
}

/** Describes a failure event for a message: `Service (AWS::ECS::Service) CREATE_FAILED: reason`. */
export function describeEvent(e: StackEvent): string {
  return `${e.LogicalResourceId} (${e.ResourceType}) ${e.ResourceStatus}: ${e.ResourceStatusReason ?? "no reason given"}`;
}

/**
 * Reads a stack's events as they come, printing each new one exactly once and in order. Events of
 * earlier operations are skipped by id (not by time, so a skewed local clock cannot hide events).
 */
export class StackEventStream {
  private readonly seen = new Set<string>();
  /** Every event of this operation so far, oldest first. */
  readonly events: StackEvent[] = [];
  /** DescribeStackEvents calls made so far (the poll budget counts them). */
  calls = 0;

  constructor(
    private readonly options: {
      cfn: CloudFormationClient;
      stackId: string;
      logger: Logger;
      onEvent?: (e: StackEvent) => void;
    },
  ) {}

  /**
   * Marks the newest page of existing events as seen. Paging stops at the first seen event, and
   * events arrive newest first, so nothing older is ever reached.
   */
  async skipExisting(): Promise<void> {
    for (const e of await this.fetchNew(1)) this.seen.add(e.EventId ?? "");
  }

  /** Fetches, prints and returns the events that appeared since the last call. */
  async poll(): Promise<StackEvent[]> {
    const fresh = await this.fetchNew();
    for (const e of fresh) {
      this.seen.add(e.EventId ?? "");
      this.events.push(e);
      this.options.logger.info(formatEvent(e));
      this.options.onEvent?.(e);
    }
    return fresh;
  }

  // Pages newest-first until it reaches an event already seen (or runs out of `maxPages`).
  private async fetchNew(maxPages = Infinity): Promise<StackEvent[]> {
    const { cfn, stackId } = this.options;
    let pages = 0;
    const fresh: StackEvent[] = [];
    let token: string | undefined;
    let done = false;
    do {
      this.calls++;
      const page = await describeFailure(
        "DescribeStackEvents",
        `stack ${stackId}`,
        () =>
          cfn.send(
            new DescribeStackEventsCommand({
              StackName: stackId,
              NextToken: token,
            }),
          ),
      );
      for (const e of page.StackEvents ?? []) {
        if (this.seen.has(e.EventId ?? "")) {
          done = true;
          break;
        }
        fresh.push(e);
      }
      token = page.NextToken;
    } while (!done && token && ++pages < maxPages);
    return fresh.reverse();
  }
}
