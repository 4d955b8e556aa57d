import path from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@actions/core";
import { ConfigurationError } from "../lib/errors.js";
import {
  mapInputs,
  numberInput,
  optionalInput,
  requiredInput,
  type InputSource,
} from "../lib/inputs.js";
import { awsPipelineTarget } from "../lib/pipeline/aws.js";
import { runPipeline } from "../lib/pipeline/run.js";
import type { ProgressSink } from "../lib/pipeline/stages.js";
import { SMOKE_DEFAULTS } from "../lib/smoke/options.js";
import {
  parseAppName,
  parseVersion,
  versionFromCommit,
} from "../lib/version.js";
import {
  actionInputs,
  actionsLogger,
  actionsRunner,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** Inputs the root action passes on to build-push and deploy-stack under the same names. */
const PASSED_ON = [
  "database-url",
  "repository",
  "registry",
  "context",
  "dockerfile",
  "build-args",
  "shared-parameters",
  "parameters",
  "template",
  "timeout-minutes",
];

/** Progress in the job log: one line as each stage starts and ends (groups hold the detail). */
const logProgress: ProgressSink = {
  start: (name) => core.info(`▶ ${name}`),
  end: (r) =>
    core.info(
      `${r.status === "failed" ? "✖" : r.status === "skipped" ? "–" : "✔"} ${r.name} ${r.status} in ${r.seconds.toFixed(1)} s${r.detail ? `: ${r.detail}` : ""}`,
    ),
};

function masked(read: InputSource): InputSource {
  const url = optionalInput(read, "database-url");
  if (url) core.setSecret(url);
  return read;
}

/** The root action: the whole pipeline against AWS with the same cores as the six actions. */
export async function main(): Promise<void> {
  const read = masked(actionInputs);
  const app = parseAppName(optionalInput(read, "app") ?? "modelship");
  const sha = process.env.GITHUB_SHA;
  const rawVersion =
    optionalInput(read, "version") ??
    (sha ? versionFromCommit(sha) : undefined);
  if (!rawVersion)
    throw new ConfigurationError(
      'input "version" is required when GITHUB_SHA is not set',
    );
  const version = parseVersion(rawVersion);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const passed = Object.fromEntries(
    PASSED_ON.map((name) => [name, read(name)]),
  );
  const target = awsPipelineTarget({
    read: mapInputs(passed),
    app,
    root: workspace,
    logger: actionsLogger,
    runner: actionsRunner,
    mask: (secret) => core.setSecret(secret),
    actionDir: path.dirname(fileURLToPath(import.meta.url)),
  });
  const result = await runPipeline({
    app,
    version,
    trainCommand: requiredInput(read, "train-command"),
    workingDirectory: workspace,
    metricsFile: optionalInput(read, "metrics-file") ?? "metrics.json",
    rules: requiredInput(read, "rules"),
    casesFile: optionalInput(read, "cases-file"),
    smoke: {
      requests: numberInput(read, "requests", SMOKE_DEFAULTS.requests, {
        min: 1,
        integer: true,
      }) as number,
      concurrency: numberInput(
        read,
        "concurrency",
        SMOKE_DEFAULTS.concurrency,
        { min: 1, integer: true },
      ) as number,
      p95Ms: numberInput(read, "p95-ms", SMOKE_DEFAULTS.p95Ms, {
        min: 0,
      }) as number,
      maxErrorRate: numberInput(
        read,
        "max-error-rate",
        SMOKE_DEFAULTS.maxErrorRate,
        { min: 0, max: 1 },
      ) as number,
      readyTimeoutSeconds: SMOKE_DEFAULTS.readyTimeoutSeconds,
    },
    canaryWeight: numberInput(read, "canary-weight", 10, {
      min: 1,
      max: 100,
      integer: true,
    }) as number,
    target,
    runner: actionsRunner,
    logger: actionsLogger,
    progress: logProgress,
  });
  setOutputs({
    version: version.version,
    passed: result.passed,
    url: result.deployed?.url ?? "",
    "version-url": result.deployed?.versionUrl ?? "",
    report: result.report,
  });
  await writeSummary([result.report, result.gateReport ?? ""].join("\n"));
  if (!result.passed) {
    const failed = result.stages.find((s) => s.status === "failed");
    throw new Error(`stage ${failed?.name} failed: ${failed?.detail}`);
  }
}
