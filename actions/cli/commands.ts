import { fileURLToPath } from "node:url";
import path from "node:path";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { revertOnAws } from "../lib/revert/aws.js";
import { DEPLOY_INPUTS, parseDeployInputs } from "../lib/deploy/inputs.js";
import { deployVersion } from "../lib/deploy/core.js";
import { nodeRunner } from "../lib/exec.js";
import { evaluateGate } from "../lib/gate/evaluate.js";
import { GATE_INPUTS, readGateInputs } from "../lib/gate/inputs.js";
import { loadGateInput } from "../lib/gate/load.js";
import { renderReport } from "../lib/gate/report.js";
import { buildPush } from "../lib/image/build-push.js";
import {
  BUILD_PUSH_INPUTS,
  parseBuildPushInputs,
} from "../lib/image/inputs.js";
import type { Logger } from "../lib/logger.js";
import { metricsTable } from "../lib/metrics-file.js";
import { REVERT_INPUTS, parseRevertInputs } from "../lib/revert/inputs.js";
import {
  renderReport as renderSmokeReport,
  runSmokeTest,
} from "../lib/smoke/index.js";
import { readSmokeOptions, SMOKE_INPUTS } from "../lib/smoke/options.js";
import { readTrainInputs, train, TRAIN_INPUTS } from "../lib/train/core.js";
import { checkFlags, flagInputs, type CommandLine } from "./args.js";
import { localRevertCommand } from "./local-commands.js";

/** `modelship train`: the train action's core, flags named like its inputs. */
export async function trainCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  checkFlags(line, Object.values(TRAIN_INPUTS));
  const inputs = readTrainInputs(flagInputs(line));
  const result = await train({ ...inputs, runner: nodeRunner, logger });
  logger.info(
    `\n${metricsTable(result.metrics)}\nmetrics: ${result.metricsFile} (${result.durationSeconds.toFixed(1)} s)`,
  );
  return 0;
}

/** `modelship gate`: the accuracy gate's core; prints the report instead of commenting. */
export async function gateCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  const known = Object.values(GATE_INPUTS).filter(
    (n) => n !== "github-token" && n !== "comment",
  );
  checkFlags(line, known);
  const inputs = readGateInputs(flagInputs(line));
  const result = evaluateGate(
    await loadGateInput(inputs, inputs.rules, logger),
  );
  process.stdout.write(
    `${renderReport(result, { app: inputs.app, candidateLabel: "candidate" })}\n`,
  );
  for (const r of result.failed) logger.error(`${r.rule.text}: ${r.detail}`);
  return result.passed ? 0 : 1;
}

/** `modelship build`: build-push's core (docker or podman through the docker CLI). */
export async function buildCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  checkFlags(line, Object.values(BUILD_PUSH_INPUTS));
  const options = parseBuildPushInputs(flagInputs(line), process.env);
  const result = await buildPush(options, {
    run: nodeRunner,
    logger,
    mask: () => undefined,
  });
  logger.info(
    `${result.outcome}: ${result.image}${result.digest ? ` (${result.digest})` : ""}`,
  );
  return 0;
}

/** `modelship deploy`: deploy-stack's core against AWS. */
export async function deployCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  checkFlags(line, Object.values(DEPLOY_INPUTS));
  const request = parseDeployInputs(flagInputs(line), {
    actionDir: path.dirname(fileURLToPath(import.meta.url)),
    workspace: process.cwd(),
  });
  const result = await deployVersion(
    request,
    {
      cfn: new CloudFormationClient({}),
      ecs: new ECSClient({}),
      elb: new ElasticLoadBalancingV2Client({}),
    },
    { logger },
  );
  logger.info(
    `${result.stackName}: ${result.status}; ${result.versionUrl}; traffic ${JSON.stringify(result.traffic)}`,
  );
  return 0;
}

/** `modelship smoke`: smoke-test's core against any URL. */
export async function smokeCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  checkFlags(line, Object.values(SMOKE_INPUTS));
  const result = await runSmokeTest(readSmokeOptions(flagInputs(line)), logger);
  process.stdout.write(`${renderSmokeReport(result)}\n`);
  return result.passed ? 0 : 1;
}

/** `modelship revert V [--target aws]`: local by default, AWS with the revert action's inputs. */
export async function revertCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  if ((line.flags.get("target") ?? "local") === "local")
    return localRevertCommand(line, logger);
  checkFlags(line, ["target", ...Object.values(REVERT_INPUTS)]);
  const read = flagInputs(
    line,
    line.positional[0] ? { version: line.positional[0] } : {},
  );
  const result = await revertOnAws(parseRevertInputs(read), logger);
  for (const step of result.steps)
    logger.info(`${step.step}: ${step.outcome}: ${step.detail}`);
  return 0;
}
