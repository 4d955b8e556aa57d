import {
  DescribeStacksCommand,
  ListStackResourcesCommand,
  type CloudFormationClient,
  type Stack,
} from "@aws-sdk/client-cloudformation";
import { describeFailure, errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import type { EcsWatcher } from "./ecs-watch.js";
import {
  SUCCESS_STATUSES,
  describeEvent,
  firstFailure,
  isTerminal,
  type StackEventStream,
} from "./stack-events.js";

import {
  DEFAULT_TIMEOUT_MS,
  PollSchedule,
  type PollTiming,
} from "./poll-schedule.js";

// CloudFormation's own waiters poll every 30–120 s, far too slow to see a finished deploy.
export { DEFAULT_POLL_MS, DEFAULT_TIMEOUT_MS } from "./poll-schedule.js";

function isMissing(error: unknown): boolean {
  return /does not exist/i.test(errorMessage(error));
}

/** The stack by name or id, or undefined when there is none. */
export async function describeStack(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<Stack | undefined> {
  try {
    const out = await cfn.send(
      new DescribeStacksCommand({ StackName: stackName }),
    );
    return out.Stacks?.[0];
  } catch (error) {
    if (isMissing(error)) return undefined;
    return describeFailure("DescribeStacks", `stack ${stackName}`, () =>
      Promise.reject(error),
    );
  }
}

/** A stack's outputs as a plain map. */
export function outputsOf(stack: Stack | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const o of stack?.Outputs ?? [])
    if (o.OutputKey) result[o.OutputKey] = o.OutputValue ?? "";
  return result;
}

/** A stack's current parameter values as a plain map. */
export function parametersOf(stack: Stack | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const p of stack?.Parameters ?? [])
    if (p.ParameterKey) result[p.ParameterKey] = p.ParameterValue ?? "";
  return result;
}

/** How a wait ended. */
export interface WaitOutcome {
  kind: "success" | "failure" | "fail-fast" | "timeout";
  status: string;
  stack?: Stack;
  /** Why we stopped early (fail-fast and timeout). */
  reason?: string;
}

/** Options for waitForStack. */
export interface WaitOptions extends PollTiming {
  cfn: CloudFormationClient;
  stackId: string;
  events: StackEventStream;
  ecs?: EcsWatcher;
  /** A deleted stack vanishes from DescribeStacks by name; count that as DELETE_COMPLETE. */
  deleting?: boolean;
}

/**
 * Polls the stack's status and events until a terminal status, streaming each new event once, on
 * the PollSchedule (every `pollMs` at first, then backing off within the call budget). Stops
 * early when the ECS watcher sees a crash loop, or at `timeoutMs`.
 */
export async function waitForStack(options: WaitOptions): Promise<WaitOutcome> {
  const { cfn, stackId, events, ecs } = options;
  const schedule = new PollSchedule(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = schedule.now() + timeoutMs;
  const callsSoFar = () => events.calls + (ecs?.calls ?? 0);
  for (;;) {
    const before = callsSoFar();
    const stack = await describeStack(cfn, stackId);
    const status =
      stack?.StackStatus ?? (options.deleting ? "DELETE_COMPLETE" : "MISSING");
    // Events after the status read, so the final events of a finished stack are all printed.
    if (stack) await events.poll();
    if (isTerminal(status) || status === "MISSING") {
      const kind = SUCCESS_STATUSES.has(status) ? "success" : "failure";
      return { kind, status, stack };
    }
    const crash = ecs ? await ecs.check() : undefined;
    if (crash) return { kind: "fail-fast", status, stack, reason: crash };
    schedule.record(1 + callsSoFar() - before);
    const waited = schedule.elapsed();
    if (waited >= timeoutMs) {
      const reason = `timed out after ${Math.round(waited / 1000)} s waiting for stack ${stackId} (still ${status})`;
      return { kind: "timeout", status, stack, reason };
    }
    await schedule.wait(deadline);
  }
}

/** Finds the physical id (ARN) of the stack's ECS service, if it has one. */
export async function findServiceArn(
  cfn: CloudFormationClient,
  stackId: string,
): Promise<string | undefined> {
  let token: string | undefined;
  do {
    const page = await describeFailure(
      "ListStackResources",
      `stack ${stackId}`,
      () =>
        cfn.send(
          new ListStackResourcesCommand({
            StackName: stackId,
            NextToken: token,
          }),
        ),
    );
    const svc = page.StackResourceSummaries?.find(
      (r) =>
        r.ResourceType === "AWS::ECS::Service" &&
        r.PhysicalResourceId?.startsWith("arn:"),
    );
    if (svc) return svc.PhysicalResourceId;
    token = page.NextToken;
  } while (token);
  return undefined;
}

/**
 * Prints what went wrong: the first failed resource and its reason, then the ECS service's
 * recent events and stopped tasks. Returns a one-line summary for the error message.
 * Diagnostics are best effort: a failure to fetch them must not hide the original failure.
 */
export async function reportFailure(options: {
  cfn: CloudFormationClient;
  stackId: string;
  events: StackEventStream;
  ecs?: EcsWatcher;
  logger: Logger;
}): Promise<string> {
  const { cfn, stackId, events, ecs, logger } = options;
  const first = firstFailure(events.events);
  const summary = first
    ? `first failure: ${describeEvent(first)}`
    : "no failed resource was reported";
  logger.error(summary);
  if (!ecs) return summary;
  try {
    if (!ecs.ref) {
      const arn = await findServiceArn(cfn, stackId);
      if (arn) ecs.watch(arn);
    }
    await ecs.diagnose();
  } catch (error) {
    logger.warning(`could not read ECS diagnostics: ${errorMessage(error)}`);
  }
  return summary;
}
/** A stack operation that ended badly; the message names the stack and the first failure. */
export class StackOperationError extends Error {
  override name = "StackOperationError";
  constructor(
    message: string,
    readonly stackName: string,
    readonly status: string,
  ) {
    super(message);
  }
}
