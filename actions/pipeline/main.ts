import path from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@actions/core";
import { ConfigurationError } from "../lib/errors.js";
import { mapInputs, optionalInput, requiredInput } from "../lib/inputs.js";
import { AWS_PIPELINE_FLAGS, awsPipelineTarget } from "../lib/pipeline/aws.js";
import { readPipelineTuning, runPipeline } from "../lib/pipeline/run.js";
import type { ProgressSink } from "../lib/pipeline/stages.js";
import {
  parseAppName,
  parseVersion,
  versionFromCommit,
} from "../lib/version.js";
import {
  actionInputs,
  actionsLogger,
  actionsRunner,
  maskDatabaseUrl,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** Progress in the job log: one line as each stage starts and ends (groups hold the detail). */
const logProgress: ProgressSink = {
  start: (name) => core.info(`▶ ${name}`),
  end: (r) =>
    core.info(
      `${r.status === "failed" ? "✖" : r.status === "skipped" ? "–" : "✔"} ${r.name} ${r.status} in ${r.seconds.toFixed(1)} s${r.detail ? `: ${r.detail}` : ""}`,
    ),
};

/** The root action: the whole pipeline against AWS with the same cores as the six actions. */
export async function main(): Promise<void> {
  maskDatabaseUrl(actionInputs("database-url"));
  const read = actionInputs;
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
    AWS_PIPELINE_FLAGS.map((name) => [name, read(name)]),
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
    ...readPipelineTuning(read),
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
