/**
 * The pipeline: train → gate → build → deploy → smoke-test → (A/B test) → traffic. A failed smoke
 * or A/B test reverts the new version at once, so nothing half-deployed is left serving.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AbSettings } from "../ab/inputs.js";
import { openPool } from "../db/pool.js";
import { ConfigurationError } from "../errors.js";
import type { CommandRunner } from "../exec.js";
import { evaluateGate } from "../gate/evaluate.js";
import { loadGateInput } from "../gate/load.js";
import { renderReport as renderGateReport } from "../gate/report.js";
import type { Rule } from "../gate/rules.js";
import type { Logger } from "../logger.js";
import {
  formatNumber,
  metricsToObject,
  type Metrics,
} from "../metrics-file.js";
import { revertVersion } from "../revert/core.js";
import type { SmokeOptions } from "../smoke/options.js";
import { train } from "../train/core.js";
import type { TrainInputs } from "../train/inputs.js";
import type { VersionNames } from "../version.js";
import { abStageEnabled, runAbStage } from "./ab-stage.js";
import { smokeRecorded } from "./smoke-record.js";
import {
  renderStageReport,
  StageRunner,
  type ProgressSink,
  type StageResult,
} from "./stages.js";
import type { BuiltImage, Deployed, PipelineTarget } from "./target.js";

/** Smoke-test options that do not depend on where the version runs. */
export type SmokeTuningOptions = Omit<
  SmokeOptions,
  "url" | "version" | "databaseUrl" | "app"
>;

/** Everything one pipeline run needs, validated. */
export interface PipelineOptions {
  app: string;
  version: VersionNames;
  train: TrainInputs;
  rules: Rule[];
  smoke: SmokeTuningOptions;
  canaryWeight: number;
  /** The A/B stage's settings; off when absent or without rules. */
  ab?: AbSettings;
  target: PipelineTarget;
  runner: CommandRunner;
  logger: Logger;
  progress: ProgressSink;
  /** Base for a relative working directory; default process.cwd(). */
  cwd?: string;
  /** The run's own directory (MODELSHIP_RUN_DIR); default the working directory. */
  runDir?: string;
  /** Where the gate and pipeline reports are written, if anywhere. */
  reportDir?: string;
}

/** How the run went. */
export interface PipelineResult {
  passed: boolean;
  stages: StageResult[];
  report: string;
  gateReport?: string;
  abReport?: string;
  deployed?: Deployed;
  revertedAfterFailure: boolean;
}

/** What the stages hand each other. */
interface PipelineRun extends PipelineOptions {
  stages: StageRunner;
  metrics?: Metrics;
  metricsFile?: string;
  databaseUrl?: string;
  gateReport?: string;
  abReport?: string;
  built?: BuiltImage;
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

const metricsOf = (run: PipelineRun) =>
  metricsToObject(run.metrics ?? new Map());

async function trainStage(run: PipelineRun): Promise<void> {
  await run.stages.run("train", async () => {
    const result = await train({
      ...run.train,
      runner: run.runner,
      logger: run.logger,
      cwd: run.cwd,
      runDir: run.runDir,
    });
    run.metrics = result.metrics;
    run.metricsFile = result.metricsFile;
    return `${headline(result.metrics)} (${result.durationSeconds.toFixed(1)} s)`;
  });
}

async function gateStage(run: PipelineRun): Promise<void> {
  await run.stages.run("gate", async () => {
    run.databaseUrl = await run.target.databaseUrl();
    const input = await loadGateInput(
      {
        metricsFile: run.metricsFile ?? "",
        history: [],
        baselineFrom: run.databaseUrl ? "registry" : "file",
        databaseUrl: run.databaseUrl,
        app: run.app,
      },
      run.rules,
      run.logger,
    );
    const gate = evaluateGate(input);
    const v = run.version.version;
    run.gateReport = renderGateReport(gate, {
      app: run.app,
      candidateLabel: v,
    });
    const file = save(run.reportDir, `gate-${v}.md`, run.gateReport);
    const against = input.baseline
      ? `against ${input.baseline.label}`
      : "no baseline yet";
    if (!gate.passed) {
      const why = gate.failed.map((r) => `${r.rule.text}: ${r.detail}`);
      throw new ConfigurationError(
        `${gate.failed.length} rule(s) failed (${against}): ${why.join("; ")}`,
      );
    }
    return `${gate.results.length - gate.skipped.length} rule(s) passed, ${against}${file ? `; report ${file}` : ""}`;
  });
}

async function buildStage(run: PipelineRun): Promise<void> {
  await run.stages.run("build", async () => {
    run.built = await run.target.build(run.version);
    return run.built.outcome;
  });
}

async function deployStage(run: PipelineRun): Promise<void> {
  await run.stages.run("deploy", async () => {
    run.deployed = await run.target.deploy({
      version: run.version,
      image: run.built?.image,
      digest: run.built?.digest,
      metrics: metricsOf(run),
      canaryWeight: run.canaryWeight,
    });
    return run.deployed.detail;
  });
}

async function revertAfterFailure(
  run: PipelineRun,
  cause: string,
): Promise<void> {
  run.revertedAfterFailure = true;
  await run.stages.run(`revert (${cause} failed)`, async () => {
    const pool = run.databaseUrl ? openPool(run.databaseUrl) : undefined;
    try {
      const result = await revertVersion({
        app: run.app,
        version: run.version,
        dropData: false,
        force: true,
        db: pool,
        platform: run.target.revertPlatform(),
        logger: run.logger,
      });
      return `traffic now ${JSON.stringify(result.traffic)}; archived ${result.archivedTables.length} table(s)`;
    } finally {
      await pool?.end();
    }
  });
}

async function smokeStage(run: PipelineRun): Promise<void> {
  const deployed = run.deployed ?? { url: "", versionUrl: "", detail: "" };
  try {
    await run.stages.run("smoke-test", () => smokeRecorded(run, deployed));
  } catch (error) {
    await revertAfterFailure(run, "smoke test");
    throw error;
  }
}

async function abStage(run: PipelineRun): Promise<void> {
  const { app, version, databaseUrl, logger, reportDir, ab: settings } = run;
  if (!settings || !abStageEnabled(settings)) return;
  const options = { app, version, databaseUrl, logger, reportDir, settings };
  try {
    await run.stages.run("a/b test", async () => {
      const stage = await runAbStage(options);
      run.abReport = stage.report;
      if (!stage.passed) throw new Error(String(stage.outcome));
      return stage.outcome;
    });
  } catch (error) {
    await revertAfterFailure(run, "A/B test");
    throw error;
  }
}

async function trafficStage(run: PipelineRun): Promise<void> {
  await run.stages.run("traffic", () =>
    run.target.shiftAll(run.version, metricsOf(run)),
  );
}

/** The stages in order; each reads what the ones before it left in `run`. */
const STAGES = [
  trainStage,
  gateStage,
  buildStage,
  deployStage,
  smokeStage,
  abStage,
  trafficStage,
];

/**
 * Runs the stages in order and stops at the first failure. Never throws for a failed stage: the
 * result says which stage failed and why.
 */
export async function runPipeline(o: PipelineOptions): Promise<PipelineResult> {
  const run: PipelineRun = {
    ...o,
    stages: new StageRunner(o.progress, o.logger),
    revertedAfterFailure: false,
  };
  try {
    for (const stage of STAGES) await stage(run);
  } catch (error) {
    // A stage's failure is already recorded as its result; anything else must not pass silently.
    if (run.stages.passed) run.stages.fail("pipeline", error);
  }
  const v = o.version.version;
  const report = renderStageReport(
    `modelship pipeline ${v} (${o.target.name})`,
    run.stages.results,
  );
  save(o.reportDir, `pipeline-${v}.md`, report);
  return {
    passed: run.stages.passed,
    stages: run.stages.results,
    report,
    gateReport: run.gateReport,
    abReport: run.abReport,
    deployed: run.deployed,
    revertedAfterFailure: run.revertedAfterFailure,
  };
}
