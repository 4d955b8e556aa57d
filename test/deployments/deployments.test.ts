import pg from "pg";
import {
  ensurePredictionTables,
  migrate,
} from "../../actions/lib/db/schema.js";
import { openPool } from "../../actions/lib/db/pool.js";
import {
  archivePredictionTables,
  dropPredictionTables,
  getDeployment,
  listDeployments,
  markReverted,
  previousHealthyVersion,
  recordDeployment,
  setTrafficWeights,
} from "../../actions/lib/db/deployments.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  archiveTableName,
  parseVersion,
  qualified,
} from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = openPool(db.url);
  await migrate(pool);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

async function tablesIn(schema: string, like: string): Promise<string[]> {
  const { rows } = await pool.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables
     WHERE table_schema = $1 AND table_name LIKE $2 ORDER BY 1`,
    [schema, like],
  );
  return rows.map((r) => r.t);
}

async function count(schema: string, table: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${qualified(schema, table)}`,
  );
  return rows[0]?.n ?? -1;
}

/** Creates the version's tables and logs `n` rows into each, as the service would. */
async function logRows(version: string, n: number): Promise<void> {
  const names = parseVersion(version);
  await ensurePredictionTables(pool, names);
  const { schema, inputs, outputs } = names.tables;
  for (let i = 0; i < n; i++) {
    const id = `req-${Math.random().toString(36).slice(2)}`;
    await pool.query(
      `INSERT INTO ${qualified(schema, inputs)} (request_id, item, received_at, features) VALUES ($1, 0, now(), $2)`,
      [id, JSON.stringify({ sepal_length: i })],
    );
    await pool.query(
      `INSERT INTO ${qualified(schema, outputs)} (request_id, item, predicted_at, model_version, label, probabilities, latency_ms)
       VALUES ($1, 0, now(), $2, 'setosa', $3, 1.5)`,
      [id, version, JSON.stringify({ setosa: 1 })],
    );
  }
}

describe("recordDeployment", () => {
  it("upserts on app+version and keeps fields an update leaves out", async () => {
    const first = await recordDeployment(pool, {
      app: "rec",
      version: "v1",
      status: "deploying",
      image: "123.dkr.ecr.us-east-1.amazonaws.com/m:v1",
      imageDigest: "sha256:abc",
      metrics: { accuracy: 0.97 },
      commitSha: "f".repeat(40),
    });
    expect(first).toMatchObject({ status: "deploying", trafficWeight: 0 });
    const second = await recordDeployment(pool, {
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
    expect(await listDeployments(pool, "rec")).toHaveLength(1);
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
      recordDeployment(pool, rec as Parameters<typeof recordDeployment>[1]),
    ).rejects.toThrow(message);
    expect(await listDeployments(pool, "bad")).toEqual([]);
  });
});

describe("traffic weights and the previous healthy version", () => {
  beforeAll(async () => {
    // Creation order: a, b, c, d, e.
    for (const [version, status] of [
      ["a", "serving"],
      ["b", "serving"],
      ["c", "serving"],
      ["d", "failed"],
      ["e", "deploying"],
    ] as const) {
      await recordDeployment(pool, { app: "tw", version, status });
    }
  });

  it("sets named weights and zeroes every other version", async () => {
    await setTrafficWeights(pool, "tw", new Map([["a", 100]]));
    const result = await setTrafficWeights(
      pool,
      "tw",
      new Map([
        ["b", 30],
        ["c", 70],
        ["zz", 0],
      ]),
    );
    expect(result).toEqual({ changed: 3, missing: ["zz"] });
    const weights = Object.fromEntries(
      (await listDeployments(pool, "tw")).map((d) => [
        d.version,
        d.trafficWeight,
      ]),
    );
    expect(weights).toEqual({ a: 0, b: 30, c: 70, d: 0, e: 0 });
    // The same split again changes nothing.
    const again = await setTrafficWeights(
      pool,
      "tw",
      new Map([
        ["b", 30],
        ["c", 70],
      ]),
    );
    expect(again.changed).toBe(0);
  });

  it("rejects a bad weight or version without writing", async () => {
    await expect(
      setTrafficWeights(pool, "tw", new Map([["b", -1]])),
    ).rejects.toThrow(ConfigurationError);
    await expect(
      setTrafficWeights(pool, "tw", new Map([["b'; --", 100]])),
    ).rejects.toThrow(/not allowed/);
    expect((await getDeployment(pool, "tw", "b"))?.trafficWeight).toBe(30);
  });

  it.each([
    ["c", "b"], // b has traffic, a has none
    ["b", "c"],
    ["a", "c"],
  ])(
    "excluding %s prefers the serving version with most traffic: %s",
    async (excluding, expected) => {
      expect(await previousHealthyVersion(pool, "tw", excluding)).toBe(
        expected,
      );
    },
  );

  it("falls back to the newest serving version, never failed or deploying ones", async () => {
    await setTrafficWeights(pool, "tw", new Map([["c", 100]]));
    // a and b both have 0: b is newer. d (failed) and e (deploying) never count.
    expect(await previousHealthyVersion(pool, "tw", "c")).toBe("b");
    await markReverted(pool, "tw", "b", []);
    expect(await previousHealthyVersion(pool, "tw", "c")).toBe("a");
    await markReverted(pool, "tw", "a", []);
    expect(await previousHealthyVersion(pool, "tw", "c")).toBeUndefined();
    expect(await previousHealthyVersion(pool, "other", "c")).toBeUndefined();
  });
});

describe("markReverted", () => {
  it("marks once, appends archived tables, and says when nothing changed", async () => {
    await recordDeployment(pool, {
      app: "mr",
      version: "v2",
      status: "serving",
      trafficWeight: 50,
    });
    expect(
      await markReverted(pool, "mr", "v2", ["predictions_archive.x"]),
    ).toEqual({
      changed: true,
      previousStatus: "serving",
    });
    const row = await getDeployment(pool, "mr", "v2");
    expect(row).toMatchObject({
      status: "reverted",
      trafficWeight: 0,
      archivedTables: ["predictions_archive.x"],
    });
    expect(row?.revertedAt).toBeInstanceOf(Date);
    expect(await markReverted(pool, "mr", "v2", [])).toEqual({
      changed: false,
      previousStatus: "reverted",
    });
    expect((await getDeployment(pool, "mr", "v2"))?.revertedAt).toEqual(
      row?.revertedAt,
    );
  });

  it("records a revert of a version that was never recorded", async () => {
    expect(await markReverted(pool, "mr", "ghost", [])).toEqual({
      changed: true,
      previousStatus: undefined,
    });
    expect((await getDeployment(pool, "mr", "ghost"))?.status).toBe("reverted");
  });

  it("a new deploy of a reverted version clears reverted_at", async () => {
    const row = await recordDeployment(pool, {
      app: "mr",
      version: "v2",
      status: "deploying",
    });
    expect(row.revertedAt).toBeNull();
    expect(row.archivedTables).toEqual(["predictions_archive.x"]);
  });
});

// Valid versions that look like SQL or push identifier lengths; the longest one makes the
// archived primary-key index name exceed 63 characters.
const HOSTILE = [
  "select.from",
  "drop-table.x",
  "1.0.0-rc.1",
  "ab.cd.ef.gh.ij.kl.mnopqrstuvwxyz",
];

describe("archivePredictionTables", () => {
  it.each(HOSTILE)(
    "moves %s's tables with every row, then is a no-op",
    async (version) => {
      const names = parseVersion(version);
      await logRows(version, 7);
      const at = new Date("2026-03-04T05:06:07Z");
      const archived = await archivePredictionTables(pool, names, at);
      const expected = [names.tables.inputs, names.tables.outputs].map((t) =>
        archiveTableName(t, at),
      );
      expect(archived).toEqual(expected.map((t) => `predictions_archive.${t}`));
      expect(await tablesIn("predictions", `${names.sqlKey}\\_%`)).toEqual([]);
      for (const table of expected) {
        expect(await count("predictions_archive", table)).toBe(7);
      }
      expect(await archivePredictionTables(pool, names, new Date())).toEqual(
        [],
      );
    },
  );

  it("archives the same version again after a re-deploy (no index name clash)", async () => {
    const version = HOSTILE[3] as string;
    const names = parseVersion(version);
    await logRows(version, 2);
    const at = new Date("2026-03-05T00:00:00Z");
    const archived = await archivePredictionTables(pool, names, at);
    expect(archived).toHaveLength(2);
    expect(
      await count(
        "predictions_archive",
        archiveTableName(names.tables.inputs, at),
      ),
    ).toBe(2);
    // The primary key still works in the archive.
    await expect(
      pool.query(
        `INSERT INTO ${qualified("predictions_archive", archiveTableName(names.tables.inputs, at))}
         SELECT * FROM ${qualified("predictions_archive", archiveTableName(names.tables.inputs, at))}`,
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  it("is all-or-nothing: a clash on the second table leaves both live tables in place", async () => {
    const names = parseVersion("clash");
    const at = new Date("2026-03-06T00:00:00Z");
    await pool.query(
      `CREATE TABLE ${qualified("predictions_archive", archiveTableName(names.tables.outputs, at))} (x int)`,
    );
    await logRows("clash", 3);
    await expect(archivePredictionTables(pool, names, at)).rejects.toThrow(
      /ALTER TABLE \.\.\. SET SCHEMA on table predictions\.clash_outputs/,
    );
    expect(await tablesIn("predictions", "clash\\_%")).toEqual([
      "clash_inputs",
      "clash_outputs",
    ]);
    expect(await count("predictions", "clash_inputs")).toBe(3);
  });

  it("archives a lone table when the other one was never created", async () => {
    const names = parseVersion("lone");
    await ensurePredictionTables(pool, names);
    await pool.query(
      `DROP TABLE ${qualified("predictions", names.tables.outputs)}`,
    );
    const at = new Date("2026-03-07T00:00:00Z");
    expect(await archivePredictionTables(pool, names, at)).toEqual([
      `predictions_archive.${archiveTableName("lone_inputs", at)}`,
    ]);
  });
});

describe("dropPredictionTables", () => {
  it("drops the live tables only, then is a no-op", async () => {
    await logRows("gone", 2);
    expect(await dropPredictionTables(pool, parseVersion("gone"))).toEqual([
      "predictions.gone_inputs",
      "predictions.gone_outputs",
    ]);
    expect(await tablesIn("predictions", "gone\\_%")).toEqual([]);
    expect(await dropPredictionTables(pool, parseVersion("gone"))).toEqual([]);
  });
});
