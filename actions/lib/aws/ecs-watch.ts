import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  type ECSClient,
  type Service,
  type Task,
} from "@aws-sdk/client-ecs";
import { describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";

/** Where an ECS service lives. */
export interface EcsServiceRef {
  cluster: string;
  service: string;
}

/**
 * Reads cluster and service from a service ARN in the long format
 * (`arn:aws:ecs:<region>:<account>:service/<cluster>/<service>`), which is what CloudFormation
 * reports as the physical id of an `AWS::ECS::Service`. The old short format names no cluster.
 */
export function parseServiceArn(arn: string): EcsServiceRef | undefined {
  const match = /^arn:[^:]+:ecs:[^:]*:[^:]*:service\/([^/]+)\/([^/]+)$/.exec(
    arn,
  );
  if (!match) return undefined;
  return { cluster: match[1] ?? "", service: match[2] ?? "" };
}

/** True for a task that stopped because it failed, not because it was scaled in or replaced. */
export function isFailedTask(task: Task): boolean {
  if (task.stopCode === "TaskFailedToStart") return true;
  if (task.stopCode === "EssentialContainerExited") return true;
  return /health ?checks?/i.test(task.stoppedReason ?? "");
}

/** One stopped task as a line: id, reason, and each container's exit code. */
export function formatStoppedTask(task: Task): string {
  const id = task.taskArn?.split("/").pop() ?? "?";
  const containers = (task.containers ?? [])
    .map((c) => {
      const why = c.reason ? `, ${c.reason}` : "";
      return `${c.name}: exit code ${c.exitCode ?? "none"}${why}`;
    })
    .join("; ");
  const at = task.stoppedAt ? `${task.stoppedAt.toISOString()}  ` : "";
  return `${at}task ${id} stopped (${task.stopCode ?? "?"}): ${task.stoppedReason ?? "no reason given"}${containers ? ` [${containers}]` : ""}`;
}

/**
 * Watches the ECS service of a stack while CloudFormation waits on it. It streams new service
 * events and stopped tasks, and says when the current deployment keeps failing tasks, so the
 * deploy can stop long before CloudFormation would give up.
 */
export class EcsWatcher {
  ref: EcsServiceRef | undefined;
  /** ECS calls made so far (the poll budget counts them). */
  calls = 0;
  private readonly seenEvents = new Set<string>();
  private readonly tasks = new Map<string, Task>();
  private readonly since: Date;

  constructor(
    private readonly options: {
      ecs: ECSClient;
      logger: Logger;
      /** Failed tasks of one deployment that count as a crash loop (default 3). */
      maxFailedTasks?: number;
      now?: () => Date;
    },
  ) {
    // Service events of older deployments are not this deploy's news; allow for clock skew.
    this.since = new Date((options.now?.() ?? new Date()).getTime() - 120_000);
  }

  /** Starts watching the service with this ARN (from a stack event or resource). */
  watch(serviceArn: string): void {
    if (this.ref) return;
    this.ref = parseServiceArn(serviceArn);
    if (this.ref)
      this.options.logger.info(
        `watching ECS service ${this.ref.service} in cluster ${this.ref.cluster}`,
      );
  }

  /** Polls the service once; returns why the deploy should stop now, or undefined. */
  async check(): Promise<string | undefined> {
    const svc = await this.describeService();
    if (!svc) return undefined;
    this.printNewEvents(svc);
    const primary = svc.deployments?.find((d) => d.status === "PRIMARY");
    if (primary?.rolloutState === "FAILED") {
      return `the ECS deployment circuit breaker stopped deployment ${primary.id}: ${primary.rolloutStateReason ?? "no reason given"}`;
    }
    const stopped = await this.newStoppedTasks();
    for (const t of stopped) this.options.logger.info(formatStoppedTask(t));
    const mine = [...this.tasks.values()].filter(
      (t) =>
        primary?.id !== undefined &&
        t.startedBy === primary.id &&
        isFailedTask(t),
    );
    const failed = Math.max(primary?.failedTasks ?? 0, mine.length);
    const limit = this.options.maxFailedTasks ?? 3;
    if (failed >= limit) {
      return `ECS service ${this.ref?.service} has ${failed} failed tasks in deployment ${primary?.id} (limit ${limit}): the service is not going to stabilise`;
    }
    return undefined;
  }

  /** Prints the service's recent events and its recently stopped tasks with exit codes. */
  async diagnose(): Promise<void> {
    const { logger } = this.options;
    const svc = await this.describeService();
    if (!svc || !this.ref) return;
    logger.error(
      `ECS service ${this.ref.service}: ${svc.status}, running ${svc.runningCount ?? 0} of ${svc.desiredCount ?? 0} desired`,
    );
    const events = (svc.events ?? []).slice(0, 10).reverse();
    for (const e of events)
      logger.info(
        `service event ${e.createdAt?.toISOString() ?? "?"}  ${e.message ?? ""}`,
      );
    await this.newStoppedTasks();
    const recent = [...this.tasks.values()]
      .sort(
        (a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0),
      )
      .slice(0, 10);
    if (recent.length === 0) logger.info("no stopped tasks found");
    for (const t of recent) logger.error(formatStoppedTask(t));
  }

  private async describeService(): Promise<Service | undefined> {
    const ref = this.ref;
    if (!ref) return undefined;
    this.calls++;
    const out = await describeFailure(
      "DescribeServices",
      `ECS service ${ref.service} in cluster ${ref.cluster}`,
      () =>
        this.options.ecs.send(
          new DescribeServicesCommand({
            cluster: ref.cluster,
            services: [ref.service],
          }),
        ),
    );
    return out.services?.[0];
  }

  private printNewEvents(svc: Service): void {
    const fresh = (svc.events ?? []).filter(
      (e) =>
        !this.seenEvents.has(e.id ?? "") &&
        (e.createdAt === undefined || e.createdAt >= this.since),
    );
    for (const e of fresh.reverse()) {
      this.seenEvents.add(e.id ?? "");
      this.options.logger.info(
        `service event ${e.createdAt?.toISOString() ?? "?"}  ${e.message ?? ""}`,
      );
    }
  }

  // Stopped tasks not seen before; ECS keeps them visible for about an hour.
  private async newStoppedTasks(): Promise<Task[]> {
    const ref = this.ref;
    if (!ref) return [];
    const what = `ECS service ${ref.service} in cluster ${ref.cluster}`;
    this.calls++;
    const list = await describeFailure("ListTasks", what, () =>
      this.options.ecs.send(
        new ListTasksCommand({
          cluster: ref.cluster,
          serviceName: ref.service,
          desiredStatus: "STOPPED",
        }),
      ),
    );
    const arns = (list.taskArns ?? [])
      .filter((a) => !this.tasks.has(a))
      .slice(0, 100);
    if (arns.length === 0) return [];
    this.calls++;
    const out = await describeFailure("DescribeTasks", what, () =>
      this.options.ecs.send(
        new DescribeTasksCommand({ cluster: ref.cluster, tasks: arns }),
      ),
    );
    const tasks = out.tasks ?? [];
    for (const t of tasks) this.tasks.set(t.taskArn ?? "", t);
    return tasks;
  }
}
