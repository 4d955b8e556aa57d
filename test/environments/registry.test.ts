import pg from "pg";
import {
  archivePredictionTables,
  getDeployment,
  listDeployments,
  markReverted,
  previousHealthyVersion,
  recordDeployment,
  recordedSplit,
  setTrafficWeights,
} from "../../actions/lib/db/deployments.js";
import { servingBaseline } from "../../actions/lib/db/baselines.js";
import { openPool } from "../../actions/lib/db/pool.js";
import {
  ensurePredictionTables,
  migrate,
  MIGRATIONS,
} from "../../actions/lib/db/schema.js";
import { parseVersion } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = openPool(db.url);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const staging = { app: "iris", environment: "staging" };

describe("the deployments registry per environment", () => {
  it("keeps rows written before environments existed as production rows", async () => {
    // A database at migration 2, with a row, as an existing deployment left it.
    await pool.query(`CREATE TABLE modelship_migrations (
      id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    for (const m of MIGRATIONS.slice(0, 2)) {
      await pool.query(m.sql);
      await pool.query(
        "INSERT INTO modelship_migrations (id, name) VALUES ($1, $2)",
        [m.id, m.name],
      );
    }
    await pool.query(
      `INSERT INTO deployments (app, version, status, traffic_weight, image_digest)
       VALUES ('iris', 'v1', 'serving', 100, 'sha256:aaa')`,
    );
    expect(await migrate(pool)).toEqual([3, 4]);
    const row = await getDeployment(pool, "iris", "v1");
    expect(row).toMatchObject({
      environment: "production",
      status: "serving",
      trafficWeight: 100,
      imageDigest: "sha256:aaa",
      promotedFrom: null,
      approvedBy: null,
      smoke: null,
      kind: null,
    });
    expect(await getDeployment(pool, staging, "v1")).toBeUndefined();
  });

  it("holds one row per environment for the same version, each read and written alone", async () => {
    await recordDeployment(pool, {
      ...staging,
      version: "v1",
      status: "serving",
      trafficWeight: 100,
      imageDigest: "sha256:aaa",
      smoke: "passed",
    });
    await recordDeployment(pool, {
      ...staging,
      version: "v2",
      status: "deploying",
      trafficWeight: 10,
    });
    await setTrafficWeights(
      pool,
      staging,
      new Map([
        ["v2", 10],
        ["v1", 90],
      ]),
    );
    expect(await recordedSplit(pool, staging)).toEqual({ v1: 90, v2: 10 });
    expect(await recordedSplit(pool, "iris")).toEqual({ v1: 100 });
    expect((await listDeployments(pool, "iris")).map((r) => r.version)).toEqual(
      ["v1"],
    );
    expect(
      (await listDeployments(pool, staging)).map((r) => [
        r.version,
        r.environment,
      ]),
    ).toEqual([
      ["v1", "staging"],
      ["v2", "staging"],
    ]);
  });

  it("records a promotion's source and approver, and reverts in one environment only", async () => {
    const promoted = await recordDeployment(pool, {
      app: "iris",
      version: "v1",
      status: "serving",
      promotedFrom: "staging",
      approvedBy: "octocat",
    });
    expect(promoted).toMatchObject({
      environment: "production",
      promotedFrom: "staging",
      approvedBy: "octocat",
    });
    expect(await previousHealthyVersion(pool, staging, "v2")).toBe("v1");
    await markReverted(pool, staging, "v1", []);
    expect((await getDeployment(pool, staging, "v1"))?.status).toBe("reverted");
    expect((await getDeployment(pool, "iris", "v1"))?.status).toBe("serving");
    expect(await previousHealthyVersion(pool, staging, "v2")).toBeUndefined();
  });

  it("keeps each environment's prediction tables in its own schemas, archived apart", async () => {
    const prod = parseVersion("v1");
    const stag = parseVersion("v1", "staging");
    await ensurePredictionTables(pool, prod);
    await ensurePredictionTables(pool, stag);
    const at = new Date("2026-12-01T12:00:00Z");
    const archived = await archivePredictionTables(pool, stag, at);
    expect(archived).toEqual([
      "predictions_archive__staging.v1_inputs_261201120000",
      "predictions_archive__staging.v1_outputs_261201120000",
    ]);
    const { rows } = await pool.query<{ s: string; t: string }>(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
        WHERE table_name LIKE 'v1%' ORDER BY 1, 2`,
    );
    expect(rows.map((r) => `${r.s}.${r.t}`)).toEqual([
      "predictions.v1_inputs",
      "predictions.v1_outputs",
      "predictions_archive__staging.v1_inputs_261201120000",
      "predictions_archive__staging.v1_outputs_261201120000",
    ]);
  });

  it("gives the gate production's serving version as the baseline unless told another environment", async () => {
    await recordDeployment(pool, {
      ...staging,
      version: "v9",
      status: "serving",
      trafficWeight: 100,
      metrics: { accuracy: 0.5 },
    });
    await recordDeployment(pool, {
      app: "iris",
      version: "v1",
      status: "serving",
      trafficWeight: 100,
      metrics: { accuracy: 0.97 },
    });
    await setTrafficWeights(pool, staging, new Map([["v9", 100]]));
    expect((await servingBaseline(pool, "iris"))?.version).toBe("v1");
    expect((await servingBaseline(pool, "iris", "staging"))?.version).toBe(
      "v9",
    );
  });
});
