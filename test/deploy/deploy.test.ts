import type { CreateChangeSetCommandInput } from "@aws-sdk/client-cloudformation";
import type { ModifyListenerCommandInput } from "@aws-sdk/client-elastic-load-balancing-v2";
import pg from "pg";
import { choosePriority } from "../../actions/lib/deploy/rule-priority.js";
import {
  LISTENER_ARN,
  LOAD_BALANCER_URL,
  targetGroupArn,
} from "../helpers/fake-aws/index.js";
import { useTestDatabase } from "../helpers/postgres.js";
import { deployFixture, deployRequest, SHARED_PARAMETERS } from "./fixture.js";

const DIGEST = `sha256:${"ab".repeat(32)}`;

const parametersOf = (input: CreateChangeSetCommandInput | undefined) =>
  Object.fromEntries(
    (input?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
  );

describe("deploy-stack core", () => {
  const databaseUrl = useTestDatabase();

  it("deploys a canary beside what serves: A=100, then B at canary-weight 10 gives A=90,B=10", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    const a = await deploy.version({
      "shared-parameters": SHARED_PARAMETERS,
      version: "a",
      image: "repo:a",
      "canary-weight": "10",
    });
    expect(a.traffic).toEqual({ a: 100 }); // nothing served yet: the first version gets it all
    expect(aws.split()).toEqual({ a: 100 });
    const b = await deploy.version({
      "shared-parameters": SHARED_PARAMETERS,
      version: "b",
      image: "repo:b",
      "canary-weight": "10",
    });
    expect(b.traffic).toEqual({ b: 10, a: 90 });
    // The listener itself now sends 90% to A and 10% to B.
    expect(aws.split()).toEqual({ a: 90, b: 10 });
  });

  it.each([
    [{ traffic: "a=100", "canary-weight": "10" }, /cannot be combined/],
    [{ "canary-weight": "0" }, /canary-weight" must be at least 1/],
    [{ "canary-weight": "12.5" }, /canary-weight" must be a whole number/],
  ])("rejects canary input %j before any AWS call", (inputs, message) => {
    expect(() =>
      deployRequest({ version: "b", image: "repo:b", ...inputs }),
    ).toThrow(message);
  });

  it("deploys A (creating the shared stack), then B with A=50,B=50, and records both", async () => {
    const { aws, deploy } = deployFixture({
      shared: false,
      takenPriorities: [choosePriority("a", new Set())],
    });
    const source = { commitSha: "c0ffee", repository: "octo/models" };
    const a = await deploy.version(
      {
        version: "a",
        image: `repo@${DIGEST}`,
        "shared-parameters": SHARED_PARAMETERS,
        "database-url": databaseUrl(),
        metrics: '{"accuracy":0.9}',
      },
      { source },
    );
    expect(a).toMatchObject({
      stackName: "modelship-v-a",
      status: "CREATE_COMPLETE",
      url: LOAD_BALANCER_URL,
      versionUrl: `${LOAD_BALANCER_URL}/v/a`,
      traffic: { a: 100 },
    });
    const b = await deploy.version(
      {
        version: "b",
        image: "repo:b",
        traffic: "a=50,b=50",
        "database-url": databaseUrl(),
      },
      { source },
    );
    expect(b).toMatchObject({
      stackName: "modelship-v-b",
      status: "CREATE_COMPLETE",
      traffic: { a: 50, b: 50 },
    });

    const created =
      aws.inputsOf<CreateChangeSetCommandInput>("CreateChangeSet");
    expect(created.map((c) => [c.StackName, c.ChangeSetType])).toEqual([
      ["modelship-shared", "CREATE"],
      ["modelship-v-a", "CREATE"],
      ["modelship-v-b", "CREATE"],
    ]);
    const params = parametersOf(created[2]);
    expect(params).toMatchObject({
      AppName: "modelship",
      ModelVersion: "b",
      VersionSlug: "b",
      ImageUri: "repo:b",
      ListenerArn: LISTENER_ARN,
      ClusterName: "modelship",
      ServiceSubnetIds: "subnet-1,subnet-2",
      AssignPublicIp: "ENABLED",
      DatabaseUrlSecretArn:
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:db",
      ListenerRulePriority: String(choosePriority("b", new Set())),
    });
    // "a" collided with a taken priority, so it stepped past it.
    expect(parametersOf(created[1]).ListenerRulePriority).toBe(
      String(choosePriority("a", new Set()) + 1),
    );
    expect(created[2]?.Tags).toEqual([
      { Key: "modelship:app", Value: "modelship" },
      { Key: "modelship:version", Value: "b" },
      { Key: "modelship:kind", Value: "online" },
      { Key: "modelship:commit", Value: "c0ffee" },
      { Key: "modelship:repository", Value: "octo/models" },
    ]);
    const modify = aws.inputsOf<ModifyListenerCommandInput>("ModifyListener");
    expect(modify.at(-1)).toEqual({
      ListenerArn: LISTENER_ARN,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: targetGroupArn("a"), Weight: 50 },
              { TargetGroupArn: targetGroupArn("b"), Weight: 50 },
            ],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        },
      ],
    });

    const client = new pg.Client({ connectionString: databaseUrl() });
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
          url: `${LOAD_BALANCER_URL}/v/a`,
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
          url: `${LOAD_BALANCER_URL}/v/b`,
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
    const executed = aws.changes.length;
    const again = await deploy.version(
      { version: "b", image: "repo:b", traffic: "a=50,b=50" },
      { source },
    );
    expect(again).toMatchObject({
      noChange: true,
      listenerRulePriority: params.ListenerRulePriority,
    });
    expect(aws.changes.slice(executed)).toEqual([
      "CreateChangeSet modelship-v-b UPDATE",
      "DeleteChangeSet modelship-v-b",
      "ModifyListener http", // the traffic input is applied again: the same split
    ]);
    expect(aws.split()).toEqual({ a: 50, b: 50 });
  });

  it("refuses traffic for a version that has no stack, before deploying anything", async () => {
    const { aws, deploy } = deployFixture({ versions: ["a"] });
    await expect(
      deploy.version({ version: "b", image: "repo:b", traffic: "zz=50,b=50" }),
    ).rejects.toThrow(
      'traffic names version "zz", but its stack modelship-v-zz does not exist',
    );
    expect(aws.changes).toEqual([]);
  });

  it("says how to create a missing shared stack", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    await expect(
      deploy.version({ version: "b", image: "repo:b" }),
    ).rejects.toThrow(
      /shared stack modelship-shared does not exist .*give "shared-parameters"/,
    );
    expect(aws.changes).toEqual([]);
  });
});
