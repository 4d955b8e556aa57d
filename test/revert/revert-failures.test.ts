import { tagsToDelete } from "../../actions/lib/aws/ecr-cleanup.js";
import {
  getDeployment,
  recordDeployment,
} from "../../actions/lib/db/deployments.js";
import { ecrRepositoryOf } from "../../actions/lib/image/names.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { RevertError, revertVersion } from "../../actions/lib/revert/core.js";
import { parseVersion } from "../../actions/lib/version.js";
import { awsError } from "../helpers/fake-aws/index.js";
import { usePool } from "../helpers/postgres.js";
import { liveTables, revertFixture, SHA } from "./fixture.js";

// Each test its own migrated database: "known versions" lists every row of the app.
const pool = usePool({ per: "each" });

describe("failures and options", () => {
  it("names the call and resource of an AWS failure and keeps the steps that ran", async () => {
    const { aws, run } = revertFixture(pool, {
      app: "fail",
      versions: ["a", "b"],
      traffic: { a: 50, b: 50 },
    });
    await recordDeployment(pool(), {
      app: "fail",
      version: "b",
      status: "serving",
      trafficWeight: 50,
    });
    aws.before("DeleteStack", () => {
      throw awsError("AccessDenied", "User is not authorized");
    });
    const error = await run({ version: "b" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevertError);
    expect((error as Error).message).toBe(
      "DeleteStack on stack fail-v-b failed: User is not authorized",
    );
    expect(
      (error as RevertError).steps.map((s) => [s.step, s.outcome]),
    ).toEqual([
      ["traffic", "done"],
      ["stack", "failed"],
    ]);
    expect((await getDeployment(pool(), "fail", "b"))?.status).toBe("serving");
    expect(aws.changes).toEqual(["ModifyListener http"]);
    expect(aws.findStack("fail-v-b")?.status).toBe("CREATE_COMPLETE");
  });

  it("drop-data drops the live tables instead of archiving them", async () => {
    const { run } = revertFixture(pool, {
      app: "drop",
      versions: ["d1", "d2"],
      traffic: { d1: 50, d2: 50 },
    });
    await liveTables(pool(), "d2", 3);
    const result = await run({ version: "d2", dropData: true });
    expect(result.archivedTables).toEqual([]);
    expect(result.droppedTables).toEqual([
      "predictions.d2_inputs",
      "predictions.d2_outputs",
    ]);
    expect(result.steps[3]?.detail).toMatch(/dropped \(drop-data: true\)/);
  });

  it("refuses a to-version that deployments marks as reverted", async () => {
    const { aws, run } = revertFixture(pool, {
      app: "tv",
      versions: ["x", "y"],
      traffic: { x: 50, y: 50 },
    });
    await recordDeployment(pool(), {
      app: "tv",
      version: "x",
      status: "reverted",
    });
    await expect(run({ version: "y", toVersion: "x" })).rejects.toThrow(
      /to-version "x" is reverted/,
    );
    expect(aws.changes).toEqual([]);
  });
});

describe("pure helpers", () => {
  it.each([
    [
      ["v2", SHA],
      ["v2", SHA],
    ],
    [["v2"], ["v2"]],
    [["v2", "v3", SHA], ["v2"]], // the image still serves v3: its commit tag stays
  ])("tags of %p to delete for v2: %p", (tags, expected) => {
    expect(tagsToDelete("v2", tags)).toEqual(expected);
  });

  it.each([
    ["123456789012.dkr.ecr.us-east-1.amazonaws.com/iris:v1", "iris"],
    [
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/iris@sha256:ab",
      "team/iris",
    ],
    ["ghcr.io/org/iris:v1", undefined],
    [null, undefined],
  ])("ECR repository of %p is %p", (image, expected) => {
    expect(ecrRepositoryOf(image)).toBe(expected);
  });
});

describe("a version that was never deployed", () => {
  const platform = (exists: boolean) => ({
    currentTraffic: async () => ({ a: 100 }),
    applyTraffic: async (next: Record<string, number>) => next,
    versionExists: async () => exists,
    deleteVersion: async () => ({ deleted: false, alreadyGone: true }),
    deleteImages: async () => [],
  });

  it("is a usage error that lists the known versions, and changes nothing", async () => {
    const db = pool();
    await recordDeployment(db, {
      app: "iris",
      version: "a",
      status: "serving",
      trafficWeight: 100,
    });
    const run = revertVersion({
      app: "iris",
      version: parseVersion("v99"),
      dropData: false,
      force: false,
      db,
      platform: platform(false),
      logger: memoryLogger(),
    });
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow(
      /"v99" was never deployed here: .* Known versions of iris: a$/,
    );
    expect(await getDeployment(db, "iris", "v99")).toBeUndefined();
  });

  it("is a no-op with missing-ok (the automatic revert after a half-done deploy)", async () => {
    const result = await revertVersion({
      app: "iris",
      version: parseVersion("v98"),
      dropData: false,
      force: false,
      missingOk: true,
      db: pool(),
      platform: platform(false),
      logger: memoryLogger(),
    });
    expect(result.reverted).toBe(false);
    expect(result.steps.every((s) => s.outcome === "no-op")).toBe(true);
  });

  it("is still reverted when it left a stack or images but no row", async () => {
    const result = await revertVersion({
      app: "iris",
      version: parseVersion("v97"),
      dropData: false,
      force: false,
      db: pool(),
      platform: {
        ...platform(true),
        deleteVersion: async () => ({ deleted: true, alreadyGone: false }),
      },
      logger: memoryLogger(),
    });
    expect(result.reverted).toBe(true);
    expect(result.steps.find((s) => s.step === "stack")?.outcome).toBe("done");
  });
});

describe("the automatic revert and the run that owns a version", () => {
  const platform = {
    currentTraffic: async () => ({ a: 100 }),
    applyTraffic: async (next: Record<string, number>) => next,
    versionExists: async () => true,
    deleteVersion: async () => ({ deleted: true, alreadyGone: false }),
    deleteImages: async () => [],
  };
  const record = (
    db: ReturnType<typeof pool>,
    version: string,
    status: "deploying" | "serving" | "failed" | "reverted",
    ownerRun: string,
  ) =>
    recordDeployment(db, {
      app: "iris",
      version,
      status,
      ownerRun,
      trafficWeight: status === "serving" ? 100 : undefined,
    });

  // Each case: the row's history, then this run's record (status, run), and the owner after it.
  it.each([
    ["a new version", [], ["deploying", "9/1"], "9/1"],
    [
      "a re-run of a serving version",
      [["serving", "5/1"]],
      ["deploying", "5/2"],
      "5/1",
    ],
    [
      "a re-run that then fails",
      [
        ["serving", "5/1"],
        ["deploying", "5/2"],
      ],
      ["failed", "5/2"],
      "5/1",
    ],
    [
      "a version that failed before",
      [["failed", "4/1"]],
      ["deploying", "4/2"],
      "4/2",
    ],
    [
      "a version reverted before",
      [["reverted", "3/1"]],
      ["deploying", "8/1"],
      "8/1",
    ],
  ] as const)(
    "%s is owned by the right run",
    async (_name, history, [status, run], owner) => {
      const db = pool();
      const version = `o${Math.random().toString(36).slice(2, 8)}`;
      for (const [before, by] of history) await record(db, version, before, by);
      await record(db, version, status, run);
      expect((await getDeployment(db, "iris", version))?.ownerRun).toBe(owner);
    },
  );

  it("leaves a serving version alone when a re-run's revert does not own it", async () => {
    const db = pool();
    await record(db, "keep", "serving", "5/1");
    await record(db, "keep", "deploying", "5/2");
    await record(db, "keep", "failed", "5/2");
    const logger = memoryLogger();
    const result = await revertVersion({
      app: "iris",
      version: parseVersion("keep"),
      dropData: false,
      force: true,
      missingOk: true,
      ownerRun: "5/2",
      db,
      platform,
      logger,
    });
    expect(result.reverted).toBe(false);
    expect(logger.text()).toMatch(/not reverted: "keep" belongs to run 5\/1/);
    expect((await getDeployment(db, "iris", "keep"))?.status).toBe("failed");
  });
});
