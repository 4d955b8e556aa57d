import http from "node:http";
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { seededRandom } from "../../actions/lib/ab/random.js";
import { parseAbRules } from "../../actions/lib/ab/rules.js";
import {
  getDeployment,
  recordDeployment,
  recordedSplit,
  setTrafficWeights,
} from "../../actions/lib/db/deployments.js";
import { openPool } from "../../actions/lib/db/pool.js";
import { nodeRunner } from "../../actions/lib/exec.js";
import { parseRules } from "../../actions/lib/gate/rules.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { runPipeline } from "../../actions/lib/pipeline/run.js";
import type { PipelineTarget } from "../../actions/lib/pipeline/target.js";
import { parseVersion } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { deploy, predictionTables, serveTraffic } from "./tables.js";

// The whole pipeline with its A/B stage on: a target whose deployments live in a real Postgres and
// whose new version is a tiny HTTP server; canary traffic arrives once the version is deployed.

const quiet = { start: () => undefined, end: () => undefined };

async function modelServer(
  version: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, {
      "content-type": "application/json",
      "x-model-version": version,
    });
    res.end(
      JSON.stringify({ ready: true, status: "ok", model_version: version }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("the pipeline with its A/B stage", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;
  let server: Awaited<ReturnType<typeof modelServer>>;

  beforeEach(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await deploy(pool, { app: "iris", version: "v1", weight: 100 });
    server = await modelServer("v2");
  });
  afterEach(async () => {
    await server.close();
    await pool.end();
    await db.drop();
  });

  /** A target over the database: deploy records the canary, and its traffic then arrives. */
  function target(canaryAccuracy: number): PipelineTarget {
    const random = seededRandom(17);
    const base = { n: 0, mu: Math.log(20), sigma: 0.3 };
    return {
      name: "local",
      databaseUrl: async () => db.url,
      build: async () => ({ outcome: { skipped: "test" } }),
      async deploy({ version, canaryWeight }) {
        await recordDeployment(pool, {
          app: "iris",
          version: version.version,
          status: "deploying",
          trafficWeight: canaryWeight,
        });
        await setTrafficWeights(
          pool,
          "iris",
          new Map([
            ["v1", 100 - canaryWeight],
            [version.version, canaryWeight],
          ]),
        );
        for (const [v, accuracy] of [
          ["v1", 0.9],
          ["v2", canaryAccuracy],
        ] as const)
          await serveTraffic(pool, {
            app: "iris",
            names: await predictionTables(pool, v),
            truth: { ...base, version: v, accuracy },
            count: 1500,
            random,
          });
        return {
          url: server.url,
          versionUrl: server.url,
          detail: "v2 deployed",
        };
      },
      async shiftAll(version) {
        await setTrafficWeights(
          pool,
          "iris",
          new Map([[version.version, 100]]),
        );
        return `${version.version}=100`;
      },
      revertPlatform: () => ({
        currentTraffic: () => recordedSplit(pool, "iris"),
        applyTraffic: async (next) => {
          await setTrafficWeights(pool, "iris", new Map(Object.entries(next)));
          return next;
        },
        versionExists: async () => true,
        deleteVersion: async () => ({ deleted: true, alreadyGone: false }),
        deleteImages: async () => [],
      }),
    };
  }

  function run(canaryAccuracy: number) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pipeline-ab-"));
    return runPipeline({
      app: "iris",
      version: parseVersion("v2"),
      train: {
        command: `echo '{"accuracy": 0.95}' > metrics.json`,
        workingDirectory: dir,
        metricsFile: "metrics.json",
      },
      rules: parseRules("accuracy >= 0.9"),
      smoke: {
        requests: 5,
        concurrency: 1,
        p95Ms: 500,
        maxErrorRate: 0,
        readyTimeoutSeconds: 5,
        checkLogs: false,
        paths: { predict: "/predict", ready: "/ready", health: "/health" },
      },
      ab: {
        rules: parseAbRules("online_accuracy delta >= -0.03", 0.95),
        level: 0.95,
        minSamples: 100,
        maxWaitSeconds: 0,
        pollSeconds: 1,
        onInsufficient: "fail",
      },
      canaryWeight: 10,
      target: target(canaryAccuracy),
      runner: nodeRunner,
      logger: memoryLogger(),
      progress: quiet,
      reportDir: dir,
    });
  }

  it("runs the A/B test between smoke-test and traffic, and shifts traffic when it passes", async () => {
    const result = await run(0.9);
    expect(result.stages.map((s) => `${s.name} ${s.status}`)).toEqual([
      "train passed",
      "gate passed",
      "build skipped",
      "deploy passed",
      "smoke-test passed",
      "a/b test passed",
      "traffic passed",
    ]);
    expect(result.passed).toBe(true);
    expect(result.abReport).toContain(
      "## A/B test of iris: v1 vs v2 — passed ✔",
    );
    expect(await recordedSplit(pool, "iris")).toEqual({ v2: 100 });
  });

  it("reverts the new version when the A/B test fails, and never shifts traffic to it", async () => {
    const result = await run(0.75);
    expect(result.stages.map((s) => `${s.name} ${s.status}`)).toEqual([
      "train passed",
      "gate passed",
      "build skipped",
      "deploy passed",
      "smoke-test passed",
      "a/b test failed",
      "revert (A/B test failed) passed",
    ]);
    expect(result.passed).toBe(false);
    expect(result.revertedAfterFailure).toBe(true);
    expect(result.stages[5]!.detail).toMatch(
      /^1 rule\(s\) failed: online_accuracy delta >= -0.03: /,
    );
    expect((await getDeployment(pool, "iris", "v2"))?.status).toBe("reverted");
    expect(await recordedSplit(pool, "iris")).toEqual({ v1: 100 });
  });
});
