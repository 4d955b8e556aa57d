// `modelship ab` on two stream versions: they consumed the same events, so their log rows share
// request ids (shard and sequence number); the A/B result reports their agreement rate, and each
// version's online accuracy from the feedback given on those events.
import pg from "pg";
import { runAbTest } from "../../actions/lib/ab/core.js";
import { renderAbReport } from "../../actions/lib/ab/report.js";
import { parseAbRules } from "../../actions/lib/ab/rules.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  deploy,
  giveFeedback,
  logOutputs,
  predictionTables,
} from "../ab/tables.js";

const APP = "rides";
let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

it("reports the agreement of two stream versions on the same events and each one's online accuracy", async () => {
  const s1 = await predictionTables(pool, "s1");
  const s2 = await predictionTables(pool, "s2");
  await deploy(pool, { app: APP, version: "s1", weight: 50 });
  await deploy(pool, { app: APP, version: "s2", weight: 50 });
  // 400 events; s2 disagrees with s1 on every 10th; the truth is s1's label except every 20th.
  const events = Array.from({ length: 400 }, (_, i) => `shard-0000:${i + 1}`);
  const label = (i: number, version: "s1" | "s2") =>
    version === "s2" && i % 10 === 0 ? "no" : "yes";
  for (const [names, version] of [
    [s1, "s1"],
    [s2, "s2"],
  ] as const)
    await logOutputs(
      pool,
      names,
      events.map((requestId, i) => ({
        requestId,
        label: label(i, version),
        latencyMs: 5,
      })),
    );
  await giveFeedback(
    pool,
    APP,
    events.map((requestId, i) => ({
      requestId,
      version: "s1",
      label: i % 20 === 0 ? "no" : "yes",
    })),
  );
  const result = await runAbTest(
    {
      app: APP,
      rules: parseAbRules("online_accuracy delta >= -0.2", 0.95),
      level: 0.95,
      minSamples: 100,
      maxWaitSeconds: 0,
      pollSeconds: 30,
      onInsufficient: "fail",
      seed: 1,
    },
    { db: pool, logger: memoryLogger() },
  );
  expect(result.shadows).toEqual([
    expect.objectContaining({
      shadow: "s2",
      servedBy: ["s1"],
      matched: 400,
      compared: "label",
      comparable: 400,
      agreed: 360,
    }),
  ]);
  const accuracy = Object.fromEntries(
    result.versions.map((v) => [
      v.version,
      v.accuracy.successes / v.accuracy.n,
    ]),
  );
  // s1 says "yes" everywhere: wrong on the 20 events whose truth is "no" (i % 20 == 0).
  expect(accuracy.s1).toBeCloseTo(380 / 400, 5);
  // s2 says "no" on i % 10 == 0: right on those 20 truths, wrong on the other 20 of its 40.
  expect(accuracy.s2).toBeCloseTo(380 / 400, 5);
  expect(renderAbReport(result)).toMatch(/\| s2 \| s1 \| 400 \|/);
});
