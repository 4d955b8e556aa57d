/**
 * Detection latency: how long after a stack reaches CREATE_COMPLETE does the waiting code notice?
 * Both contenders poll the same stubbed CloudFormation (aws-sdk-client-mock on a real client
 * instance, so the SDK's full middleware stack runs), which turns CREATE_COMPLETE at a random
 * moment 5–8 s after the start of each trial.
 *   ours:     waitForStack from actions/lib/aws/stack-wait.ts (deploy-stack's loop, default poll)
 *   baseline: waitUntilStackCreateComplete from @aws-sdk/client-cloudformation (its defaults:
 *             minDelay 30 s, maxDelay 120 s)
 * The waiter's trials run concurrently (each with its own client and stub) so the run takes
 * about 40 s rather than minutes. Run: npx tsx bench/deploy-detection.ts [trials]
 */
import {
  CloudFormationClient,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  waitUntilStackCreateComplete,
} from "@aws-sdk/client-cloudformation";
import { mockClient } from "aws-sdk-client-mock";
import { memoryLogger } from "../actions/lib/logger.js";
import { StackEventStream } from "../actions/lib/aws/stack-events.js";
import {
  DEFAULT_POLL_MS,
  waitForStack,
} from "../actions/lib/aws/stack-wait.js";

const STACK = "arn:aws:cloudformation:us-east-1:1:stack/bench/1";
const trials = Number(process.argv[2] ?? 5);

/** A client whose stack completes `completeAfterMs` from now; returns the moment it does. */
function stubbedStack(completeAfterMs: number) {
  const client = new CloudFormationClient({
    region: "us-east-1",
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
  });
  const completeAt = performance.now() + completeAfterMs;
  const mock = mockClient(client);
  mock.on(DescribeStacksCommand).callsFake(() => ({
    Stacks: [
      {
        StackName: "bench",
        StackId: STACK,
        CreationTime: new Date(),
        StackStatus:
          performance.now() >= completeAt
            ? "CREATE_COMPLETE"
            : "CREATE_IN_PROGRESS",
      },
    ],
  }));
  mock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
  return { client, completeAt };
}

const randomCompletion = () => 5000 + Math.random() * 3000;

async function ours(): Promise<number> {
  const { client, completeAt } = stubbedStack(randomCompletion());
  const logger = memoryLogger();
  const events = new StackEventStream({ cfn: client, stackId: STACK, logger });
  const outcome = await waitForStack({ cfn: client, stackId: STACK, events });
  if (outcome.status !== "CREATE_COMPLETE") throw new Error(outcome.status);
  return performance.now() - completeAt;
}

async function sdkWaiter(): Promise<number> {
  const { client, completeAt } = stubbedStack(randomCompletion());
  const result = await waitUntilStackCreateComplete(
    { client, maxWaitTime: 600 },
    { StackName: STACK },
  );
  if (result.state !== "SUCCESS") throw new Error(result.state);
  return performance.now() - completeAt;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(
  `detection latency, ${trials} trials each, completion at 5–8 s after start`,
);
const waiterRuns = Promise.all(Array.from({ length: trials }, sdkWaiter));
const ourRuns = await Promise.all(Array.from({ length: trials }, ours));
const theirs = await waiterRuns;
console.log(
  `ours (waitForStack, poll ${DEFAULT_POLL_MS} ms): ${ourRuns.map(secs).join(", ")}`,
);
console.log(
  `baseline: waitUntilStackCreateComplete (SDK waiter, minDelay 30 s): ${theirs.map(secs).join(", ")}`,
);
console.log(
  `median ours ${secs(median(ourRuns))}, median baseline ${secs(median(theirs))}`,
);
console.log(
  `ratio: ours detects ${(median(theirs) / median(ourRuns)).toFixed(1)}x faster`,
);
