import path from "node:path";
import {
  CloudFormationClient,
  CreateChangeSetCommand,
} from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import {
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import pg from "pg";
import { choosePriority } from "../../actions/lib/deploy/rule-priority.js";
import {
  DEPLOY_INPUTS,
  readDeployInputs,
} from "../../actions/lib/deploy/inputs.js";
import { deployVersion } from "../../actions/lib/deploy/core.js";
import { inputsFor } from "../helpers/inputs.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { ROOT } from "../helpers/run-bundle.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { LISTENER, fakeStacks } from "./fake-stacks.js";

const DIGEST = `sha256:${"ab".repeat(32)}`;
const SHARED =
  "VpcId=vpc-1\nSubnetIds=subnet-1,subnet-2\nDatabaseUrlSecretArn=arn:aws:secretsmanager:us-east-1:1:secret:db";

function request(inputs: Record<string, string>) {
  return readDeployInputs(inputsFor(DEPLOY_INPUTS, inputs), {
    actionDir: path.join(ROOT, "actions/deploy-stack/dist"),
    workspace: ROOT,
  });
}

const clients = () => ({
  cfn: new CloudFormationClient({}),
  ecs: new ECSClient({}),
  elb: new ElasticLoadBalancingV2Client({}),
  ecr: new ECRClient({}),
});

describe("deploy-stack core", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it("deploys a canary beside what serves: A=100, then B at canary-weight 10 gives A=90,B=10", async () => {
    const aws = fakeStacks();
    mockClient(ECSClient);
    const deploy = (inputs: Record<string, string>) =>
      deployVersion(
        {
          ...request({
            "shared-parameters": SHARED,
            "poll-seconds": "0.1",
            ...inputs,
          }),
          pollMs: 1,
        },
        clients(),
        { logger: memoryLogger() },
      );
    const a = await deploy({
      version: "a",
      image: "repo:a",
      "canary-weight": "10",
    });
    expect(a.traffic).toEqual({ a: 100 }); // nothing served yet: the first version gets it all
    const b = await deploy({
      version: "b",
      image: "repo:b",
      "canary-weight": "10",
    });
    expect(b.traffic).toEqual({ b: 10, a: 90 });
    const last = aws.elb.commandCalls(ModifyListenerCommand).at(-1)
      ?.args[0].input;
    const weights = last?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups?.map(
      (t) => t.Weight,
    );
    expect(weights?.sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([10, 90]);
  });

  it.each([
    [{ traffic: "a=100", "canary-weight": "10" }, /cannot be combined/],
    [{ "canary-weight": "0" }, /canary-weight" must be at least 1/],
    [{ "canary-weight": "12.5" }, /canary-weight" must be a whole number/],
  ])("rejects canary input %j before any AWS call", (inputs, message) => {
    expect(() => request({ version: "b", image: "repo:b", ...inputs })).toThrow(
      message,
    );
  });

  it("deploys A (creating the shared stack), then B with A=50,B=50, and records both", async () => {
    const aws = fakeStacks({
      takenPriorities: [choosePriority("a", new Set())],
    });
    mockClient(ECSClient);
    const source = { commitSha: "c0ffee", repository: "octo/models" };
    const a = await deployVersion(
      {
        ...request({
          version: "a",
          image: `repo@${DIGEST}`,
          "shared-parameters": SHARED,
          "database-url": db.url,
          metrics: '{"accuracy":0.9}',
          "poll-seconds": "0.1",
        }),
        pollMs: 1,
      },
      clients(),
      { logger: memoryLogger(), source },
    );
    expect(a).toMatchObject({
      stackName: "modelship-v-a",
      status: "CREATE_COMPLETE",
      url: "http://alb.example",
      versionUrl: "http://alb.example/v/a/",
      traffic: { a: 100 },
    });
    const logger = memoryLogger();
    const b = await deployVersion(
      {
        ...request({
          version: "b",
          image: "repo:b",
          traffic: "a=50,b=50",
          "database-url": db.url,
        }),
        pollMs: 1,
      },
      clients(),
      { logger, source },
    );
    expect(b).toMatchObject({
      stackName: "modelship-v-b",
      status: "CREATE_COMPLETE",
      traffic: { a: 50, b: 50 },
    });

    const created = aws.cfn
      .commandCalls(CreateChangeSetCommand)
      .map((c) => c.args[0].input);
    expect(created.map((c) => [c.StackName, c.ChangeSetType])).toEqual([
      ["modelship-shared", "CREATE"],
      ["modelship-v-a", "CREATE"],
      ["modelship-v-b", "CREATE"],
    ]);
    const params = Object.fromEntries(
      (created[2]?.Parameters ?? []).map((p) => [
        p.ParameterKey,
        p.ParameterValue,
      ]),
    );
    expect(params).toMatchObject({
      AppName: "modelship",
      ModelVersion: "b",
      VersionSlug: "b",
      ImageUri: "repo:b",
      ListenerArn: LISTENER,
      ClusterName: "modelship",
      ServiceSubnetIds: "subnet-1,subnet-2",
      AssignPublicIp: "ENABLED",
      DatabaseUrlSecretArn: "arn:aws:secretsmanager:us-east-1:1:secret:db",
      ListenerRulePriority: String(choosePriority("b", new Set())),
    });
    // "a" collided with a taken priority, so it stepped past it.
    const aParams = Object.fromEntries(
      (created[1]?.Parameters ?? []).map((p) => [
        p.ParameterKey,
        p.ParameterValue,
      ]),
    );
    expect(aParams.ListenerRulePriority).toBe(
      String(choosePriority("a", new Set()) + 1),
    );
    expect(created[2]?.Tags).toEqual([
      { Key: "modelship:app", Value: "modelship" },
      { Key: "modelship:version", Value: "b" },
      { Key: "modelship:kind", Value: "online" },
      { Key: "modelship:commit", Value: "c0ffee" },
      { Key: "modelship:repository", Value: "octo/models" },
    ]);
    const modify = aws.elb
      .commandCalls(ModifyListenerCommand)
      .map((c) => c.args[0].input);
    expect(modify.at(-1)).toEqual({
      ListenerArn: LISTENER,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: "arn:tg/a", Weight: 50 },
              { TargetGroupArn: "arn:tg/b", Weight: 50 },
            ],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        },
      ],
    });

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT version, status, traffic_weight, image, image_digest, stack_id, url, metrics, commit_sha, repository FROM deployments ORDER BY version",
      );
      expect(rows).toEqual([
        {
          version: "a",
          status: "serving",
          traffic_weight: 50,
          image: `repo@${DIGEST}`,
          image_digest: DIGEST,
          stack_id: expect.stringContaining("stack/modelship-v-a/"),
          url: "http://alb.example/v/a/",
          metrics: { accuracy: 0.9 },
          commit_sha: "c0ffee",
          repository: "octo/models",
        },
        {
          version: "b",
          status: "serving",
          traffic_weight: 50,
          image: "repo:b",
          image_digest: null,
          stack_id: expect.stringContaining("stack/modelship-v-b/"),
          url: "http://alb.example/v/b/",
          metrics: null,
          commit_sha: "c0ffee",
          repository: "octo/models",
        },
      ]);
      const tables = await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'predictions' ORDER BY 1",
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual([
        "a_inputs",
        "a_outputs",
        "b_inputs",
        "b_outputs",
        "feedback",
      ]);
    } finally {
      await client.end();
    }

    // The same deploy again is an empty change set: success, nothing executed, priority reused.
    const again = await deployVersion(
      {
        ...request({ version: "b", image: "repo:b", traffic: "a=50,b=50" }),
        pollMs: 1,
      },
      clients(),
      { logger: memoryLogger(), source },
    );
    expect(again).toMatchObject({
      noChange: true,
      listenerRulePriority: params.ListenerRulePriority,
    });
  });

  it("refuses traffic for a version that has no stack, before deploying anything", async () => {
    const aws = fakeStacks();
    mockClient(ECSClient);
    await expect(
      deployVersion(
        {
          ...request({ version: "b", image: "repo:b", traffic: "zz=50,b=50" }),
          pollMs: 1,
        },
        clients(),
        { logger: memoryLogger() },
      ),
    ).rejects.toThrow(
      'traffic names version "zz", but its stack modelship-v-zz does not exist',
    );
    expect(aws.cfn.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });

  it("says how to create a missing shared stack", async () => {
    fakeStacks();
    mockClient(ECSClient);
    await expect(
      deployVersion(
        { ...request({ version: "b", image: "repo:b" }), pollMs: 1 },
        clients(),
        { logger: memoryLogger() },
      ),
    ).rejects.toThrow(
      /shared stack modelship-shared does not exist .*give "shared-parameters"/,
    );
  });
});
