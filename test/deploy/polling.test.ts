/**
 * How often a long wait calls AWS, measured on a fake clock: every call's time is recorded at
 * the SDK boundary, and the waits (CloudFormation status and events, ECS service and tasks) run
 * for half an hour of fake time in milliseconds of real time.
 */
import {
  CloudFormationClient,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
} from "@aws-sdk/client-cloudformation";
import {
  DescribeServicesCommand,
  ECSClient,
  ListTasksCommand,
} from "@aws-sdk/client-ecs";
import { mockClient } from "aws-sdk-client-mock";
import { EcsWatcher } from "../../actions/lib/aws/ecs-watch.js";
import {
  DEFAULT_CALLS_PER_MINUTE,
  DEFAULT_POLL_MS,
  MAX_POLL_DELAY_MS,
  PollSchedule,
} from "../../actions/lib/aws/poll-schedule.js";
import { StackEventStream } from "../../actions/lib/aws/stack-events.js";
import { waitForStack } from "../../actions/lib/aws/stack-wait.js";
import { memoryLogger } from "../../actions/lib/logger.js";

const STACK_ID = "arn:aws:cloudformation:us-east-1:1:stack/modelship-v-a/1";
const SERVICE_ARN =
  "arn:aws:ecs:us-east-1:1:service/modelship/modelship-v-a-Service";
const MINUTE = 60_000;

/** A repeatable stream of numbers in [0, 1) (a linear congruential generator). */
function dice(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * A stack that finishes at `doneAt` (fake ms) and an ECS service that stays healthy. Every call
 * records the fake time it was made at.
 */
function clockedWait(doneAt: number, options: { ecs: boolean; seed?: number }) {
  let clock = 0;
  const at: number[] = [];
  const cfn = mockClient(CloudFormationClient);
  cfn.on(DescribeStacksCommand).callsFake(() => {
    at.push(clock);
    const status = clock >= doneAt ? "UPDATE_COMPLETE" : "UPDATE_IN_PROGRESS";
    return {
      Stacks: [
        {
          StackName: "modelship-v-a",
          StackId: STACK_ID,
          StackStatus: status,
          CreationTime: new Date(0),
        },
      ],
    };
  });
  cfn.on(DescribeStackEventsCommand).callsFake(() => {
    at.push(clock);
    return { StackEvents: [] };
  });
  const ecs = mockClient(ECSClient);
  ecs.on(DescribeServicesCommand).callsFake(() => {
    at.push(clock);
    return {
      services: [
        {
          status: "ACTIVE",
          deployments: [
            {
              id: "ecs-svc/1",
              status: "PRIMARY",
              rolloutState: "IN_PROGRESS",
              failedTasks: 0,
            },
          ],
          events: [],
        },
      ],
    };
  });
  ecs.on(ListTasksCommand).callsFake(() => {
    at.push(clock);
    return { taskArns: [] };
  });
  const logger = memoryLogger();
  const now = () => new Date(clock);
  const sleep = async (ms: number) => {
    clock += ms;
  };
  const watcher = options.ecs
    ? new EcsWatcher({
        ecs: new ECSClient({ region: "us-east-1" }),
        logger,
        now,
      })
    : undefined;
  watcher?.watch(SERVICE_ARN);
  const run = waitForStack({
    cfn: new CloudFormationClient({ region: "us-east-1" }),
    stackId: STACK_ID,
    events: new StackEventStream({
      cfn: new CloudFormationClient({ region: "us-east-1" }),
      stackId: STACK_ID,
      logger,
    }),
    ecs: watcher,
    now,
    sleep,
    random: dice(options.seed ?? 7),
    timeoutMs: 60 * MINUTE,
  });
  return { run, at, clock: () => clock };
}

/** The most calls made in any window of 60 s (windows start at each call). */
function busiestMinute(at: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < at.length; i++) {
    while ((at[i] ?? 0) - (at[j] ?? 0) >= MINUTE) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

const callsIn = (at: number[], from: number, to: number) =>
  at.filter((t) => t >= from && t < to).length;

describe("polling a long wait", () => {
  it("stays within the call budget in every minute of a 30-minute wait, CloudFormation and ECS together", async () => {
    const wait = clockedWait(30 * MINUTE, { ecs: true });
    await expect(wait.run).resolves.toMatchObject({
      status: "UPDATE_COMPLETE",
    });
    expect(busiestMinute(wait.at)).toBeLessThanOrEqual(
      DEFAULT_CALLS_PER_MINUTE,
    );
    // It backs off: a late minute makes far fewer calls than the first (steady at ~10 s a poll).
    const first = callsIn(wait.at, 0, MINUTE);
    const late = callsIn(wait.at, 20 * MINUTE, 21 * MINUTE);
    expect(first).toBeGreaterThanOrEqual(50);
    expect(late).toBeLessThanOrEqual(
      4 * Math.ceil(MINUTE / (MAX_POLL_DELAY_MS * 0.8)),
    );
    expect(late).toBeLessThan(first / 1.5);
    // Half an hour costs a few hundred calls, not the 3,600 of 4 calls every 2 s.
    expect(wait.at.length).toBeLessThan(1000);
  });

  it("sees a stack finish within seconds in the first minute", async () => {
    const wait = clockedWait(7_300, { ecs: true });
    await wait.run;
    expect(wait.clock() - 7_300).toBeLessThanOrEqual(DEFAULT_POLL_MS * 1.2);
  });

  it("sees a stack finish within one backed-off poll late in a long wait", async () => {
    const doneAt = 25 * MINUTE + 3_300;
    const wait = clockedWait(doneAt, { ecs: true });
    await wait.run;
    expect(wait.clock() - doneAt).toBeLessThanOrEqual(MAX_POLL_DELAY_MS * 1.2);
  });

  it("spreads polls with jitter: the gaps differ, each within ±20% of the backed-off delay", async () => {
    const wait = clockedWait(20 * MINUTE, { ecs: false, seed: 42 });
    await wait.run;
    const polls = wait.at.filter((_, i) => i % 2 === 0); // DescribeStacks, then its events
    const gaps = polls.slice(1).map((t, i) => t - (polls[i] ?? 0));
    const late = gaps.slice(-20);
    expect(new Set(late).size).toBeGreaterThan(10);
    for (const gap of late) {
      expect(gap).toBeGreaterThanOrEqual(MAX_POLL_DELAY_MS * 0.8);
      expect(gap).toBeLessThanOrEqual(MAX_POLL_DELAY_MS * 1.2);
    }
    const seedB = clockedWait(20 * MINUTE, { ecs: false, seed: 43 });
    await seedB.run;
    expect(seedB.at).not.toEqual(wait.at); // two jobs with other dice drift apart
  });
});

describe("PollSchedule", () => {
  it("stretches a poll until its calls fit the budget, and never sleeps past the deadline", () => {
    let clock = 0;
    const schedule = new PollSchedule({
      pollMs: 1000,
      callsPerMinute: 10,
      now: () => new Date(clock),
      random: () => 0.5,
    });
    schedule.record(5);
    clock = 1000;
    schedule.record(5); // 10 calls in the window: the next 5 must wait for the first 5 to age out
    expect(schedule.nextDelay()).toBe(MINUTE - 1000);
    expect(schedule.nextDelay(clock + 2500)).toBe(2500);
  });
});
