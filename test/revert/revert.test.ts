import type { BatchDeleteImageCommandInput } from "@aws-sdk/client-ecr";
import type { ModifyListenerCommandInput } from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  getDeployment,
  recordDeployment,
} from "../../actions/lib/db/deployments.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { archiveTableName } from "../../actions/lib/version.js";
import {
  HTTPS_LISTENER_ARN,
  targetGroupArn,
} from "../helpers/fake-aws/index.js";
import { usePool } from "../helpers/postgres.js";
import { AT, IMAGE, liveTables, revertFixture, rows, SHA } from "./fixture.js";

// Each test its own database: the tables of a version are named by the version alone.
const pool = usePool({ per: "each" });

describe("revert B after A=50,B=50 (AWS faked, real Postgres)", () => {
  /** Versions a and b each serving half, with images, rows and prediction tables. */
  async function servingHalfAndHalf(app: string) {
    const fixture = revertFixture(pool, {
      app,
      versions: ["a", "b"],
      traffic: { a: 50, b: 50 },
      images: {
        "iris:a": "sha256:aa",
        "iris:b": "sha256:bb",
        [`iris:${SHA}`]: "sha256:bb",
      },
    });
    for (const version of ["a", "b"]) {
      await recordDeployment(pool(), {
        app,
        version,
        status: "serving",
        trafficWeight: 50,
        image: IMAGE(version),
      });
    }
    await liveTables(pool(), "a", 4);
    await liveTables(pool(), "b", 6);
    return fixture;
  }

  it("shifts traffic, deletes stack and images, archives tables, marks reverted — in that order", async () => {
    const { aws, run } = await servingHalfAndHalf("e2e");
    // At the moment images are deleted, nothing in Postgres may have changed yet.
    let dbWhenImagesDeleted: unknown;
    aws.before("BatchDeleteImage", async () => {
      dbWhenImagesDeleted = {
        status: (await getDeployment(pool(), "e2e", "b"))?.status,
        live: await rows(pool(), "predictions", "b_inputs"),
      };
    });
    const result = await run({ version: "b" });

    expect(aws.changes).toEqual([
      "ModifyListener http",
      "DeleteStack e2e-v-b",
      `BatchDeleteImage iris:b iris:${SHA}`,
    ]);
    expect(dbWhenImagesDeleted).toEqual({ status: "serving", live: 6 });
    expect(
      aws.inputsOf<ModifyListenerCommandInput>("ModifyListener")[0],
    ).toEqual({
      ListenerArn: expect.any(String),
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: targetGroupArn("a"), Weight: 100 },
            ],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        },
      ],
    });
    expect(
      aws.inputsOf<BatchDeleteImageCommandInput>("BatchDeleteImage")[0],
    ).toEqual({
      repositoryName: "iris", // from the image recorded in deployments
      imageIds: [{ imageTag: "b" }, { imageTag: SHA }],
    });
    expect(aws.split()).toEqual({ a: 100 });
    expect(aws.findStack("e2e-v-b")).toBeUndefined();
    expect(aws.imageTags("iris")).toEqual(["a"]);
    const archived = ["b_inputs", "b_outputs"].map((t) =>
      archiveTableName(t, AT),
    );
    expect(result).toMatchObject({
      reverted: true,
      toVersion: "a",
      traffic: { a: 100 },
      archivedTables: archived.map((t) => `predictions_archive.${t}`),
    });
    expect(result.steps.map((s) => [s.step, s.outcome])).toEqual([
      ["traffic", "done"],
      ["stack", "done"],
      ["images", "done"],
      ["tables", "done"],
      ["record", "done"],
    ]);
    expect(
      await rows(pool(), "predictions_archive", archived[0] as string),
    ).toBe(6);
    expect(await rows(pool(), "predictions", "a_inputs")).toBe(4);
    expect(await getDeployment(pool(), "e2e", "b")).toMatchObject({
      status: "reverted",
      trafficWeight: 0,
      archivedTables: result.archivedTables,
    });
    expect((await getDeployment(pool(), "e2e", "a"))?.trafficWeight).toBe(100);
  });

  it("a second run is a no-op that says so, with no mutating call", async () => {
    const { aws, run } = await servingHalfAndHalf("again");
    expect((await run({ version: "b" })).reverted).toBe(true);
    const changed = aws.changes.length;
    const result = await run({ version: "b" });
    expect(result.reverted).toBe(false);
    expect(result.traffic).toEqual({ a: 100 });
    expect(
      result.steps.every(
        (s) => s.outcome === "no-op" && /already reverted/.test(s.detail),
      ),
    ).toBe(true);
    expect(aws.changes.slice(changed)).toEqual([]);
  });
});

describe("without a database", () => {
  it("hands the version's share to the heaviest other version, then is a no-op", async () => {
    const { aws, run, logger } = revertFixture(
      pool,
      {
        versions: ["a", "b", "c"],
        traffic: { a: 30, b: 50, c: 20 },
        images: { "iris:b": "sha256:b" },
      },
      "iris",
    );
    const first = await run({ version: "b", useDb: false });
    expect(first.traffic).toEqual({ a: 80, c: 20 });
    expect(aws.split()).toEqual({ a: 80, c: 20 });
    expect(first.steps.map((s) => s.outcome)).toEqual([
      "done",
      "done",
      "done",
      "skipped",
      "skipped",
    ]);
    expect(aws.changes).toEqual([
      "ModifyListener http",
      "DeleteStack modelship-v-b",
      "BatchDeleteImage iris:b",
    ]);
    const second = await run({ version: "b", useDb: false });
    expect(second.reverted).toBe(false);
    expect(second.steps.map((s) => s.detail)).toEqual([
      '"b" takes no traffic; split left as a=80, c=20',
      "already gone",
      "none left to delete",
      "no database-url given",
      "no database-url given",
    ]);
    expect(aws.changes).toHaveLength(3); // the second run changed nothing
    expect(logger.text()).toMatch(/nothing to do/);
  });

  it("gives an explicit to-version all traffic, finding its target group in its stack", async () => {
    const { aws, run } = revertFixture(pool, {
      versions: ["a", "b", "c"],
      traffic: { a: 40, b: 60 },
    });
    const result = await run({ version: "b", toVersion: "c", useDb: false });
    expect(result.traffic).toEqual({ c: 100, a: 0 });
    const groups =
      aws.inputsOf<ModifyListenerCommandInput>("ModifyListener")[0]
        ?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups;
    expect(groups).toEqual([
      { TargetGroupArn: targetGroupArn("c"), Weight: 100 },
      { TargetGroupArn: targetGroupArn("a"), Weight: 0 },
    ]);
  });

  it("shifts the HTTPS listener too, so no listener still uses the target group", async () => {
    const { aws, run } = revertFixture(pool, {
      versions: ["a", "b"],
      traffic: { a: 50, b: 50 },
      https: true,
    });
    const result = await run({ version: "b", useDb: false });
    expect(result.traffic).toEqual({ a: 100 });
    expect(aws.changes).toEqual([
      "ModifyListener http",
      "ModifyListener https",
      "DeleteStack modelship-v-b",
    ]);
    expect(aws.listenerActions(HTTPS_LISTENER_ARN)).toEqual(
      aws.listenerActions(),
    );
    expect(aws.split(HTTPS_LISTENER_ARN)).toEqual({ a: 100 });
  });

  it("refuses a to-version without a stack before deleting anything", async () => {
    const { aws, run } = revertFixture(pool, {
      versions: ["a", "b"],
      traffic: { a: 40, b: 60 },
    });
    await expect(
      run({ version: "b", toVersion: "zz", useDb: false }),
    ).rejects.toThrow(
      /to-version "zz" cannot take traffic: stack modelship-v-zz does not exist/,
    );
    expect(aws.changes).toEqual([]);
  });
});

describe("the only serving version", () => {
  const seed = {
    versions: ["solo"],
    traffic: { solo: 100 },
    images: { "iris:solo": "sha256:s" },
  };

  it("is refused without force, before any change", async () => {
    const { aws, run } = revertFixture(pool, seed, "iris");
    await recordDeployment(pool(), {
      app: "modelship",
      version: "solo",
      status: "serving",
      trafficWeight: 100,
    });
    await recordDeployment(pool(), {
      app: "modelship",
      version: "old",
      status: "failed",
    });
    const error = await run({ version: "solo" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toMatch(
      /"solo" is the only version serving traffic \(100%\).*force: true/,
    );
    expect(aws.changes).toEqual([]);
    expect((await getDeployment(pool(), "modelship", "solo"))?.status).toBe(
      "serving",
    );
  });

  it("with force, the listener answers 503 and the version is taken out", async () => {
    const { aws, run, logger } = revertFixture(pool, seed, "iris");
    const result = await run({ version: "solo", force: true, useDb: false });
    expect(result).toMatchObject({ reverted: true, traffic: {} });
    expect(aws.changes).toEqual([
      "ModifyListener http",
      "DeleteStack modelship-v-solo",
      "BatchDeleteImage iris:solo",
    ]);
    expect(aws.listenerActions()).toEqual([
      expect.objectContaining({
        Type: "fixed-response",
        FixedResponseConfig: expect.objectContaining({ StatusCode: "503" }),
      }),
    ]);
    expect(logger.text()).toMatch(/force: taking out "solo"/);
  });
});
