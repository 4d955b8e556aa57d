import pg from "pg";
import { seededRandom } from "../../actions/lib/ab/random.js";
import { openPool } from "../../actions/lib/db/pool.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { runBundle } from "../helpers/run-bundle.js";
import { deploy, predictionTables, serveTraffic } from "./tables.js";

// The ab-test action's bundle, run the way the runner runs it: INPUT_* variables, the output and
// summary files, and the exit code.
describe("the ab-test action's bundle", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await deploy(pool, { app: "iris", version: "v1", weight: 90 });
    await deploy(pool, { app: "iris", version: "v2", weight: 10 });
    const random = seededRandom(31);
    const base = { n: 0, mu: Math.log(20), sigma: 0.3 };
    for (const [version, accuracy] of [
      ["v1", 0.9],
      ["v2", 0.75],
    ] as const) {
      const names = await predictionTables(pool, version);
      await serveTraffic(pool, {
        app: "iris",
        names,
        truth: { ...base, version, accuracy },
        count: 1000,
        random,
      });
    }
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  const run = (inputs: Record<string, string>) =>
    runBundle("ab-test", {
      inputs: {
        app: "iris",
        "database-url": db.url,
        candidate: "v2",
        "max-wait-seconds": "0",
        ...inputs,
      },
    });

  it("fails the step when a rule fails, with the report in the summary and the outputs", async () => {
    const result = await run({ rules: "online_accuracy delta >= -0.02" });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({
      passed: "false",
      decision: "rule-failed",
    });
    expect(result.summary).toContain(
      "## A/B test of iris: v1 vs v2 — failed ✖",
    );
    expect(result.stdout).toContain(
      "::error::ab-test failed: 1 rule(s) failed",
    );
  });

  it("passes when every rule passes", async () => {
    const result = await run({
      rules: "online_accuracy delta >= -0.3\np95_latency_ms delta <= 10",
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      passed: "true",
      decision: "rules-passed",
    });
  });

  it("exits 2 on a configuration error", async () => {
    const result = await run({ level: "101" });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/input "level" must be a confidence level/);
  });
});
