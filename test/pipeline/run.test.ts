import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeRunner } from "../../actions/lib/exec.js";
import { parseRules } from "../../actions/lib/gate/rules.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { runPipeline } from "../../actions/lib/pipeline/run.js";
import type { PipelineTarget } from "../../actions/lib/pipeline/target.js";
import { parseVersion } from "../../actions/lib/version.js";

// The pipeline passes only when every stage did: a failure anywhere, inside a stage or between
// stages, fails the run (a run once reported "passed" after training only).

const quiet = { start: () => undefined, end: () => undefined };

function target(overrides: Partial<PipelineTarget>): PipelineTarget {
  const never = () => Promise.reject(new Error("not reached"));
  return {
    name: "local",
    databaseUrl: async () => undefined,
    build: async () => ({ outcome: { skipped: "test" } }),
    deploy: never,
    shiftAll: never,
    revertPlatform: () => {
      throw new Error("not reached");
    },
    ...overrides,
  };
}

function options(t: PipelineTarget) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pipeline-run-"));
  return {
    app: "iris",
    version: parseVersion("v1"),
    train: {
      command: `echo '{"accuracy": 0.95}' > metrics.json`,
      workingDirectory: dir,
      metricsFile: "metrics.json",
    },
    rules: parseRules("accuracy >= 0.9"),
    smoke: {
      requests: 1,
      concurrency: 1,
      p95Ms: 500,
      maxErrorRate: 0,
      readyTimeoutSeconds: 1,
      checkLogs: false,
      paths: { predict: "/predict", ready: "/ready", health: "/health" },
    },
    canaryWeight: 10,
    target: t,
    runner: nodeRunner,
    logger: memoryLogger(),
    progress: quiet,
  };
}

describe("runPipeline", () => {
  it("fails the run when the target's database cannot be reached", async () => {
    const result = await runPipeline(
      options(
        target({
          databaseUrl: () => Promise.reject(new Error("no database here")),
        }),
      ),
    );
    expect(result.passed).toBe(false);
    expect(result.stages.map((s) => `${s.name} ${s.status}`)).toEqual([
      "train passed",
      "gate failed",
    ]);
    expect(result.report).toMatch(/no database here/);
  });

  it("fails the run when a deploy fails, naming the stage", async () => {
    const result = await runPipeline(
      options(
        target({
          deploy: () => Promise.reject(new Error("stack rolled back")),
        }),
      ),
    );
    expect(result.passed).toBe(false);
    expect(result.stages.at(-1)).toMatchObject({
      name: "deploy",
      status: "failed",
      detail: "stack rolled back",
    });
  });
});
