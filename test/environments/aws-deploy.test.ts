/**
 * AWS deploys per environment, through the real deploy core against the fake AWS: a non-default
 * environment gets its own stacks (`<app>--<env>-shared`, `<app>--<env>-v-<slug>`), AppName,
 * load balancer, rows and tables, and production's are never touched. The image repository is
 * the app's in every environment.
 */
import type { CreateChangeSetCommandInput } from "@aws-sdk/client-cloudformation";
import type { ModifyListenerCommandInput } from "@aws-sdk/client-elastic-load-balancing-v2";
import { getDeployment } from "../../actions/lib/db/deployments.js";
import { openPool } from "../../actions/lib/db/pool.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { LISTENER_ARN } from "../helpers/fake-aws/index.js";
import { listenerArnOf } from "../helpers/fake-aws/resources.js";
import { useTestDatabase } from "../helpers/postgres.js";
import {
  deployFixture,
  deployRequest,
  LB_SHARED_PARAMETERS,
} from "../deploy/fixture.js";

const DIGEST = `sha256:${"cd".repeat(32)}`;
const IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/modelship@${DIGEST}`;
const STAGING_APP = "modelship--staging";
const STAGING_LISTENER = listenerArnOf(STAGING_APP, "http");

const parametersOf = (input: CreateChangeSetCommandInput | undefined) =>
  Object.fromEntries(
    (input?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
  );

describe("deploy-stack in a non-default environment", () => {
  const databaseUrl = useTestDatabase();

  it("reads the environment input into the version's names; empty is production", () => {
    const staging = deployRequest({
      version: "b",
      image: "repo:b",
      environment: "staging",
    });
    expect(staging.names.environment).toBe("staging");
    expect(staging.names.tables.schema).toBe("predictions__staging");
    expect(
      deployRequest({ version: "b", image: "repo:b" }).names.environment,
    ).toBe("production");
    expect(() =>
      deployRequest({ version: "b", image: "repo:b", environment: "Staging" }),
    ).toThrow(/environment "Staging" is not allowed/);
  });

  it("creates <app>--staging-shared and <app>--staging-v-b under the scoped AppName, and leaves production alone", async () => {
    const { aws, deploy } = deployFixture({
      versions: ["a"],
      traffic: { a: 100 },
    });
    const productionBefore = aws.liveStacks().map((s) => [s.name, s.status]);
    const result = await deploy.version(
      {
        environment: "staging",
        version: "b",
        image: IMAGE,
        "shared-parameters": LB_SHARED_PARAMETERS,
        "database-url": databaseUrl(),
      },
      { source: { commitSha: "c0ffee", repository: "octo/models" } },
    );
    expect(result).toMatchObject({
      stackName: `${STAGING_APP}-v-b`,
      status: "CREATE_COMPLETE",
      traffic: { b: 100 },
    });

    const created =
      aws.inputsOf<CreateChangeSetCommandInput>("CreateChangeSet");
    expect(created.map((c) => [c.StackName, c.ChangeSetType])).toEqual([
      [`${STAGING_APP}-shared`, "CREATE"],
      [`${STAGING_APP}-v-b`, "CREATE"],
    ]);
    // The shared stack's names (cluster, load balancer, bucket) are the environment's; its tasks
    // pull from the app's repository, where the one image lives.
    expect(parametersOf(created[0])).toMatchObject({
      AppName: STAGING_APP,
      ImageRepositoryName: "modelship",
    });
    // Its containers log to staging's tables (EnvironmentName), as the app itself.
    expect(parametersOf(created[1])).toMatchObject({
      AppName: STAGING_APP,
      EnvironmentName: "staging",
      ClusterName: STAGING_APP,
      ListenerArn: STAGING_LISTENER,
      ImageUri: IMAGE,
    });
    expect(created[1]?.Tags).toContainEqual({
      Key: "modelship:app",
      Value: STAGING_APP,
    });

    // Only staging's listener changed; production's split and stacks are as they were.
    const modified = aws.inputsOf<ModifyListenerCommandInput>("ModifyListener");
    expect(modified.map((m) => m.ListenerArn)).toEqual([STAGING_LISTENER]);
    expect(aws.split(STAGING_LISTENER)).toEqual({ b: 100 });
    expect(aws.split(LISTENER_ARN)).toEqual({ a: 100 });
    expect(
      aws
        .liveStacks()
        .filter((s) => !s.name.startsWith(STAGING_APP))
        .map((s) => [s.name, s.status]),
    ).toEqual(productionBefore);

    const pool = openPool(databaseUrl());
    try {
      const row = await getDeployment(
        pool,
        { app: "modelship", environment: "staging" },
        "b",
      );
      expect(row).toMatchObject({
        environment: "staging",
        status: "serving",
        trafficWeight: 100,
        imageDigest: DIGEST,
      });
      expect(await getDeployment(pool, "modelship", "b")).toBeUndefined();
      const tables = await pool.query<{ schema: string }>(
        `SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'b_outputs'`,
      );
      expect(tables.rows.map((r) => r.schema)).toEqual([
        "predictions__staging",
      ]);
    } finally {
      await pool.end();
    }
  });

  it("keep-versions retires only the environment's own stacks", async () => {
    // Production has old versions with no traffic that keep-versions 1 would retire there.
    const { aws, deploy } = deployFixture({
      versions: ["a", "b", "c"],
      traffic: { a: 100 },
    });
    const inStaging = { environment: "staging", "keep-versions": "1" };
    await deploy.version({
      ...inStaging,
      version: "x",
      image: "repo:x",
      "shared-parameters": LB_SHARED_PARAMETERS,
    });
    const y = await deploy.version({
      ...inStaging,
      version: "y",
      image: "repo:y",
    });
    expect(y.retired).toEqual(["x"]);
    const deleted = aws.changes.filter((c) => c.startsWith("DeleteStack"));
    expect(deleted).toEqual([`DeleteStack ${STAGING_APP}-v-x`]);
    expect(aws.split(LISTENER_ARN)).toEqual({ a: 100 });
    expect(aws.findStack("modelship-v-b")?.status).toBe("CREATE_COMPLETE");
  });

  it("weighs a canary against the environment's own split, not production's", async () => {
    const { aws, deploy } = deployFixture({
      versions: ["a"],
      traffic: { a: 100 },
    });
    const logger = memoryLogger();
    await deploy.version(
      {
        environment: "staging",
        version: "b",
        image: "repo:b",
        "canary-weight": "10",
        "shared-parameters": LB_SHARED_PARAMETERS,
      },
      { logger },
    );
    // Staging served nothing, so its first version takes everything; production's "a" is not
    // part of staging's split.
    expect(aws.split(STAGING_LISTENER)).toEqual({ b: 100 });
    expect(aws.split(LISTENER_ARN)).toEqual({ a: 100 });
  });
});
