import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { connectLocalDatabase } from "../helpers/local-target.js";
import { ROOT } from "../helpers/run-bundle.js";

// The README's main job, end to end, through the committed CLI bundle: two local pipeline runs,
// then a revert, checked against the rows and tables left in the real (npm) PostgreSQL.

const CLI = path.join(ROOT, "actions/cli/dist/index.js");
const BLOCKER = path.join(ROOT, "test/helpers/block-network.mjs");
const state = mkdtempSync(path.join(os.tmpdir(), "modelship-e2e-"));

function cli(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, ...args, "--state-dir", state],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_OPTIONS: `--import ${BLOCKER}` },
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

/** A client of the local target's PostgreSQL, whose port the CLI wrote into the state dir. */
async function stateDatabase(): Promise<pg.Client> {
  return connectLocalDatabase(state);
}

describe("modelship pipeline --target local (end to end)", () => {
  let db: pg.Client | undefined;

  afterAll(async () => {
    await db?.end();
    await cli("down");
    rmSync(state, { recursive: true, force: true });
  }, 60_000);

  // One test for the whole story: each step needs the state the one before it left.
  it("deploys v1, then v2 beside it with every smoke request logged, then reverts v2 (and again, a no-op)", async () => {
    // The image build is exercised by test/build-push and test/service (podman); here the
    // local deploy runs the service as a node process.
    const pipeline = (version: string) =>
      cli(
        "pipeline",
        "--target",
        "local",
        "--version",
        version,
        "--build",
        "never",
      );
    const v1 = await pipeline("v1");
    expect(v1.out).toMatch(/modelship pipeline v1 \(local\): passed/);
    expect(v1.code).toBe(0);
    const v2 = await pipeline("v2");
    expect(v2.out).toMatch(/against v1 \(serving, 100% of traffic\)/);
    expect(v2.out).toMatch(/traffic v2=10,v1=90/);
    expect(v2.code).toBe(0);

    db = await stateDatabase();
    const deployed = await db.query(
      "SELECT version, status, traffic_weight, target FROM deployments WHERE app = 'modelship' ORDER BY version",
    );
    expect(deployed.rows).toEqual([
      { version: "v1", status: "serving", traffic_weight: 0, target: "local" },
      {
        version: "v2",
        status: "serving",
        traffic_weight: 100,
        target: "local",
      },
    ]);
    const logged = await db.query(
      "SELECT count(*)::int AS n FROM predictions.v2_outputs",
    );
    expect(logged.rows[0].n).toBeGreaterThanOrEqual(200);
    // Logged once, by the version's gateway: the example service behind it opened no journal.
    expect(existsSync(path.join(state, "journal", "gateway-v2"))).toBe(true);
    expect(existsSync(path.join(state, "journal", "v2"))).toBe(false);

    const before = await db.query(
      "SELECT count(*)::int AS n FROM predictions.v2_inputs",
    );
    const revert = await cli("revert", "v2");
    expect(revert.out).toMatch(/reverted v2; traffic \{"v1":100\}/);
    expect(revert.code).toBe(0);
    const { rows } = await db.query(
      "SELECT version, status, traffic_weight, archived_tables FROM deployments ORDER BY version",
    );
    expect(rows[0]).toMatchObject({
      version: "v1",
      status: "serving",
      traffic_weight: 100,
    });
    expect(rows[1]).toMatchObject({
      version: "v2",
      status: "reverted",
      traffic_weight: 0,
    });
    const archived = rows[1].archived_tables as string[];
    expect(archived.map((t) => t.replace(/_\d{12}$/, ""))).toEqual([
      "predictions_archive.v2_inputs",
      "predictions_archive.v2_outputs",
    ]);
    const [schema, table] = (archived[0] as string).split(".");
    const after = await db.query(
      `SELECT count(*)::int AS n FROM "${schema}"."${table}"`,
    );
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const live = await db.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'predictions' ORDER BY 1",
    );
    expect(live.rows.map((r) => r.table_name)).toEqual([
      "feedback",
      "v1_inputs",
      "v1_outputs",
    ]);
    const again = await cli("revert", "v2");
    expect(again.out).toMatch(/already reverted/);
    expect(again.code).toBe(0);
  }, 360_000);
});
