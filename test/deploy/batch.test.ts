// deploy-stack with kind batch against the fake AWS (CloudFormation, ELB) and EventBridge stubbed at
// the SDK boundary: the batch template and its parameters, no load balancer change, the app-wide
// inbox/ rule pointed only when the version takes all the traffic, the outputs smoke-test reads,
// the deployments row, and revert clearing the rule before the stack goes.
import type { CreateChangeSetCommandInput } from "@aws-sdk/client-cloudformation";
import {
  EventBridgeClient,
  ListTargetsByRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
} from "@aws-sdk/client-eventbridge";
import { ModifyListenerCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import pg from "pg";
import { APP_ROUTE_TEMPLATE } from "../../actions/lib/batch/event.js";
import { deployVersion } from "../../actions/lib/deploy/core.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { awsRevertPlatform } from "../../actions/lib/revert/aws-platform.js";
import { ACCOUNT, fakeAws, REGION } from "../helpers/fake-aws/index.js";
import { arnOf } from "../helpers/fake-aws/resources.js";
import { useTestDatabase } from "../helpers/postgres.js";
import { deployRequest, SHARED_PARAMETERS } from "./fixture.js";

const CONFIG = {
  region: REGION,
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
};
const QUEUE_ARN = arnOf("sqs", "modelship-v-b1-InboxQueue-0a1b2c3d");
const BUCKET = `modelship-${ACCOUNT}-${REGION}`;

/** The fake AWS plus an EventBridge whose one rule remembers its target. */
function batchWorld() {
  const aws = fakeAws({ shared: false });
  const events = new EventBridgeClient(CONFIG);
  const rule: { target?: string } = {};
  const mock = mockClient(events);
  mock.on(ListTargetsByRuleCommand).callsFake(() => ({
    Targets: rule.target
      ? [{ Id: "current-batch-version", Arn: rule.target }]
      : [],
  }));
  mock
    .on(PutTargetsCommand)
    .callsFake((input: { Targets: { Arn: string }[] }) => {
      rule.target = input.Targets[0]?.Arn;
      return { FailedEntryCount: 0, FailedEntries: [] };
    });
  mock.on(RemoveTargetsCommand).callsFake(() => {
    rule.target = undefined;
    return { FailedEntryCount: 0 };
  });
  const deploy = (inputs: Record<string, string>, databaseUrl?: string) =>
    deployVersion(
      {
        ...deployRequest({
          kind: "batch",
          version: "b1",
          image: "repo:b1",
          "shared-parameters": SHARED_PARAMETERS,
          ...(databaseUrl ? { "database-url": databaseUrl } : {}),
          ...inputs,
        }),
        pollMs: 1,
      },
      { ...aws.clients, events },
      { logger: memoryLogger() },
    );
  return { aws, events, mock, rule, deploy };
}

const changeSetOf = (aws: ReturnType<typeof fakeAws>, stack: string) =>
  aws.mocks.cfn
    .calls()
    .map((call) => call.args[0].input as CreateChangeSetCommandInput)
    .find((input) => input.StackName === stack && input.TemplateBody);

describe("deploy-stack kind batch", () => {
  const databaseUrl = useTestDatabase();

  it("deploys batch.yml with the shared bucket, points inbox/ at the queue, records no traffic, and outputs the endpoints", async () => {
    const world = batchWorld();
    const result = await world.deploy(
      { parameters: "WorkerImageUri=repo:worker" },
      databaseUrl(),
    );
    const input = changeSetOf(world.aws, "modelship-v-b1");
    expect(input?.TemplateBody).toContain("AWS::SQS::Queue");
    const parameters = Object.fromEntries(
      (input?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
    );
    expect(parameters).toMatchObject({
      AppName: "modelship",
      ModelVersion: "b1",
      ImageUri: "repo:b1",
      WorkerImageUri: "repo:worker",
      BatchBucketName: BUCKET,
      ClusterName: "modelship",
    });
    expect(parameters).not.toHaveProperty("ListenerRulePriority");
    expect(input?.Tags).toContainEqual({
      Key: "modelship:kind",
      Value: "batch",
    });
    expect(input?.ResourceTypes).toEqual(
      expect.arrayContaining(["AWS::SQS::Queue", "AWS::Events::Rule"]),
    );
    // No load balancer change for a batch version.
    expect(
      world.aws.mocks.elb.commandCalls(ModifyListenerCommand),
    ).toHaveLength(0);
    const put = world.mock.commandCalls(PutTargetsCommand)[0]?.args[0].input;
    expect(put?.Rule).toBe("modelship-inbox");
    expect(put?.Targets?.[0]).toMatchObject({
      Arn: QUEUE_ARN,
      InputTransformer: { InputTemplate: APP_ROUTE_TEMPLATE },
    });
    expect(result).toMatchObject({
      url: "",
      traffic: {},
      retired: [],
      batch: {
        bucket: BUCKET,
        inboxPrefix: "inbox/b1/",
        outputPrefix: "outputs/b1/",
        queueArn: QUEUE_ARN,
        inboxRouted: true,
      },
    });
    const pool = new pg.Pool({ connectionString: databaseUrl() });
    const row = await pool.query(
      "SELECT status, traffic_weight FROM deployments WHERE app = 'modelship' AND version = 'b1'",
    );
    await pool.end();
    expect(row.rows).toEqual([{ status: "serving", traffic_weight: 0 }]);
  });

  it("leaves inbox/ alone for a canary, and points it on the shift; a second shift changes nothing", async () => {
    const world = batchWorld();
    const canary = await world.deploy({
      parameters: "WorkerImageUri=repo:worker",
      "canary-weight": "10",
    });
    expect(canary.batch?.inboxRouted).toBe(false);
    expect(world.mock.commandCalls(PutTargetsCommand)).toHaveLength(0);
    // The shifts leave the shared stack alone (no shared-parameters), as the workflow's do.
    const shift = { traffic: "b1=100", "shared-parameters": "" };
    await world.deploy(shift);
    expect(world.rule.target).toBe(QUEUE_ARN);
    await world.deploy(shift);
    expect(world.mock.commandCalls(PutTargetsCommand)).toHaveLength(1);
  });

  it("refuses a new batch stack without the worker's image before any change", async () => {
    const world = batchWorld();
    await expect(world.deploy({})).rejects.toThrow(
      /gives no WorkerImageUri: add WorkerImageUri=/,
    );
    expect(changeSetOf(world.aws, "modelship-shared")).toBeUndefined();
  });

  it.each(["kafka", "Batch", "online;x"])(
    "refuses kind %j before any AWS call",
    (kind) => {
      expect(() =>
        deployRequest({ kind, version: "b1", image: "r:1" }),
      ).toThrow(/input "kind" \(deploy.kind\) .* use online, batch, stream/);
    },
  );

  it("revert clears the inbox/ rule that sends to the version, then deletes its stack", async () => {
    const world = batchWorld();
    await world.deploy({ parameters: "WorkerImageUri=repo:worker" });
    expect(world.rule.target).toBe(QUEUE_ARN);
    const platform = awsRevertPlatform({
      ...world.aws.clients,
      events: world.events,
      app: "modelship",
      logger: memoryLogger(),
      pollMs: 1,
    });
    expect(await platform.deleteVersion("b1")).toEqual({
      deleted: true,
      alreadyGone: false,
    });
    expect(world.rule.target).toBeUndefined();
    expect(
      world.mock.commandCalls(RemoveTargetsCommand)[0]?.args[0].input,
    ).toEqual({
      Rule: "modelship-inbox",
      Ids: ["current-batch-version"],
    });
  });
});
