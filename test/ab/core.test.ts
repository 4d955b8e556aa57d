import pg from "pg";
import {
  runAbTest,
  type AbRequest,
  type Clock,
} from "../../actions/lib/ab/core.js";
import { seededRandom } from "../../actions/lib/ab/random.js";
import { renderAbReport } from "../../actions/lib/ab/report.js";
import { parseAbRules } from "../../actions/lib/ab/rules.js";
import { openPool } from "../../actions/lib/db/pool.js";
import {
  ensurePredictionTables,
  migrate,
} from "../../actions/lib/db/schema.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import type { VersionTruth } from "./synthetic.js";
import {
  deploy,
  logOutputs,
  predictionTables,
  serveTraffic,
} from "./tables.js";

const APP = "iris";
const truth = (
  version: string,
  extra: Partial<VersionTruth> = {},
): VersionTruth => ({
  version,
  n: 0,
  accuracy: 0.9,
  mu: Math.log(20),
  sigma: 0.3,
  ...extra,
});

function request(rules: string, extra: Partial<AbRequest> = {}): AbRequest {
  return {
    app: APP,
    rules: parseAbRules(rules, 0.95),
    level: 0.95,
    minSamples: 100,
    maxWaitSeconds: 0,
    pollSeconds: 30,
    onInsufficient: "fail",
    seed: 1,
    ...extra,
  };
}

/** A clock that does not wait: sleeping moves time on and lets the test add traffic. */
function fakeClock(
  onSleep: () => Promise<void> = async () => undefined,
): Clock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    async sleep(ms) {
      slept.push(ms);
      now += ms;
      await onSleep();
    },
  };
}

describe("modelship ab on a real Postgres", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;

  beforeEach(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await migrate(pool);
  });
  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  async function canary(candidate: Partial<VersionTruth>, perVersion: number) {
    await deploy(pool, { app: APP, version: "v1", weight: 90 });
    await deploy(pool, {
      app: APP,
      version: "v2",
      weight: 10,
      status: "deploying",
    });
    const v1 = await predictionTables(pool, "v1");
    const v2 = await predictionTables(pool, "v2");
    const random = seededRandom(21);
    await serveTraffic(pool, {
      app: APP,
      names: v1,
      truth: truth("v1"),
      count: perVersion,
      random,
    });
    await serveTraffic(pool, {
      app: APP,
      names: v2,
      truth: truth("v2", candidate),
      count: perVersion,
      random,
    });
    return { v1, v2, random };
  }

  it("compares the versions that take traffic, from deployments, and passes a candidate as good as the baseline", async () => {
    await canary({}, 3000);
    const logger = memoryLogger();
    const result = await runAbTest(
      request("online_accuracy delta >= -0.03\np95_latency_ms delta <= 4"),
      { db: pool, logger, clock: fakeClock() },
    );
    expect(result.lineup?.baseline.names.version).toBe("v1");
    expect(result.lineup?.candidates.map((c) => c.names.version)).toEqual([
      "v2",
    ]);
    expect(
      result.versions.map((v) => [v.version, v.requests, v.accuracy.n]),
    ).toEqual([
      ["v1", 3000, 3000],
      ["v2", 3000, 3000],
    ]);
    expect(result.versions[0]!.accuracy.successes / 3000).toBeCloseTo(0.9, 1);
    expect(result.versions[0]!.absError.n).toBe(3000);
    expect(result).toMatchObject({
      passed: true,
      decision: "rules-passed",
      observations: 1,
    });
    expect(result.verdicts.map((v) => v.status)).toEqual(["pass", "pass"]);
  });

  it("fails a clearly worse candidate at once, without waiting", async () => {
    await canary({ accuracy: 0.8 }, 2000);
    const clock = fakeClock();
    const result = await runAbTest(
      request("online_accuracy delta >= -0.01 at 95%", { maxWaitSeconds: 600 }),
      { db: pool, logger: memoryLogger(), clock },
    );
    expect(result).toMatchObject({
      passed: false,
      decision: "rule-failed",
      observations: 1,
    });
    expect(clock.slept).toEqual([]);
    const [verdict] = result.verdicts;
    expect(verdict!.interval!.high).toBeLessThan(-0.01);
  });

  it("waits while a canary gathers observations, then decides on the data", async () => {
    const { v1, v2, random } = await canary({}, 20);
    let served = 20;
    const clock = fakeClock(async () => {
      // Traffic arrives while the step waits: 300 more requests per version each poll.
      for (const names of [v1, v2])
        await serveTraffic(pool, {
          app: APP,
          names,
          truth: truth(names.version),
          count: 300,
          from: served,
          random,
        });
      served += 300;
    });
    const logger = memoryLogger();
    const result = await runAbTest(
      request("online_accuracy delta >= -0.15", {
        maxWaitSeconds: 600,
        pollSeconds: 30,
      }),
      { db: pool, logger, clock },
    );
    expect(clock.slept).toEqual([30_000]);
    expect(result).toMatchObject({
      passed: true,
      decision: "rules-passed",
      observations: 2,
      waitedSeconds: 30,
    });
    expect(result.versions.map((v) => v.requests)).toEqual([320, 320]);
    expect(logger.text()).toMatch(
      /waiting 30 s for more observations \(0 of 600 s\): v2 online_accuracy delta >= -0\.15: insufficient \(~80 more per version\)/,
    );
  });

  it.each([
    ["pass", true],
    ["fail", false],
  ] as const)(
    "with too few observations after max-wait-seconds, does what on-insufficient %s says, and says so",
    async (onInsufficient, passed) => {
      await canary({}, 30);
      const clock = fakeClock();
      const result = await runAbTest(
        request("online_accuracy delta >= -0.01", {
          maxWaitSeconds: 90,
          pollSeconds: 30,
          onInsufficient,
        }),
        { db: pool, logger: memoryLogger(), clock },
      );
      expect(clock.slept).toEqual([30_000, 30_000, 30_000]);
      expect(result).toMatchObject({
        passed,
        decision: "insufficient",
        observations: 4,
      });
      expect(result.reason).toBe(
        `1 rule(s) still open after 90 s (max-wait-seconds 90): too few observations to decide, so the test ${passed ? "passes" : "fails"} as on-insufficient is "${onInsufficient}"`,
      );
      expect(renderAbReport(result)).toContain(
        `on-insufficient is ${onInsufficient} after 90 s`,
      );
    },
  );

  it("reports a shadow's agreement with the serving version on the same requests, and its latency", async () => {
    await deploy(pool, { app: APP, version: "v3", weight: 100 });
    await deploy(pool, { app: APP, version: "v4", weight: 0, role: "shadow" });
    const v3 = await predictionTables(pool, "v3");
    const v4 = await predictionTables(pool, "v4");
    const ids = Array.from({ length: 400 }, (_, i) => `req-${i}`);
    await logOutputs(
      pool,
      v3,
      ids.map((requestId) => ({ requestId, label: "setosa", latencyMs: 10 })),
    );
    // The shadow agrees on exactly 340 of 400 mirrored requests (85%) and is 5 ms slower.
    await logOutputs(
      pool,
      v4,
      ids.map((requestId, i) => ({
        requestId,
        label: i % 20 < 17 ? "setosa" : "virginica",
        latencyMs: 15,
      })),
    );
    const result = await runAbTest(request(""), {
      db: pool,
      logger: memoryLogger(),
      clock: fakeClock(),
    });
    expect(
      result.lineup?.candidates.map((c) => [c.names.version, c.role]),
    ).toEqual([["v4", "shadow"]]);
    const [shadow] = result.shadows;
    expect(shadow).toMatchObject({
      shadow: "v4",
      servedBy: ["v3"],
      matched: 400,
      compared: "label",
      comparable: 400,
      agreed: 340,
    });
    expect(shadow!.agreement!.estimate).toBeCloseTo(0.85, 10);
    expect(shadow!.agreement!.low).toBeLessThan(0.85);
    expect(shadow!.agreement!.high).toBeGreaterThan(0.85);
    const latency = result.comparisons.find(
      (c) => c.metric === "p95_latency_ms",
    );
    expect(latency?.difference?.estimate).toBe(5);
    const report = renderAbReport(result);
    expect(report).toContain("### Shadows");
    expect(report).toMatch(
      /\| v4 \| v3 \| 400 \| 0\.85 \[0\.81\d*, 0\.88\d*\] \(340\/400 labels\) \| — \| 15 \/ 15 \/ 15 \|/,
    );
  });

  it("reads tables made before value and output existed, and a version with no table at all", async () => {
    const old = parseVersion("v5");
    await ensurePredictionTables(pool, old);
    await pool.query(
      `INSERT INTO ${qualified("predictions", old.tables.outputs)} (request_id, item, predicted_at, model_version, label, probabilities, latency_ms)
       VALUES ('a', 0, now(), 'v5', 'x', '{}', 12), ('b', 0, now(), 'v5', 'y', '{}', 14)`,
    );
    const result = await runAbTest(
      request("online_accuracy delta >= -0.1", {
        versions: [old, parseVersion("v6")],
        minSamples: 1,
      }),
      { db: pool, logger: memoryLogger(), clock: fakeClock() },
    );
    expect(result.versions.map((v) => [v.version, v.requests])).toEqual([
      ["v5", 2],
      ["v6", 0],
    ]);
    expect(result.verdicts[0]).toMatchObject({
      status: "insufficient",
      samples: [0, 0],
    });
    expect(result).toMatchObject({ passed: false, decision: "insufficient" });
  });

  it("has nothing to compare when one version serves", async () => {
    await deploy(pool, { app: APP, version: "v1", weight: 100 });
    const result = await runAbTest(request("online_accuracy delta >= 0"), {
      db: pool,
      logger: memoryLogger(),
    });
    expect(result).toMatchObject({
      passed: true,
      decision: "nothing-to-compare",
    });
  });
});
