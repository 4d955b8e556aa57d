// deploy-stack and the gateway: `gateway-image` becomes the version stack's GatewayImageUri, and
// an explicit split with a shadow records the shadow's role.
import type { CreateChangeSetCommandInput } from "@aws-sdk/client-cloudformation";
import pg from "pg";
import { useTestDatabase } from "../helpers/postgres.js";
import { deployFixture, deployRequest, SHARED_PARAMETERS } from "./fixture.js";

const GATEWAY = `123.dkr.ecr.us-east-1.amazonaws.com/iris@sha256:${"cd".repeat(32)}`;

const parametersOf = (input: CreateChangeSetCommandInput | undefined) =>
  Object.fromEntries(
    (input?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
  );

it("reads the shadows of an explicit split, and none for a canary", () => {
  const split = deployRequest({
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
    deployRequest({ version: "b", image: "r:b", "canary-weight": "10" })
      .shadows,
  ).toBeUndefined();
});

describe("deploying with the gateway", () => {
  const databaseUrl = useTestDatabase();

  it("passes gateway-image as GatewayImageUri and records a shadow deploy's role", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    const inputs = {
      "shared-parameters": SHARED_PARAMETERS,
      "database-url": databaseUrl(),
      "gateway-image": GATEWAY,
    };
    await deploy.version({ ...inputs, version: "a", image: "r:a" });
    await deploy.version({
      ...inputs,
      version: "b",
      image: "r:b",
      traffic: "a=100,b=shadow",
    });
    const versions = aws
      .inputsOf<CreateChangeSetCommandInput>("CreateChangeSet")
      .map(parametersOf)
      .filter((parameters) => parameters.ModelVersion);
    expect(versions.map((p) => [p.ModelVersion, p.GatewayImageUri])).toEqual([
      ["a", GATEWAY],
      ["b", GATEWAY],
    ]);
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT version, role, traffic_weight FROM deployments ORDER BY version",
      );
      expect(rows).toEqual([
        { version: "a", role: "serving", traffic_weight: 100 },
        { version: "b", role: "shadow", traffic_weight: 0 },
      ]);
    } finally {
      await client.end();
    }
  });
});
