import { existsSync } from "node:fs";
import path from "node:path";
import { migrate, openPool } from "../lib/db/schema.js";
import { listDeployments } from "../lib/db/deployments.js";
import { ConfigurationError } from "../lib/errors.js";
import { nodeRunner } from "../lib/exec.js";
import { optionalInput, parseBoolean } from "../lib/inputs.js";
import {
  ensureLocalPostgres,
  stopLocalPostgres,
} from "../lib/local/postgres.js";
import {
  exampleAppDir,
  listLocalServices,
  stopLocalService,
} from "../lib/local/services.js";
import type { Logger } from "../lib/logger.js";
import { localTarget, runDir, type BuildMode } from "../lib/pipeline/local.js";
import {
  readPipelineTuning,
  runPipeline,
  type PipelineTarget,
} from "../lib/pipeline/run.js";
import { terminalProgress } from "../lib/pipeline/stages.js";
import { revertVersion } from "../lib/revert/core.js";
import {
  parseAppName,
  parseVersion,
  versionFromCommit,
} from "../lib/version.js";
import { checkFlags, flagInputs, type CommandLine } from "./args.js";
import { awsPipelineTarget, AWS_PIPELINE_FLAGS } from "../lib/pipeline/aws.js";

/** Rules the local pipeline gates on unless --rules says otherwise. */
export const DEFAULT_RULES = [
  "accuracy >= 0.90",
  "accuracy delta >= -0.02",
  "log_loss delta <= 0.05",
].join("\n");

const PIPELINE_FLAGS = [
  "target",
  "version",
  "app",
  "state-dir",
  "build",
  "base-image",
  "rules",
  "canary-weight",
  "train-command",
  "cases-file",
  "requests",
  "concurrency",
  "p95-ms",
  "max-error-rate",
  "ready-timeout-seconds",
];

/** The version named by --version, or one derived from the checked-out commit. */
async function chooseVersion(
  raw: string | undefined,
  root: string,
): Promise<string> {
  if (raw) return parseVersion(raw).version;
  const head = await nodeRunner("git", ["rev-parse", "HEAD"], {
    cwd: root,
    silent: true,
    ignoreReturnCode: true,
  });
  if (head.exitCode !== 0) {
    throw new ConfigurationError(
      "not in a git checkout, so no version can be derived: pass --version V",
    );
  }
  return versionFromCommit(head.stdout.trim());
}

function stateDirOf(line: CommandLine, root: string): string {
  return path.resolve(root, line.flags.get("state-dir") ?? ".modelship");
}

/** `modelship pipeline`: the whole flow, locally (default) or against AWS. */
export async function pipelineCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  checkFlags(line, [...PIPELINE_FLAGS, ...AWS_PIPELINE_FLAGS]);
  const read = flagInputs(line);
  const root = process.cwd();
  const targetName = optionalInput(read, "target") ?? "local";
  if (targetName !== "local" && targetName !== "aws") {
    throw new ConfigurationError(
      `--target must be "local" or "aws", got "${targetName}"`,
    );
  }
  const app = parseAppName(optionalInput(read, "app") ?? "modelship");
  const version = parseVersion(
    await chooseVersion(optionalInput(read, "version"), root),
  );
  const stateDir = stateDirOf(line, root);
  const out = runDir(stateDir, version.version);
  const relOut = path.relative(root, out);
  if (
    !optionalInput(read, "train-command") &&
    !existsSync(
      [exampleAppDir(root), "src", "model", "train.ts"].join(path.sep),
    )
  ) {
    throw new ConfigurationError(
      "example-app/ is not here: run from the root of a modelship clone, or pass --train-command",
    );
  }
  const build = (optionalInput(read, "build") ?? "auto") as BuildMode;
  if (!["auto", "always", "never"].includes(build)) {
    throw new ConfigurationError(
      `--build must be auto, always or never, got "${build}"`,
    );
  }
  const target: PipelineTarget =
    targetName === "local"
      ? localTarget({
          app,
          root,
          stateDir,
          logger,
          runner: nodeRunner,
          build,
          baseImage: optionalInput(read, "base-image"),
        })
      : awsPipelineTarget({ read, app, root, logger, runner: nodeRunner });
  logger.info(`modelship pipeline: ${app} ${version.version} → ${targetName}`);
  const result = await runPipeline({
    app,
    version,
    trainCommand:
      optionalInput(read, "train-command") ??
      `node --import tsx example-app/src/model/train.ts --out-dir ${relOut} --metrics ${relOut}/metrics.json`,
    workingDirectory: root,
    metricsFile: path.join(relOut, "metrics.json"),
    rules: optionalInput(read, "rules") ?? DEFAULT_RULES,
    casesFile:
      optionalInput(read, "cases-file") ?? "example-app/smoke-cases.json",
    ...readPipelineTuning(read),
    target,
    runner: nodeRunner,
    logger,
    progress: terminalProgress(process.stdout, Boolean(process.stdout.isTTY)),
    reportDir: path.join(stateDir, "reports"),
  });
  process.stdout.write(`\n${result.report}\n`);
  if (result.deployed)
    process.stdout.write(
      `${version.version} answers on ${result.deployed.versionUrl}\n`,
    );
  return result.passed ? 0 : 1;
}

/** `modelship revert V` on the local target: same revert core, local hands. */
export async function localRevertCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  checkFlags(line, [
    "target",
    "app",
    "state-dir",
    "to-version",
    "drop-data",
    "force",
    "version",
  ]);
  const read = flagInputs(line);
  const raw = line.positional[0] ?? optionalInput(read, "version");
  if (!raw)
    throw new ConfigurationError(
      "modelship revert: name the version, e.g. `modelship revert v2`",
    );
  const app = parseAppName(optionalInput(read, "app") ?? "modelship");
  const root = process.cwd();
  const stateDir = stateDirOf(line, root);
  const target = localTarget({
    app,
    root,
    stateDir,
    logger,
    runner: nodeRunner,
    build: "never",
  });
  const pool = openPool((await target.databaseUrl()) as string);
  try {
    const result = await revertVersion({
      app,
      version: raw,
      toVersion: optionalInput(read, "to-version"),
      dropData: parseBoolean(read("drop-data") || "false", "--drop-data"),
      force: parseBoolean(read("force") || "false", "--force"),
      db: pool,
      platform: target.revertPlatform(),
      logger,
    });
    for (const step of result.steps)
      logger.info(`${step.step}: ${step.outcome}: ${step.detail}`);
    logger.info(
      result.reverted
        ? `reverted ${raw}; traffic ${JSON.stringify(result.traffic)}; archived ${result.archivedTables.join(", ") || "nothing"}`
        : `${raw} was already reverted: nothing to do`,
    );
    return 0;
  } finally {
    await pool.end();
  }
}

/** `modelship status`: the local deployments table and the services that run. */
export async function statusCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  checkFlags(line, ["app", "state-dir"]);
  const stateDir = stateDirOf(line, process.cwd());
  const app = parseAppName(line.flags.get("app") ?? "modelship");
  const { url } = await ensureLocalPostgres(stateDir, logger);
  const pool = openPool(url);
  try {
    await migrate(pool);
    const running = listLocalServices(stateDir);
    const rows = await listDeployments(pool, app);
    if (rows.length === 0) logger.info("no deployments recorded yet");
    for (const r of rows) {
      const live = running[r.version]
        ? `running on ${running[r.version]?.url}`
        : "not running";
      logger.info(
        `${r.version.padEnd(14)} ${r.status.padEnd(9)} traffic ${String(r.trafficWeight).padStart(3)}%  ${live}`,
      );
    }
    return 0;
  } finally {
    await pool.end();
  }
}

/** `modelship down`: stops every local service (they drain their logs) and the local Postgres. */
export async function downCommand(
  line: CommandLine,
  logger: Logger,
): Promise<number> {
  checkFlags(line, ["state-dir"]);
  const stateDir = stateDirOf(line, process.cwd());
  for (const version of Object.keys(listLocalServices(stateDir))) {
    await stopLocalService(stateDir, version, logger);
  }
  if (await stopLocalPostgres(stateDir))
    logger.info("stopped the local PostgreSQL");
  return 0;
}
