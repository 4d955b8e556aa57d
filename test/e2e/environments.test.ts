import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { artifactDigest } from "../../actions/lib/local/artifact.js";
import {
  connectLocalDatabase,
  deploymentRows,
  exampleWorkspace,
} from "../helpers/local-target.js";

// Environments on the local target, end to end through the CLI (from its sources): staging v1,
// promoted to production by its digest with no training or build; staging v2, whose smoke test
// fails; its promotion refused with nothing changed; then a revert in staging that leaves
// production running.

// The repository's own modelship.yml with two environments.
const { work, state, cli, down } = exampleWorkspace(
  "modelship-env-e2e-",
  "\nenvironments:\n  staging:\n    smoke:\n      requests: 50\n  production:\n",
);

describe("environments on the local target (end to end)", () => {
  let db: pg.Client;
  let dbOpen = true;
  const rows = () => deploymentRows(db, "modelship");
  const row = async (environment: string, version: string) =>
    (await rows()).find(
      (r) => r.environment === environment && r.version === version,
    );

  beforeAll(async () => {
    const v1 = await cli(
      "pipeline",
      "--env",
      "staging",
      "--version",
      "v1",
      "--build",
      "never",
    );
    expect(v1.out).toMatch(/modelship pipeline v1 \(local\): passed/);
    expect(v1.code).toBe(0);
    db = await connectLocalDatabase(state);
  }, 240_000);

  afterAll(async () => {
    if (dbOpen) await db?.end();
    await down();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it("deployed v1 to staging only, its smoke test recorded as passed and its logs in staging's tables", async () => {
    expect(await rows()).toEqual([
      expect.objectContaining({
        environment: "staging",
        version: "v1",
        status: "serving",
        traffic_weight: 100,
        smoke: "passed",
        image_digest: artifactDigest(path.join(state, "runs", "v1")),
      }),
    ]);
    const logged = await db.query(
      'SELECT count(*)::int AS n FROM "predictions__staging".v1_outputs',
    );
    expect(logged.rows[0].n).toBeGreaterThanOrEqual(50);
    const production = await db.query(
      "SELECT to_regclass('predictions.v1_outputs') AS t",
    );
    expect(production.rows[0].t).toBeNull();
  });

  it("promotes v1 to production with the same digest, without training or building", async () => {
    const digest = (await row("staging", "v1"))?.image_digest;
    const promote = await cli("promote", "v1", "--to", "production");
    expect(promote.out).toMatch(
      /modelship promote v1 staging → production \(local\): passed/,
    );
    expect(promote.code).toBe(0);
    expect(promote.out).not.toMatch(/▶ (train|gate|build)/);
    expect(await row("production", "v1")).toMatchObject({
      status: "serving",
      traffic_weight: 100,
      image_digest: digest,
      promoted_from: "staging",
      smoke: "passed",
    });
    expect(artifactDigest(path.join(state, "runs", "v1"))).toBe(digest);
    const logged = await db.query(
      "SELECT count(*)::int AS n FROM predictions.v1_outputs",
    );
    expect(logged.rows[0].n).toBeGreaterThanOrEqual(200);
  }, 120_000);

  it("ships v2 to staging, where its smoke test fails and it is reverted", async () => {
    const v2 = await cli(
      "pipeline",
      "--env",
      "staging",
      "--version",
      "v2",
      "--build",
      "never",
      "--p95-ms",
      "0",
    );
    expect(v2.code).toBe(1);
    expect(v2.out).toMatch(/revert \(smoke test failed\)/);
    expect(await row("staging", "v2")).toMatchObject({
      status: "reverted",
      smoke: "failed",
    });
    expect(await row("staging", "v1")).toMatchObject({ traffic_weight: 100 });
  }, 180_000);

  it("refuses to promote v2 and changes nothing", async () => {
    const before = await rows();
    const services = readFileSync(path.join(state, "services.json"), "utf8");
    const tables = await db.query(
      "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema LIKE 'predictions%' ORDER BY 1, 2",
    );
    const promote = await cli("promote", "v2", "--to", "production");
    expect(promote.code).toBe(1);
    expect(promote.out).toMatch(
      /not promoted: v2 failed its smoke test in staging and was reverted there/,
    );
    expect(promote.out).toMatch(/nothing was changed/);
    expect(await rows()).toEqual(before);
    expect(readFileSync(path.join(state, "services.json"), "utf8")).toBe(
      services,
    );
    const after = await db.query(
      "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema LIKE 'predictions%' ORDER BY 1, 2",
    );
    expect(after.rows).toEqual(tables.rows);
  }, 60_000);

  it("reverts v1 in staging and leaves production serving it", async () => {
    const revert = await cli("revert", "v1", "--env", "staging", "--force");
    expect(revert.out).toMatch(/reverted v1/);
    expect(revert.code).toBe(0);
    expect(await row("staging", "v1")).toMatchObject({
      status: "reverted",
      traffic_weight: 0,
    });
    expect(await row("production", "v1")).toMatchObject({
      status: "serving",
      traffic_weight: 100,
    });
    const archived = await db.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'predictions_archive__staging' ORDER BY 1",
    );
    expect(
      archived.rows.map((r) => r.table_name.replace(/_\d{12}$/, "")),
    ).toEqual(expect.arrayContaining(["v1_inputs", "v1_outputs"]));
    const live = await db.query(
      "SELECT to_regclass('predictions.v1_outputs')::text AS t",
    );
    expect(live.rows[0].t).toBe("predictions.v1_outputs");
    const status = await cli("status", "--json");
    const versions = (
      JSON.parse(status.out.slice(status.out.indexOf("{"))) as {
        versions: {
          environment: string;
          version: string;
          running: boolean;
          url?: string;
        }[];
      }
    ).versions;
    const production = versions.find(
      (v) => v.environment === "production" && v.version === "v1",
    );
    expect(production?.running).toBe(true);
    expect(
      versions.find((v) => v.environment === "staging" && v.version === "v1")
        ?.running,
    ).toBe(false);
    const ready = await fetch(`${production?.url}/ready`);
    expect(ready.status).toBe(200);
  }, 60_000);
  it("gives each environment its own router, and down stops every one", async () => {
    const status = await cli("status", "--json");
    const parsed = JSON.parse(status.out.slice(status.out.indexOf("{"))) as {
      url?: string;
      versions: { environment: string; role: string; router?: string }[];
    };
    const routerOf = (environment: string) =>
      parsed.versions.find((v) => v.environment === environment)?.router;
    expect(parsed.versions.every((v) => v.role === "serving")).toBe(true);
    const production = routerOf("production");
    const staging = routerOf("staging");
    expect(production).toBe(parsed.url);
    expect(staging).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(staging).not.toBe(production);
    // Each router follows its own environment's rows: v1 serves in production only.
    const split = async (url?: string) =>
      (
        (await (await fetch(`${url}/_modelship/status`)).json()) as {
          traffic: Record<string, number>;
        }
      ).traffic;
    expect(await split(production)).toEqual({ v1: 100 });
    expect(await split(staging)).toEqual({});
    // down stops PostgreSQL too: the test's connection ends first.
    await db.end();
    dbOpen = false;
    const stopped = await down();
    expect(stopped.code).toBe(0);
    for (const url of [production, staging])
      await expect(fetch(`${url}/_modelship/health`)).rejects.toThrow();
  }, 60_000);
});
