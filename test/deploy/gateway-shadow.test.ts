// deploy-stack and the gateway: `gateway-image` becomes the version stack's GatewayImageUri, and
// an explicit split with a shadow records the shadow's role.
import path from "node:path";
import {
  CloudFormationClient,
  CreateChangeSetCommand,
} from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import pg from "pg";
import { deployVersion } from "../../actions/lib/deploy/core.js";
import {
  DEPLOY_INPUTS,
  readDeployInputs,
} from "../../actions/lib/deploy/inputs.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { inputsFor } from "../helpers/inputs.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { ROOT } from "../helpers/run-bundle.js";
import { fakeStacks } from "./fake-stacks.js";

const SHARED =
  "VpcId=vpc-1\nSubnetIds=subnet-1,subnet-2\nDatabaseUrlSecretArn=arn:aws:secretsmanager:us-east-1:1:secret:db";
const GATEWAY = `123.dkr.ecr.us-east-1.amazonaws.com/iris@sha256:${"cd".repeat(32)}`;

const request = (inputs: Record<string, string>) =>
  readDeployInputs(
    inputsFor(DEPLOY_INPUTS, { "shared-parameters": SHARED, ...inputs }),
    {
      actionDir: path.join(ROOT, "actions/deploy-stack/dist"),
      workspace: ROOT,
    },
  );

const clients = () => ({
  cfn: new CloudFormationClient({}),
  ecs: new ECSClient({}),
  elb: new ElasticLoadBalancingV2Client({}),
  ecr: new ECRClient({}),
});

it("reads the shadows of an explicit split, and none for a canary", () => {
  const split = request({
    version: "b",
    image: "r:b",
    traffic: "a=100,b=shadow",
  });
  expect(split.traffic).toEqual(
    new Map([
      ["a", 100],
      ["b", 0],
    ]),
  );
  expect(split.shadows).toEqual(new Set(["b"]));
  expect(
    request({ version: "b", image: "r:b", "canary-weight": "10" }).shadows,
  ).toBeUndefined();
});

it("passes gateway-image as GatewayImageUri and records a shadow deploy's role", async () => {
  const db = await createTestDatabase();
  try {
    const aws = fakeStacks();
    mockClient(ECSClient);
    const deploy = (inputs: Record<string, string>) =>
      deployVersion(
        {
          ...request({
            "database-url": db.url,
            "poll-seconds": "0.1",
            ...inputs,
          }),
          pollMs: 1,
        },
        clients(),
        { logger: memoryLogger() },
      );
    await deploy({ version: "a", image: "r:a", "gateway-image": GATEWAY });
    await deploy({
      version: "b",
      image: "r:b",
      "gateway-image": GATEWAY,
      traffic: "a=100,b=shadow",
    });
    const parameters = aws.cfn
      .commandCalls(CreateChangeSetCommand)
      .map((call) =>
        Object.fromEntries(
          (call.args[0].input.Parameters ?? []).map((p) => [
            p.ParameterKey,
            p.ParameterValue,
          ]),
        ),
      );
    const versions = parameters.filter((p) => p.ModelVersion);
    expect(versions.map((p) => [p.ModelVersion, p.GatewayImageUri])).toEqual([
      ["a", GATEWAY],
      ["b", GATEWAY],
    ]);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT version, role, traffic_weight FROM deployments ORDER BY version",
    );
    await client.end();
    expect(rows).toEqual([
      { version: "a", role: "serving", traffic_weight: 100 },
      { version: "b", role: "shadow", traffic_weight: 0 },
    ]);
  } finally {
    await db.drop();
  }
});
