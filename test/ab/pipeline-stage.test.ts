import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { AbSettings } from "../../actions/lib/ab/inputs.js";
import { seededRandom } from "../../actions/lib/ab/random.js";
import { parseAbRules } from "../../actions/lib/ab/rules.js";
import { openPool } from "../../actions/lib/db/pool.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import {
  abStageEnabled,
  runAbStage,
} from "../../actions/lib/pipeline/ab-stage.js";
import {
  PIPELINE_INPUTS,
  readPipelineInputs,
} from "../../actions/lib/pipeline/inputs.js";
import { parseVersion } from "../../actions/lib/version.js";
import { inputsFor } from "../helpers/inputs.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { deploy, predictionTables, serveTraffic } from "./tables.js";

const settings = (rules: string): AbSettings => ({
  rules: parseAbRules(rules, 0.95),
  level: 0.95,
  minSamples: 100,
  maxWaitSeconds: 0,
  pollSeconds: 1,
  onInsufficient: "fail",
});

describe("the pipeline's A/B stage settings", () => {
  it("is off without rules, and reads the ab: section of modelship.yml under ab- inputs", () => {
    const config: Record<string, string> = {
      "gate.rules": "accuracy >= 0.9",
      "ab.rules": "online_accuracy delta >= -0.01\np95_latency_ms delta <= 5",
      "ab.max-wait-seconds": "900",
      "ab.on-insufficient": "pass",
    };
    const inputs = readPipelineInputs(
      inputsFor(
        PIPELINE_INPUTS,
        { "ab-level": "90", "train-command": "true" },
        (key) => config[key],
      ),
    );
    expect(inputs.ab.rules.map((r) => [r.metric, r.level])).toEqual([
      ["online_accuracy", 0.9],
      ["p95_latency_ms", 0.9],
    ]);
    expect(inputs.ab).toMatchObject({
      maxWaitSeconds: 900,
      onInsufficient: "pass",
      minSamples: 100,
    });
    expect(abStageEnabled(inputs.ab)).toBe(true);
    const off = readPipelineInputs(
      inputsFor(PIPELINE_INPUTS, {
        rules: "accuracy >= 0.9",
        "train-command": "true",
      }),
    );
    expect(abStageEnabled(off.ab)).toBe(false);
  });
});

describe("the pipeline's A/B stage on a real Postgres", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await deploy(pool, { app: "iris", version: "v0", weight: 0 });
    await pool.query(
      "UPDATE deployments SET status = 'reverted' WHERE version = 'v0'",
    );
    await deploy(pool, { app: "iris", version: "v1", weight: 90 });
    // The pipeline's new version, at its canary weight.
    await deploy(pool, {
      app: "iris",
      version: "v2",
      weight: 10,
      status: "deploying",
    });
    const random = seededRandom(8);
    const base = { n: 0, mu: Math.log(20), sigma: 0.3 };
    for (const [version, accuracy] of [
      ["v1", 0.9],
      ["v2", 0.8],
    ] as const) {
      const names = await predictionTables(pool, version);
      await serveTraffic(pool, {
        app: "iris",
        names,
        truth: { ...base, version, accuracy },
        count: 2000,
        random,
      });
    }
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  const stage = (
    rules: string,
    extra: { reportDir?: string; version?: string } = {},
  ) =>
    runAbStage({
      app: "iris",
      version: parseVersion(extra.version ?? "v2"),
      databaseUrl: db.url,
      settings: settings(rules),
      logger: memoryLogger(),
      reportDir: extra.reportDir,
    });

  it("judges the new version against the serving version with the most traffic, and writes its report", async () => {
    const reportDir = mkdtempSync(
      path.join(os.tmpdir(), "modelship-ab-stage-"),
    );
    const result = await stage("online_accuracy delta >= -0.2", { reportDir });
    expect(result.passed).toBe(true);
    expect(result.outcome).toBe("every rule passed");
    expect(result.result?.lineup?.baseline.names.version).toBe("v1");
    expect(
      result.result?.lineup?.candidates.map((c) => c.names.version),
    ).toEqual(["v2"]);
    expect(readFileSync(path.join(reportDir, "ab-v2.md"), "utf8")).toContain(
      "## A/B test of iris: v1 vs v2 — passed ✔",
    );
  });

  it("fails with the failing rule in its detail", async () => {
    const result = await stage("online_accuracy delta >= -0.02 at 99%");
    expect(result.passed).toBe(false);
    expect(String(result.outcome)).toMatch(
      /^1 rule\(s\) failed: online_accuracy delta >= -0.02 at 99%: online_accuracy delta −0\.\d+ \[−0\.\d+, −0\.\d+\] at 99%: no part of the interval is >= -0.02$/,
    );
  });

  it("is skipped without a database, or when no other version serves", async () => {
    const none = await runAbStage({
      app: "iris",
      version: parseVersion("v2"),
      settings: settings("online_accuracy delta >= 0"),
      logger: memoryLogger(),
    });
    expect(none).toMatchObject({
      passed: true,
      outcome: { skipped: expect.stringMatching(/no database-url/) },
    });
    const first = await runAbStage({
      app: "other",
      version: parseVersion("v1"),
      databaseUrl: db.url,
      settings: settings("online_accuracy delta >= 0"),
      logger: memoryLogger(),
    });
    expect(first).toMatchObject({
      passed: true,
      outcome: { skipped: expect.stringMatching(/nothing to compare/) },
    });
    expect(existsSync(path.join(os.tmpdir(), "ab-v1.md"))).toBe(false);
  });
});
