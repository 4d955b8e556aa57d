/** `modelship pipeline`: the whole flow, locally (the default) or against AWS. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { optionalDatabaseUrl } from "../lib/db/url.js";
import { readDeploySettings } from "../lib/deploy/inputs.js";
import { readDeployKind } from "../lib/deploy/kind.js";
import { ConfigurationError } from "../lib/errors.js";
import { nodeRunner } from "../lib/exec.js";
import { readBuildSettings } from "../lib/image/inputs.js";
import type { InputTable } from "../lib/input-table.js";
import {
  optionalInput,
  parseKeyValues,
  requiredInput,
  type InputSource,
} from "../lib/inputs.js";
import type { BuildMode } from "../lib/local/image.js";
import { runDir } from "../lib/local/paths.js";
import { withStateLock } from "../lib/local/lock.js";
import { localTarget } from "../lib/local/target.js";
import type { Logger } from "../lib/logger.js";
import { awsPipelineTarget } from "../lib/pipeline/aws.js";
import {
  PIPELINE_INPUTS,
  pipelineVersion,
  readPipelineInputs,
} from "../lib/pipeline/inputs.js";
import { runPipeline } from "../lib/pipeline/run.js";
import { readServicePaths } from "../lib/smoke/options.js";
import { terminalProgress } from "../lib/pipeline/stages.js";
import type { PipelineTarget } from "../lib/pipeline/target.js";
import {
  parseAppName,
  parseVersion,
  type VersionNames,
} from "../lib/version.js";
import {
  ENV_FLAG,
  STATE_DIR_FLAG,
  TARGET_FLAG,
  type Command,
} from "./command.js";
import { choice, commitOf, selfCommand, stateDirOf } from "./local-state.js";

/** Flags only the CLI's pipeline has: where it runs, and the local target's own settings. */
export const LOCAL_PIPELINE_FLAGS: InputTable = [
  TARGET_FLAG,
  STATE_DIR_FLAG,
  {
    name: "build",
    default: "auto",
    help: "build the image locally: auto (when an engine and the base image are there), always or never",
  },
  { name: "base-image", help: "BASE_IMAGE build argument for the local build" },
  {
    name: "kind",
    config: "deploy.kind",
    default: "online",
    help: "what the version is: online, batch or stream (a stream version consumes <app>-events locally)",
  },
  {
    name: "service-start",
    config: "service.start",
    help: "shell command that starts the model server locally (PORT, MODEL_VERSION, MODELSHIP_RUN_DIR set)",
  },
];

/** The local target in the chosen environment, from the flags (shared with `promote`). */
export function localPipelineTarget(
  read: InputSource,
  context: {
    app: string;
    environment: string;
    root: string;
    stateDir: string;
    logger: Logger;
  },
): PipelineTarget {
  const buildContext = requiredInput(read, "context");
  const buildArgs = parseKeyValues(read("build-args"), 'input "build-args"');
  const base = optionalInput(read, "base-image");
  if (base) buildArgs.set("BASE_IMAGE", base);
  return localTarget({
    ...context,
    runner: nodeRunner,
    image: {
      mode: choice(read, "build", ["auto", "always", "never"]) as BuildMode,
      context: buildContext,
      dockerfile:
        optionalInput(read, "dockerfile") ??
        path.join(buildContext, "Dockerfile"),
      buildArgs,
      prepare: optionalInput(read, "prepare"),
    },
    service: {
      start: requiredInput(read, "service-start"),
      paths: readServicePaths(read),
    },
    gatewayCommand: selfCommand(),
    kind: readDeployKind(read),
    // A batch version's worker is this CLI again (`modelship batch`), run the way this one runs.
    cliCommand: selfCommand(),
  });
}

function awsTarget(
  read: InputSource,
  context: { app: string; environment: string; root: string; logger: Logger },
): PipelineTarget {
  return awsPipelineTarget({
    app: context.app,
    environment: context.environment,
    build: readBuildSettings(read, process.env),
    deploy: readDeploySettings(read, {
      actionDir: path.dirname(fileURLToPath(import.meta.url)),
      workspace: context.root,
    }),
    databaseUrl:
      optionalDatabaseUrl(read) ??
      optionalDatabaseUrl(() => process.env.DATABASE_URL ?? ""),
    logger: context.logger,
    runner: nodeRunner,
  });
}

async function chooseVersion(
  read: InputSource,
  root: string,
): Promise<VersionNames> {
  const given = optionalInput(read, "version");
  if (given) return pipelineVersion(given, undefined);
  const sha = await commitOf(root);
  if (!sha)
    throw new ConfigurationError(
      "not in a git checkout, so no version can be derived: pass --version V",
    );
  return pipelineVersion(undefined, sha);
}

export const pipelineCommand: Command = {
  name: "pipeline",
  summary: "train, gate, build, deploy, smoke-test and shift traffic",
  // The CLI names the environment with --env, as its other commands do.
  flags: [
    ...PIPELINE_INPUTS.filter((spec) => !spec.environment),
    ENV_FLAG,
    ...LOCAL_PIPELINE_FLAGS,
  ],
  async run({ read }, logger) {
    const root = process.cwd();
    const where = choice(read, "target", ["local", "aws"]);
    const app = parseAppName(requiredInput(read, "app"));
    const stateDir = stateDirOf(read, root);
    // Every input is read and checked here, before the first side effect (training).
    const inputs = readPipelineInputs(read);
    const environment = requiredInput(read, "env");
    const chosen = await chooseVersion(read, root);
    const version = parseVersion(chosen.version, environment);
    const local = where === "local";
    const context = { app, environment, root, stateDir, logger };
    const target = local
      ? localPipelineTarget(read, context)
      : awsTarget(read, context);
    logger.info(
      `modelship pipeline: ${app} ${version.version} → ${where} (${environment})`,
    );
    const pipeline = () =>
      runPipeline({
        ...inputs,
        app,
        version,
        target,
        cwd: root,
        runDir: local ? runDir(stateDir, version.version) : undefined,
        runner: nodeRunner,
        logger,
        progress: terminalProgress(
          process.stdout,
          Boolean(process.stdout.isTTY),
        ),
        reportDir: local ? path.join(stateDir, "reports") : undefined,
      });
    const result = local
      ? await withStateLock(stateDir, logger, pipeline)
      : await pipeline();
    process.stdout.write(`\n${result.report}\n`);
    if (result.deployed)
      process.stdout.write(
        `${version.version} answers on ${result.deployed.versionUrl}\n`,
      );
    return result.passed ? 0 : 1;
  },
};
