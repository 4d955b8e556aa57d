// deploy-stack with kind stream against the fake AWS (CloudFormation, ELB stubbed at the SDK
// boundary): stream.yml with its parameters, no load balancer change, no traffic recorded, the
// stream names smoke-test reads, and a new stack refused before any change without the worker's
// image.
import type { CreateChangeSetCommandInput } from "@aws-sdk/client-cloudformation";
import { ModifyListenerCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import pg from "pg";
import { deployVersion } from "../../actions/lib/deploy/core.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { fakeAws } from "../helpers/fake-aws/index.js";
import { useTestDatabase } from "../helpers/postgres.js";
import { deployRequest, SHARED_PARAMETERS } from "./fixture.js";

function streamWorld() {
  const aws = fakeAws({ shared: false });
  const deploy = (inputs: Record<string, string>, databaseUrl?: string) =>
    deployVersion(
      {
        ...deployRequest({
          kind: "stream",
          version: "s1",
          image: "repo:s1",
          "shared-parameters": SHARED_PARAMETERS,
          ...(databaseUrl ? { "database-url": databaseUrl } : {}),
          ...inputs,
        }),
        pollMs: 1,
      },
      aws.clients,
      { logger: memoryLogger() },
    );
  return { aws, deploy };
}

const changeSetOf = (aws: ReturnType<typeof fakeAws>, stack: string) =>
  aws.mocks.cfn
    .calls()
    .map((call) => call.args[0].input as CreateChangeSetCommandInput)
    .find((input) => input.StackName === stack && input.TemplateBody);

describe("deploy-stack kind stream", () => {
  const databaseUrl = useTestDatabase();

  it("deploys stream.yml with the shared cluster, changes no listener, records no traffic, and outputs the streams", async () => {
    const world = streamWorld();
    const result = await world.deploy(
      {
        parameters: "WorkerImageUri=repo:worker\nInputStreamName=rides",
        traffic: "s1=100",
      },
      databaseUrl(),
    );
    const input = changeSetOf(world.aws, "modelship-v-s1");
    expect(input?.TemplateBody).toContain("modelship stream version stack");
    const parameters = Object.fromEntries(
      (input?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
    );
    expect(parameters).toMatchObject({
      AppName: "modelship",
      ModelVersion: "s1",
      ImageUri: "repo:s1",
      WorkerImageUri: "repo:worker",
      InputStreamName: "rides",
      ClusterName: "modelship",
    });
    expect(parameters).not.toHaveProperty("ListenerRulePriority");
    expect(input?.Tags).toContainEqual({
      Key: "modelship:kind",
      Value: "stream",
    });
    expect(
      world.aws.mocks.elb.commandCalls(ModifyListenerCommand),
    ).toHaveLength(0);
    expect(result).toMatchObject({
      url: "",
      versionUrl: "",
      traffic: {},
      stream: {
        inputStream: "rides",
        outputStream: "modelship-decisions",
        consumerGroup: "s1",
      },
    });
    expect(result.batch).toBeUndefined();
    const pool = new pg.Pool({ connectionString: databaseUrl() });
    const row = await pool.query(
      "SELECT status, traffic_weight FROM deployments WHERE app = 'modelship' AND version = 's1'",
    );
    await pool.end();
    expect(row.rows).toEqual([{ status: "serving", traffic_weight: 0 }]);
  });

  it("refuses a new stream stack without the worker's image before any change", async () => {
    const world = streamWorld();
    const attempt = world.deploy({});
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(world.deploy({})).rejects.toThrow(
      /kind stream: stack modelship-v-s1 is new and input "parameters" \(deploy.parameters\) gives no WorkerImageUri/,
    );
    expect(changeSetOf(world.aws, "modelship-v-s1")).toBeUndefined();
  });
});
