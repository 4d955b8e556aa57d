import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openPool } from "../../actions/lib/db/pool.js";
import type { DashboardSnapshot } from "../../actions/lib/dashboard/data.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { spawnCliFromSource } from "../helpers/cli-source.js";
import { deploy, knownTraffic } from "./traffic.js";

// `modelship dashboard` as a user runs it: it prints its URL, serves until SIGTERM, exits 0.
describe("modelship dashboard (the CLI)", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await deploy(pool, { app: "iris", version: "v1", weight: 100 });
    await knownTraffic(pool, {
      app: "iris",
      version: "v1",
      count: 7,
      correct: 7,
    });
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it("serves the app's figures on the port it prints, and stops cleanly on SIGTERM", async () => {
    const child = spawnCliFromSource(
      ["dashboard", "--app", "iris", "--port", "0", "--database-url", db.url],
      { cwd: mkdtempSync(path.join(os.tmpdir(), "modelship-dash-")) },
    );
    const out = () => child.output();
    const exited = new Promise<number | null>((resolve) =>
      child.on("close", resolve),
    );
    const deadline = Date.now() + 30_000;
    while (!/http:\/\/127\.0\.0\.1:\d+\//.test(out()) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out())?.[0];
    expect(url).toBeDefined();
    const snapshot = (await (
      await fetch(new URL("api/summary", url))
    ).json()) as DashboardSnapshot;
    expect(
      snapshot.versions.map((v) => [v.version, v.traffic, v.requests]),
    ).toEqual([["v1", 100, 7]]);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out()).toContain("SIGTERM: stopping the dashboard");
  }, 60_000);
});
