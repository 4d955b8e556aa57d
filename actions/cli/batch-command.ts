/**
 * `modelship batch`: the batch worker's local twin. With `--input FILE` it scores one file (and
 * exits); without it, it watches the environment's inbox under the state directory, with its
 * queue in Postgres, until stopped (the local deploy of a batch version runs it so). `--env` picks
 * the environment: its inbox and outputs, its model service, its log tables.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import {
  APP_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
  readEnvironment,
} from "../lib/common-inputs.js";
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { readWorkerEnv, runAwsWorker } from "../lib/batch/aws-run.js";
import { runLocalInbox, scoreLocalFile } from "../lib/batch/local.js";
import { optionalDatabaseUrl } from "../lib/db/url.js";
import { ConfigurationError } from "../lib/errors.js";
import type { InputTable } from "../lib/input-table.js";
import {
  numberInput,
  optionalInput,
  requiredInput,
  type InputSource,
} from "../lib/inputs.js";
import { batchRoot, WATCHING_LINE } from "../lib/local/batch-worker.js";
import { environmentStateDir } from "../lib/local/paths.js";
import { ensureLocalPostgres } from "../lib/local/postgres.js";
import { listLocalServices } from "../lib/local/services.js";
import type { Logger } from "../lib/logger.js";
import { parseBaseUrl, SERVICE_PATH_INPUTS } from "../lib/smoke/options.js";
import {
  parseAppName,
  parseEnvironmentName,
  parseVersion,
} from "../lib/version.js";
import { ENV_FLAG, STATE_DIR_FLAG, type Command } from "./command.js";
import { stateDirOf } from "./local-state.js";

const BATCH_FLAGS: InputTable = [
  {
    name: "version",
    required: true,
    help: "the version whose model scores the rows",
  },
  APP_INPUT,
  {
    name: "input",
    help: "score this file (.csv, .jsonl, .parquet) and exit; without it, watch the inbox",
  },
  {
    name: "output",
    help: "where --input's output goes (default <batch root>/outputs/<version>/<name>; the batch root is <state dir>/batch, or <state dir>/environments/<env>/batch outside production)",
  },
  ENV_FLAG,
  STATE_DIR_FLAG,
  {
    name: "model-url",
    help: "the model server (default the version's local service)",
  },
  SERVICE_PATH_INPUTS[0] as InputTable[number],
  { name: "batch-size", default: "100", help: "rows per predict request" },
  { name: "concurrency", default: "4", help: "predict requests in flight" },
  {
    ...DATABASE_URL_INPUT,
    help: "where rows are logged (default DATABASE_URL, else the local PostgreSQL)",
  },
  {
    name: "idle-exit-seconds",
    help: "stop watching after this long with nothing to do",
  },
  CONFIG_INPUT,
];

/**
 * The environment a run acts in: for the watching worker the local target started, the one it
 * was started in (MODELSHIP_ENVIRONMENT, as a stream consumer gets it: it runs from the
 * repository root, where the pipeline's --config file may not be); else --env, read through
 * modelship.yml (the first environment when not given).
 */
function environmentOf(read: InputSource, watching: boolean): string {
  const started = watching
    ? process.env.MODELSHIP_ENVIRONMENT?.trim()
    : undefined;
  return started
    ? parseEnvironmentName(started)
    : readEnvironment(read, ENV_FLAG.name);
}

function modelUrlOf(
  read: InputSource,
  stateDir: string,
  names: { version: string; environment: string },
): string {
  const given = optionalInput(read, "model-url");
  if (given) return parseBaseUrl(given);
  // The environment's own services: the same version elsewhere is another process.
  const servicesDir = environmentStateDir(stateDir, names.environment);
  const service = listLocalServices(servicesDir)[names.version];
  if (!service)
    throw new ConfigurationError(
      `no local service runs version "${names.version}" in ${names.environment} (${servicesDir}): deploy it (modelship pipeline --env ${names.environment}) or pass --model-url`,
    );
  return service.url;
}

function inputFileOf(read: InputSource, root: string): string | undefined {
  const given = optionalInput(read, "input");
  if (given === undefined) return undefined;
  const file = path.resolve(root, given);
  if (!existsSync(file) || !statSync(file).isFile())
    throw new ConfigurationError(
      `--input ${JSON.stringify(given.slice(0, 200))} is not a file`,
    );
  return file;
}

/** Stops the run on SIGINT or SIGTERM: the file in hand goes back to the queue. */
function stopSignal(logger: Logger): AbortSignal {
  const controller = new AbortController();
  const stop = (signal: string) => {
    logger.info(`${signal}: stopping the batch worker`);
    controller.abort();
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  return controller.signal;
}

/** Everything a run needs, read and checked before anything starts (Postgres included). */
function readBatchRun(read: InputSource, root: string, logger: Logger) {
  const app = parseAppName(requiredInput(read, "app"));
  const stateDir = stateDirOf(read, root);
  const input = inputFileOf(read, root);
  // The version's names (log tables) and its batch root are its environment's.
  const environment = environmentOf(read, input === undefined);
  const names = parseVersion(requiredInput(read, "version"), environment);
  const batch = batchRoot(stateDir, environment);
  const output = optionalInput(read, "output");
  if (output !== undefined && input === undefined)
    throw new ConfigurationError(
      `--output needs --input: the inbox's outputs go under ${batch}/outputs/`,
    );
  const idle = numberInput(read, "idle-exit-seconds", undefined, { min: 1 });
  return {
    stateDir,
    // --input's file and where its output goes (default beside the inbox's outputs).
    file: input && {
      input,
      output: output
        ? path.resolve(root, output)
        : path.join(batch, "outputs", names.version, path.basename(input)),
    },
    idleExitMs: idle === undefined ? undefined : idle * 1000,
    common: {
      app,
      names,
      root: batch,
      modelUrl: modelUrlOf(read, stateDir, names),
      predictPath: requiredInput(read, "predict-path"),
      batchSize: numberInput(read, "batch-size", undefined, {
        min: 1,
        max: 10_000,
        integer: true,
      }) as number,
      concurrency: numberInput(read, "concurrency", undefined, {
        min: 1,
        max: 64,
        integer: true,
      }) as number,
      logger,
    },
  };
}

export const batchCommand: Command = {
  name: "batch",
  summary:
    "score a file with a version's model, or watch the local inbox (the batch worker)",
  flags: BATCH_FLAGS,
  async run({ read }, logger) {
    const run = readBatchRun(read, process.cwd(), logger);
    const { common } = run;
    const { version, environment } = common.names;
    const databaseUrl =
      optionalDatabaseUrl(read) ??
      optionalDatabaseUrl(() => process.env.DATABASE_URL ?? "") ??
      (await ensureLocalPostgres(run.stateDir, logger)).url;
    const signal = stopSignal(logger);
    if (run.file) {
      const rows = await scoreLocalFile({
        ...common,
        ...run.file,
        databaseUrl,
        signal,
      });
      logger.info(
        `${rows} row(s) scored by ${version} in ${environment} into ${run.file.output}`,
      );
      return 0;
    }
    logger.info(
      `${WATCHING_LINE} ${path.join(common.root, "inbox", version)} in ${environment} (and inbox/ when it is the current batch version)`,
    );
    const stats = await runLocalInbox({
      ...common,
      databaseUrl,
      signal,
      idleExitMs: run.idleExitMs,
    });
    logger.info(`batch worker stopped: ${JSON.stringify(stats)}`);
    return 0;
  },
};

/** `modelship batch-worker`: the worker in batch.yml's task, configured by its environment. */
export const batchWorkerCommand: Command = {
  name: "batch-worker",
  summary:
    "the batch worker on AWS (batch.yml's task; settings from its environment)",
  flags: [],
  async run(_parsed, logger) {
    const settings = readWorkerEnv(process.env);
    // The SDK clients read region and credentials (the task role) from the environment.
    const stats = await runAwsWorker(settings, {
      s3: new S3Client({}),
      sqs: new SQSClient({}),
      logger,
      signal: stopSignal(logger),
    });
    logger.info(`batch worker stopped: ${JSON.stringify(stats)}`);
    return 0;
  },
};
