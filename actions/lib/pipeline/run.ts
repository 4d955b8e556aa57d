import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../errors.js";
import { numberInput, type InputSource } from "../inputs.js";
import { SMOKE_DEFAULTS } from "../smoke/options.js";
import type { CommandRunner } from "../exec.js";
import { evaluateGate } from "../gate/evaluate.js";
import { loadGateInput } from "../gate/load.js";
import { renderReport as renderGateReport } from "../gate/report.js";
import { parseRules } from "../gate/rules.js";
import type { Logger } from "../logger.js";
import { formatNumber, metricsToObject, type Metrics } from "../metrics-file.js";
import { revertVersion, type RevertPlatform } from "../revert/core.js";
import { runSmokeTest } from "../smoke/index.js";
import type { SmokeOptions } from "../smoke/options.js";
import { train } from "../train/core.js";
import type { VersionNames } from "../version.js";
import { openPool } from "../db/schema.js";
import {
  renderStageReport,
  StageRunner,
  type ProgressSink,
  type StageOutcome,
  type StageResult,
} from "./stages.js";

/** What a deploy target did with a new version. */
export interface Deployed {
  url: string;
  versionUrl: string;
  detail: string;
}

/** Where the pipeline ships to: the local machine or AWS. Same stages, different hands. */
export interface PipelineTarget {
  readonly name: "local" | "aws";
  /** The deployments registry (the local target starts its own Postgres). */
  databaseUrl(): Promise<string | undefined>;
  build(
    version: VersionNames,
  ): Promise<{ outcome: StageOutcome; image?: string; digest?: string }>;
  deploy(args: {
    version: VersionNames;
    image?: string;
    digest?: string;
    metrics: Record<string, number>;
    canaryWeight: number;
  }): Promise<Deployed>;
  /** Gives the version all traffic and marks it serving. */
  shiftAll(
    version: VersionNames,
    metrics: Record<string, number>,
  ): Promise<string>;
  revertPlatform(): RevertPlatform;
}

/** Everything one pipeline run needs, validated. */
export interface PipelineOptions {
  app: string;
  version: VersionNames;
  trainCommand: string;
  workingDirectory: string;
  metricsFile: string;
  rules: string;
  casesFile?: string;
  smoke: Pick<
    SmokeOptions,
    | "requests"
    | "concurrency"
    | "p95Ms"
    | "maxErrorRate"
    | "readyTimeoutSeconds"
  >;
  canaryWeight: number;
  target: PipelineTarget;
  runner: CommandRunner;
  logger: Logger;
  progress: ProgressSink;
  /** Where the gate and pipeline reports are written, if anywhere. */
  reportDir?: string;
}

/**
 * The smoke-test bounds and canary weight, from inputs named like the actions' (`requests`,
 * `concurrency`, `p95-ms`, `max-error-rate`, `ready-timeout-seconds`, `canary-weight`). Shared by
 * the CLI and the root action.
 */
export function readPipelineTuning(
  read: InputSource,
): Pick<PipelineOptions, "smoke" | "canaryWeight"> {
  const n = (
    name: string,
    fallback: number,
    rule: Parameters<typeof numberInput>[3],
  ) => numberInput(read, name, fallback, rule) as number;
  return {
    smoke: {
      requests: n("requests", SMOKE_DEFAULTS.requests, {
        min: 1,
        integer: true,
      }),
      concurrency: n("concurrency", SMOKE_DEFAULTS.concurrency, {
        min: 1,
        integer: true,
      }),
      p95Ms: n("p95-ms", SMOKE_DEFAULTS.p95Ms, { min: 0 }),
      maxErrorRate: n("max-error-rate", SMOKE_DEFAULTS.maxErrorRate, {
        min: 0,
        max: 1,
      }),
      readyTimeoutSeconds: n(
        "ready-timeout-seconds",
        SMOKE_DEFAULTS.readyTimeoutSeconds,
        {
          min: 1,
        },
      ),
    },
    canaryWeight: n("canary-weight", 10, { min: 1, max: 100, integer: true }),
  };
}

/** How the run went. */
export interface PipelineResult {
  passed: boolean;
  stages: StageResult[];
  report: string;
  gateReport?: string;
  deployed?: Deployed;
  revertedAfterFailure: boolean;
}

function headline(metrics: Metrics): string {
  const shown = ["accuracy", "macro_f1", "log_loss"].filter((k) =>
    metrics.has(k),
  );
  const keys = shown.length > 0 ? shown : [...metrics.keys()].slice(0, 3);
  return keys
    .map((k) => `${k} ${formatNumber(metrics.get(k) ?? NaN)}`)
    .join(", ");
}

function save(
  dir: string | undefined,
  name: string,
  text: string,
): string | undefined {
  if (!dir) return undefined;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/**
 * Runs train → gate → build → deploy → smoke-test → traffic shift. A failed smoke test reverts
 * the new version at once (nothing half-deployed is left serving). Never throws for a failed
 * stage: the result says which stage failed and why.
 */
export async function runPipeline(o: PipelineOptions): Promise<PipelineResult> {
  const stages = new StageRunner(o.progress, o.logger);
  const rules = parseRules(o.rules);
  const v = o.version.version;
  const state: Partial<{
    metrics: Metrics;
    gateReport: string;
    deployed: Deployed;
    db: string;
  }> = {};
  let revertedAfterFailure = false;
  try {
    await stages.run("train", async () => {
      const result = await train({
        ...pickTrain(o),
        runner: o.runner,
        logger: o.logger,
      });
      state.metrics = result.metrics;
      return `${headline(result.metrics)} (${result.durationSeconds.toFixed(1)} s)`;
    });
    const metrics = state.metrics as Metrics;
    state.db = await o.target.databaseUrl();
    await stages.run("gate", async () => {
      const input = await loadGateInput(
        {
          metricsFile: path.resolve(o.workingDirectory, o.metricsFile),
          history: [],
          baselineFrom: state.db ? "registry" : "file",
          databaseUrl: state.db,
          app: o.app,
        },
        rules,
        o.logger,
      );
      const gate = evaluateGate(input);
      state.gateReport = renderGateReport(gate, {
        app: o.app,
        candidateLabel: v,
      });
      const file = save(o.reportDir, `gate-${v}.md`, state.gateReport);
      const against = input.baseline
        ? `against ${input.baseline.label}`
        : "no baseline yet";
      if (!gate.passed) {
        const why = gate.failed
          .map((r) => `${r.rule.text}: ${r.detail}`)
          .join("; ");
        throw new ConfigurationError(
          `${gate.failed.length} rule(s) failed (${against}): ${why}`,
        );
      }
      return `${gate.results.length - gate.skipped.length} rule(s) passed, ${against}${file ? `; report ${file}` : ""}`;
    });
    let built: Awaited<ReturnType<PipelineTarget["build"]>> = { outcome: "" };
    await stages.run("build", async () => {
      built = await o.target.build(o.version);
      return built.outcome;
    });
    await stages.run("deploy", async () => {
      state.deployed = await o.target.deploy({
        version: o.version,
        image: built.image,
        digest: built.digest,
        metrics: metricsToObject(metrics),
        canaryWeight: o.canaryWeight,
      });
      return state.deployed.detail;
    });
    const deployed = state.deployed as Deployed;
    try {
      await stages.run("smoke-test", async () => {
        const result = await runSmokeTest(
          {
            ...o.smoke,
            url: deployed.versionUrl,
            version: v,
            casesFile: o.casesFile,
            databaseUrl: state.db,
            app: o.app,
          },
          o.logger,
        );
        if (!result.passed) throw new Error(result.reasons.join("; "));
        const load = result.load;
        return load
          ? `p95 ${load.p95.toFixed(1)} ms, error rate ${(load.errorRate * 100).toFixed(2)}% over ${load.sent} requests`
          : "passed";
      });
    } catch (error) {
      revertedAfterFailure = true;
      await stages.run("revert (smoke test failed)", async () => {
        const pool = state.db ? openPool(state.db) : undefined;
        try {
          const result = await revertVersion({
            app: o.app,
            version: v,
            dropData: false,
            force: true,
            db: pool,
            platform: o.target.revertPlatform(),
            logger: o.logger,
          });
          return `traffic now ${JSON.stringify(result.traffic)}; archived ${result.archivedTables.length} table(s)`;
        } finally {
          await pool?.end();
        }
      });
      throw error;
    }
    await stages.run("traffic", () =>
      o.target.shiftAll(o.version, metricsToObject(metrics)),
    );
  } catch {
    // Each failure is already recorded as its stage's result; the report below tells it.
  }
  const report = renderStageReport(
    `modelship pipeline ${v} (${o.target.name})`,
    stages.results,
  );
  save(o.reportDir, `pipeline-${v}.md`, report);
  return {
    passed: stages.passed,
    stages: stages.results,
    report,
    gateReport: state.gateReport,
    deployed: state.deployed,
    revertedAfterFailure,
  };
}

function pickTrain(o: PipelineOptions) {
  return {
    command: o.trainCommand,
    workingDirectory: o.workingDirectory,
    metricsFile: o.metricsFile,
  };
}
