import path from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@actions/core";
import { readEnvironment } from "../lib/common-inputs.js";
import { optionalDatabaseUrl } from "../lib/db/url.js";
import { readDeploySettings } from "../lib/deploy/inputs.js";
import { readBuildSettings } from "../lib/image/inputs.js";
import { optionalInput, requiredInput } from "../lib/inputs.js";
import { awsPipelineTarget } from "../lib/pipeline/aws.js";
import {
  PIPELINE_INPUTS,
  pipelineVersion,
  readPipelineInputs,
} from "../lib/pipeline/inputs.js";
import { runPipeline } from "../lib/pipeline/run.js";
import type { ProgressSink } from "../lib/pipeline/stages.js";
import { parseAppName } from "../lib/version.js";
import {
  actionsLogger,
  actionsRunner,
  readActionInputs,
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

/** The root action: the whole pipeline against AWS, every input validated before training. */
export async function main(): Promise<void> {
  const read = readActionInputs(PIPELINE_INPUTS);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const app = parseAppName(requiredInput(read, "app"));
  const environment = readEnvironment(read);
  const version = pipelineVersion(
    optionalInput(read, "version"),
    process.env.GITHUB_SHA,
    environment,
  );
  const inputs = readPipelineInputs(read);
  const target = awsPipelineTarget({
    app,
    environment,
    build: readBuildSettings(read, process.env),
    deploy: readDeploySettings(read, {
      actionDir: path.dirname(fileURLToPath(import.meta.url)),
      workspace,
    }),
    databaseUrl: optionalDatabaseUrl(read),
    logger: actionsLogger,
    runner: actionsRunner,
    mask: (secret) => core.setSecret(secret),
  });
  const result = await runPipeline({
    ...inputs,
    app,
    version,
    target,
    cwd: workspace,
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
  await writeSummary(
    [result.report, result.gateReport ?? "", result.abReport ?? ""].join("\n"),
  );
  if (!result.passed) {
    const failed = result.stages.find((s) => s.status === "failed");
    throw new Error(`stage ${failed?.name} failed: ${failed?.detail}`);
  }
}
