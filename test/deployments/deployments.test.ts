import {
  getDeployment,
  listDeployments,
  markReverted,
  previousHealthyVersion,
  recordDeployment,
  setTrafficWeights,
} from "../../actions/lib/db/deployments.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { usePool } from "../helpers/postgres.js";

// Each test its own migrated database: no test sees another's rows or tables.
const pool = usePool({ per: "each" });

describe("recordDeployment", () => {
  it("upserts on app+version and keeps fields an update leaves out", async () => {
    const first = await recordDeployment(pool(), {
      app: "rec",
      version: "v1",
      status: "deploying",
      image: "123.dkr.ecr.us-east-1.amazonaws.com/m:v1",
      imageDigest: "sha256:abc",
      metrics: { accuracy: 0.97 },
      commitSha: "f".repeat(40),
    });
    expect(first).toMatchObject({ status: "deploying", trafficWeight: 0 });
    const second = await recordDeployment(pool(), {
      app: "rec",
      version: "v1",
      status: "serving",
      url: "http://lb/v/v1/",
      trafficWeight: 100,
    });
    expect(second).toMatchObject({
      status: "serving",
      image: "123.dkr.ecr.us-east-1.amazonaws.com/m:v1",
      imageDigest: "sha256:abc",
      metrics: { accuracy: 0.97 },
      url: "http://lb/v/v1/",
      trafficWeight: 100,
      target: "aws",
      revertedAt: null,
      archivedTables: [],
    });
    expect(second.createdAt).toEqual(first.createdAt);
    expect(await listDeployments(pool(), "rec")).toHaveLength(1);
  });

  it.each([
    [{ version: "v1;drop table deployments" }, /version "v1;drop/],
    [{ version: "V1" }, /try "v1"/],
    [{ app: "Bad App" }, /app "Bad App"/],
    [{ status: "live" }, /status "live"/],
    [{ trafficWeight: 101 }, /0 to 100, got 101/],
    [{ trafficWeight: 2.5 }, /got 2.5/],
  ])("rejects %p before writing", async (change, message) => {
    const rec = { app: "bad", version: "v1", status: "serving", ...change };
    await expect(
      recordDeployment(pool(), rec as Parameters<typeof recordDeployment>[1]),
    ).rejects.toThrow(message);
    expect(await listDeployments(pool(), "bad")).toEqual([]);
  });
});

describe("traffic weights and the previous healthy version", () => {
  beforeEach(async () => {
    // Creation order: a, b, c, d, e.
    for (const [version, status] of [
      ["a", "serving"],
      ["b", "serving"],
      ["c", "serving"],
      ["d", "failed"],
      ["e", "deploying"],
    ] as const) {
      await recordDeployment(pool(), { app: "tw", version, status });
    }
  });

  it("sets named weights and zeroes every other version", async () => {
    await setTrafficWeights(pool(), "tw", new Map([["a", 100]]));
    const result = await setTrafficWeights(
      pool(),
      "tw",
      new Map([
        ["b", 30],
        ["c", 70],
        ["zz", 0],
      ]),
    );
    expect(result).toEqual({ changed: 3, missing: ["zz"] });
    const weights = Object.fromEntries(
      (await listDeployments(pool(), "tw")).map((d) => [
        d.version,
        d.trafficWeight,
      ]),
    );
    expect(weights).toEqual({ a: 0, b: 30, c: 70, d: 0, e: 0 });
    // The same split again changes nothing.
    const again = await setTrafficWeights(
      pool(),
      "tw",
      new Map([
        ["b", 30],
        ["c", 70],
      ]),
    );
    expect(again.changed).toBe(0);
  });

  it("rejects a bad weight or version without writing", async () => {
    await setTrafficWeights(
      pool(),
      "tw",
      new Map([
        ["b", 30],
        ["c", 70],
      ]),
    );
    await expect(
      setTrafficWeights(pool(), "tw", new Map([["b", -1]])),
    ).rejects.toThrow(ConfigurationError);
    await expect(
      setTrafficWeights(pool(), "tw", new Map([["b'; --", 100]])),
    ).rejects.toThrow(/not allowed/);
    expect((await getDeployment(pool(), "tw", "b"))?.trafficWeight).toBe(30);
  });

  it.each([
    ["c", "b"], // b has traffic, a has none
    ["b", "c"],
    ["a", "c"],
  ])(
    "excluding %s prefers the serving version with most traffic: %s",
    async (excluding, expected) => {
      await setTrafficWeights(
        pool(),
        "tw",
        new Map([
          ["b", 30],
          ["c", 70],
        ]),
      );
      expect(await previousHealthyVersion(pool(), "tw", excluding)).toBe(
        expected,
      );
    },
  );

  it("falls back to the newest serving version, never failed or deploying ones", async () => {
    await setTrafficWeights(pool(), "tw", new Map([["c", 100]]));
    // a and b both have 0: b is newer. d (failed) and e (deploying) never count.
    expect(await previousHealthyVersion(pool(), "tw", "c")).toBe("b");
    await markReverted(pool(), "tw", "b", []);
    expect(await previousHealthyVersion(pool(), "tw", "c")).toBe("a");
    await markReverted(pool(), "tw", "a", []);
    expect(await previousHealthyVersion(pool(), "tw", "c")).toBeUndefined();
    expect(await previousHealthyVersion(pool(), "other", "c")).toBeUndefined();
  });
});

describe("markReverted", () => {
  it("marks once, appends archived tables, and says when nothing changed", async () => {
    await recordDeployment(pool(), {
      app: "mr",
      version: "v2",
      status: "serving",
      trafficWeight: 50,
    });
    expect(
      await markReverted(pool(), "mr", "v2", ["predictions_archive.x"]),
    ).toEqual({
      changed: true,
      previousStatus: "serving",
    });
    const row = await getDeployment(pool(), "mr", "v2");
    expect(row).toMatchObject({
      status: "reverted",
      trafficWeight: 0,
      archivedTables: ["predictions_archive.x"],
    });
    expect(row?.revertedAt).toBeInstanceOf(Date);
    expect(await markReverted(pool(), "mr", "v2", [])).toEqual({
      changed: false,
      previousStatus: "reverted",
    });
    expect((await getDeployment(pool(), "mr", "v2"))?.revertedAt).toEqual(
      row?.revertedAt,
    );
  });

  it("records a revert of a version that was never recorded", async () => {
    expect(await markReverted(pool(), "mr", "ghost", [])).toEqual({
      changed: true,
      previousStatus: undefined,
    });
    expect((await getDeployment(pool(), "mr", "ghost"))?.status).toBe(
      "reverted",
    );
  });

  it("a new deploy of a reverted version clears reverted_at", async () => {
    await recordDeployment(pool(), {
      app: "mr",
      version: "v2",
      status: "serving",
    });
    await markReverted(pool(), "mr", "v2", ["predictions_archive.x"]);
    const row = await recordDeployment(pool(), {
      app: "mr",
      version: "v2",
      status: "deploying",
    });
    expect(row.revertedAt).toBeNull();
    expect(row.archivedTables).toEqual(["predictions_archive.x"]);
  });
});
