/**
 * Revert and promotion on AWS with environments, through the real cores against the fake AWS:
 * a revert in staging touches only staging's stacks, traffic, tables and rows (and keeps the
 * image production runs); a promotion from staging deploys production's own stack with the very
 * digest staging proved.
 */
import path from "node:path";
import type { CreateChangeSetCommandInput } from "@aws-sdk/client-cloudformation";
import {
  getDeployment,
  recordSmokeOutcome,
} from "../../actions/lib/db/deployments.js";
import { openPool } from "../../actions/lib/db/pool.js";
import {
  DEPLOY_SETTINGS_INPUTS,
  readDeploySettings,
} from "../../actions/lib/deploy/inputs.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { promoteOnAws } from "../../actions/lib/promote/aws.js";
import { revertOnAws } from "../../actions/lib/revert/aws.js";
import {
  readRevertInputs,
  REVERT_INPUTS,
} from "../../actions/lib/revert/inputs.js";
import { LISTENER_ARN } from "../helpers/fake-aws/index.js";
import { listenerArnOf } from "../helpers/fake-aws/resources.js";
import { inputsFor } from "../helpers/inputs.js";
import { useTestDatabase } from "../helpers/postgres.js";
import { ROOT } from "../helpers/run-bundle.js";
import { deployFixture, LB_SHARED_PARAMETERS } from "../deploy/fixture.js";

const REGISTRY = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
const digestOf = (fill: string) => `sha256:${fill.repeat(32)}`;
const imageOf = (digest: string) => `${REGISTRY}/modelship@${digest}`;
const STAGING = { app: "modelship", environment: "staging" };
const STAGING_LISTENER = listenerArnOf("modelship--staging", "http");

/** Table schemas holding a version's output table (live or archived). */
async function schemasOf(url: string, prefix: string): Promise<string[]> {
  const pool = openPool(url);
  try {
    const { rows } = await pool.query<{ schema: string }>(
      `SELECT table_schema AS schema FROM information_schema.tables
        WHERE table_name LIKE $1 ORDER BY 1`,
      [`${prefix}%`],
    );
    return rows.map((row) => row.schema);
  } finally {
    await pool.end();
  }
}

describe("revert on AWS in one environment", () => {
  const databaseUrl = useTestDatabase();

  it("takes a version out of staging only: production's stack, traffic, row, tables and image stay", async () => {
    const digest = digestOf("a1");
    const { aws, deploy } = deployFixture({
      images: { "modelship:a": digest },
    });
    const db = { "database-url": databaseUrl() };
    const image = imageOf(digest);
    await deploy.version({ version: "a", image, ...db });
    const staging = { environment: "staging", ...db };
    await deploy.version({
      ...staging,
      version: "a",
      image,
      "shared-parameters": LB_SHARED_PARAMETERS,
    });
    await deploy.version({
      ...staging,
      version: "b",
      image: imageOf(digestOf("b2")),
      traffic: "a=50,b=50",
    });

    const inputs = readRevertInputs(
      inputsFor(REVERT_INPUTS, {
        version: "a",
        environment: "staging",
        "to-version": "b",
        ...db,
      }),
    );
    expect(inputs.version.environment).toBe("staging");
    const result = await revertOnAws(inputs, memoryLogger(), aws.clients);

    expect(result.reverted).toBe(true);
    expect(aws.split(STAGING_LISTENER)).toEqual({ b: 100 });
    expect(aws.split(LISTENER_ARN)).toEqual({ a: 100 });
    expect(aws.changes.filter((c) => c.startsWith("DeleteStack"))).toEqual([
      "DeleteStack modelship--staging-v-a",
    ]);
    expect(aws.findStack("modelship-v-a")?.status).toBe("CREATE_COMPLETE");
    // Production runs the same image: it stays in the app's repository.
    expect(aws.imageTags("modelship")).toContain("a");
    expect(result.steps.find((s) => s.step === "images")?.outcome).toBe(
      "no-op",
    );
    expect(await schemasOf(databaseUrl(), "a_outputs")).toEqual([
      "predictions",
      "predictions_archive__staging",
    ]);
    const pool = openPool(databaseUrl());
    try {
      expect((await getDeployment(pool, STAGING, "a"))?.status).toBe(
        "reverted",
      );
      expect(await getDeployment(pool, "modelship", "a")).toMatchObject({
        status: "serving",
        trafficWeight: 100,
      });
    } finally {
      await pool.end();
    }
  });
});

describe("revert on AWS in the default environment", () => {
  const databaseUrl = useTestDatabase();

  it("keeps the image while staging still runs the version, and leaves staging alone", async () => {
    const digest = digestOf("e5");
    const { aws, deploy } = deployFixture({
      app: "iris",
      images: { "iris:a": digest },
    });
    const given = { app: "iris", "database-url": databaseUrl() };
    const image = `${REGISTRY}/iris@${digest}`;
    await deploy.version({ ...given, version: "a", image });
    await deploy.version({
      ...given,
      environment: "staging",
      version: "a",
      image,
      "shared-parameters": LB_SHARED_PARAMETERS,
    });
    const inputs = readRevertInputs(
      inputsFor(REVERT_INPUTS, { ...given, version: "a", force: "true" }),
    );
    const result = await revertOnAws(inputs, memoryLogger(), aws.clients);
    expect(result.reverted).toBe(true);
    expect(aws.changes.filter((c) => c.startsWith("DeleteStack"))).toEqual([
      "DeleteStack iris-v-a",
    ]);
    expect(aws.imageTags("iris")).toContain("a");
    expect(aws.split(listenerArnOf("iris--staging", "http"))).toEqual({
      a: 100,
    });
  });
});

describe("promote on AWS", () => {
  const databaseUrl = useTestDatabase();

  it("deploys production's own stack with the digest staging proved, and records where it came from", async () => {
    const digest = digestOf("c3");
    const { aws, deploy } = deployFixture({
      images: { "modelship:v1": digest },
    });
    await deploy.version({
      environment: "staging",
      version: "v1",
      image: imageOf(digest),
      "shared-parameters": LB_SHARED_PARAMETERS,
      "database-url": databaseUrl(),
    });
    const pool = openPool(databaseUrl());
    try {
      await recordSmokeOutcome(pool, STAGING, "v1", "passed");
      const settings = readDeploySettings(
        inputsFor(DEPLOY_SETTINGS_INPUTS, {}),
        {
          actionDir: path.join(ROOT, "actions/promote/dist"),
          workspace: ROOT,
        },
      );
      const promoted = await promoteOnAws(
        {
          app: "modelship",
          version: "v1",
          from: "staging",
          to: "production",
          environments: ["staging", "production"],
          approvedBy: "octocat",
          canaryWeight: 10,
        },
        {
          settings: { ...settings, pollMs: 1 },
          databaseUrl: databaseUrl(),
          registry: {},
          logger: memoryLogger(),
          clients: aws.clients,
        },
      );
      expect(promoted.digest).toBe(digest);
      expect(promoted.names.environment).toBe("production");

      const created =
        aws.inputsOf<CreateChangeSetCommandInput>("CreateChangeSet");
      const production = created.find((c) => c.StackName === "modelship-v-v1");
      const imageUri = production?.Parameters?.find(
        (p) => p.ParameterKey === "ImageUri",
      )?.ParameterValue;
      expect(imageUri).toBe(imageOf(digest));
      expect(
        production?.Parameters?.find((p) => p.ParameterKey === "AppName")
          ?.ParameterValue,
      ).toBe("modelship");
      // Production served nothing, so the promoted version takes all of its traffic; staging's
      // split is its own.
      expect(aws.split(LISTENER_ARN)).toEqual({ v1: 100 });
      expect(aws.split(STAGING_LISTENER)).toEqual({ v1: 100 });
      expect(await getDeployment(pool, "modelship", "v1")).toMatchObject({
        environment: "production",
        status: "serving",
        imageDigest: digest,
        promotedFrom: "staging",
        approvedBy: "octocat",
      });
    } finally {
      await pool.end();
    }
  });
});
