/** The CLI commands that run one action's core: train, gate, build, deploy, smoke. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { S3Client } from "@aws-sdk/client-s3";
import { deployVersion } from "../lib/deploy/core.js";
import { readDeployKind } from "../lib/deploy/kind.js";
import { runBatchSmokeTest } from "../lib/smoke/batch.js";
import {
  readBatchSmokeOptions,
  renderBatchReport,
  s3Dropbox,
} from "../lib/smoke/batch-inputs.js";
import { DEPLOY_INPUTS, readDeployInputs } from "../lib/deploy/inputs.js";
import { nodeRunner } from "../lib/exec.js";
import { evaluateGate } from "../lib/gate/evaluate.js";
import {
  GATE_COMPARE_INPUTS,
  readGateCompareInputs,
} from "../lib/gate/inputs.js";
import { loadGateInput } from "../lib/gate/load.js";
import { renderReport } from "../lib/gate/report.js";
import { buildPush } from "../lib/image/build-push.js";
import { BUILD_PUSH_INPUTS, readBuildPushInputs } from "../lib/image/inputs.js";
import { metricsTable } from "../lib/metrics-file.js";
import {
  renderReport as renderSmokeReport,
  runSmokeTest,
} from "../lib/smoke/index.js";
import { readSmokeOptions, SMOKE_INPUTS } from "../lib/smoke/options.js";
import { train } from "../lib/train/core.js";
import { readTrainInputs, TRAIN_INPUTS } from "../lib/train/inputs.js";
import { ENV_FLAG, type Command } from "./command.js";

/** `modelship train`: the train action's core. */
export const trainCommand: Command = {
  name: "train",
  summary: "run the training command and read its metrics (the train action)",
  flags: TRAIN_INPUTS,
  async run({ read }, logger) {
    const inputs = readTrainInputs(read);
    const result = await train({ ...inputs, runner: nodeRunner, logger });
    logger.info(
      `\n${metricsTable(result.metrics)}\nmetrics: ${result.metricsFile} (${result.durationSeconds.toFixed(1)} s)`,
    );
    return 0;
  },
};

/** `modelship gate`: the accuracy gate's core; prints the report instead of commenting. */
export const gateCommand: Command = {
  name: "gate",
  summary:
    "compare metrics with a baseline by rules (the accuracy-gate action)",
  flags: GATE_COMPARE_INPUTS,
  async run({ read }, logger) {
    const inputs = readGateCompareInputs(read);
    const result = evaluateGate(
      await loadGateInput(inputs, inputs.rules, logger),
    );
    process.stdout.write(
      `${renderReport(result, { app: inputs.app, candidateLabel: "candidate" })}\n`,
    );
    for (const r of result.failed) logger.error(`${r.rule.text}: ${r.detail}`);
    return result.passed ? 0 : 1;
  },
};

/** `modelship build`: build-push's core (docker, or podman through the docker CLI). */
export const buildCommand: Command = {
  name: "build",
  summary: "build the image and push it (the build-push action)",
  flags: BUILD_PUSH_INPUTS,
  async run({ read }, logger) {
    const options = readBuildPushInputs(read, process.env);
    const result = await buildPush(options, {
      run: nodeRunner,
      logger,
      mask: () => undefined,
    });
    logger.info(
      `${result.outcome}: ${result.image}${result.digest ? ` (${result.digest})` : ""}`,
    );
    return 0;
  },
};

/** `modelship deploy`: deploy-stack's core against AWS. */
export const deployCommand: Command = {
  name: "deploy",
  summary: "deploy a version's stack on AWS (the deploy-stack action)",
  // The CLI names the environment with --env, as its other commands do.
  flags: [...DEPLOY_INPUTS.filter((spec) => !spec.environment), ENV_FLAG],
  async run({ read }, logger) {
    const request = readDeployInputs(
      read,
      {
        actionDir: path.dirname(fileURLToPath(import.meta.url)),
        workspace: process.cwd(),
      },
      ENV_FLAG.name,
    );
    const result = await deployVersion(
      request,
      {
        cfn: new CloudFormationClient({}),
        ecs: new ECSClient({}),
        elb: new ElasticLoadBalancingV2Client({}),
        ecr: new ECRClient({}),
        events: new EventBridgeClient({}),
      },
      { logger },
    );
    logger.info(
      `${result.stackName}: ${result.status}; ${result.versionUrl}; traffic ${JSON.stringify(result.traffic)}`,
    );
    return 0;
  },
};

/** `modelship smoke`: smoke-test's core against any URL. */
export const smokeCommand: Command = {
  name: "smoke",
  summary:
    "prove a running version answers correctly and fast (the smoke-test action)",
  flags: SMOKE_INPUTS,
  async run({ read }, logger) {
    if (readDeployKind(read) === "batch") {
      const settings = readBatchSmokeOptions(read);
      const batch = await runBatchSmokeTest({
        ...settings,
        dropbox: s3Dropbox(new S3Client({}), settings.bucket),
        logger,
      });
      process.stdout.write(`${renderBatchReport(batch, settings.version)}\n`);
      return batch.passed ? 0 : 1;
    }
    const result = await runSmokeTest(readSmokeOptions(read), logger);
    process.stdout.write(`${renderSmokeReport(result)}\n`);
    return result.passed ? 0 : 1;
  },
};
