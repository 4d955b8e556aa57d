/**
 * `modelship stream put|consume|smoke`: the local twin of a stream, kept in the state directory's
 * Postgres (a consumer takes DATABASE_URL, which the local target sets when it starts one).
 */
import os from "node:os";
import path from "node:path";
import { openPool } from "../lib/db/pool.js";
import { ConfigurationError } from "../lib/errors.js";
import { runKinesisWorker } from "../lib/stream/aws-runtime.js";
import { ensureLocalPostgres } from "../lib/local/postgres.js";
import type { Logger } from "../lib/logger.js";
import { loadCases, type SmokeCase } from "../lib/smoke/cases.js";
import { checkEventsFile, eventChunks } from "../lib/stream/events-file.js";
import {
  readStreamInputs,
  STREAM_INPUTS,
  type StreamInputs,
} from "../lib/stream/inputs.js";
import {
  localInputStream,
  localOutputStream,
  prepareLocalStream,
  runLocalStream,
} from "../lib/stream/local.js";
import {
  ensureLocalStream,
  MAX_PUT_EVENTS,
  putLocalEvents,
} from "../lib/stream/local-stream.js";
import { localSmokePort, runStreamSmoke } from "../lib/stream/smoke.js";
import { streamScope } from "../lib/stream/checkpoints.js";
import {
  parseEnvironmentName,
  parseVersion,
  type VersionNames,
} from "../lib/version.js";
import { ENV_FLAG, STATE_DIR_FLAG, type Command } from "./command.js";
import { stateDirOf } from "./local-state.js";

/** The state directory's Postgres (started if needed). */
async function databaseUrl(stateDir: string, logger: Logger): Promise<string> {
  return (await ensureLocalPostgres(stateDir, logger)).url;
}

async function put(
  inputs: StreamInputs,
  checked: { url: string; count: number },
  logger: Logger,
): Promise<number> {
  const file = inputs.file as string;
  const { url, count } = checked;
  const stream =
    inputs.inputStream ??
    localInputStream(streamScope(inputs.app, inputs.environment));
  const pool = openPool(url, 2);
  try {
    await ensureLocalStream(pool, stream, inputs.shards);
    let put = 0;
    for await (const chunk of eventChunks(file, {
      keyField: inputs.keyField,
      chunk: MAX_PUT_EVENTS,
    })) {
      await putLocalEvents(pool, stream, chunk);
      put += chunk.length;
    }
    logger.info(
      `put ${put} of ${count} event(s) from ${file} on local stream ${stream}`,
    );
    return 0;
  } finally {
    await pool.end();
  }
}

async function consume(
  inputs: StreamInputs,
  url: string,
  stateDir: string,
  logger: Logger,
) {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  const names = inputs.version as VersionNames;
  // Its own journal: the model service of the version has the version's.
  const journalDir =
    process.env.LOG_JOURNAL_DIR ||
    path.join(stateDir, "journal", `stream:${names.version}`);
  await runLocalStream({
    app: inputs.app,
    names,
    databaseUrl: url,
    modelUrl: inputs.modelUrl as string,
    predictPath: inputs.predictPath,
    inputStream: inputs.inputStream,
    outputStream: inputs.outputStream,
    shards: inputs.shards,
    start: inputs.start,
    journalDir,
    batchSize: inputs.batchSize,
    concurrency: inputs.concurrency,
    logger,
    signal: controller.signal,
    metricsPort:
      inputs.metricsPort ??
      (process.env.PORT ? Number(process.env.PORT) : undefined),
  });
  logger.info(`${names.version}: consumer stopped`);
  return 0;
}

/**
 * The version's names in the environment a consumer is started in: MODELSHIP_ENVIRONMENT, which
 * stream.yml sets in the task and the local target in the consumer's process (neither has a
 * modelship.yml that an --env could be checked against: the task has none, and the local
 * consumer runs from the repository root, not necessarily beside a --config file).
 */
function taskEnvironmentNames(names: VersionNames): VersionNames {
  const environment = process.env.MODELSHIP_ENVIRONMENT?.trim();
  return environment
    ? parseVersion(names.version, parseEnvironmentName(environment))
    : names;
}

/** The ECS task's worker: everything from its environment and flags (stream.yml). */
async function consumeKinesis(inputs: StreamInputs, logger: Logger) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new ConfigurationError(
      "modelship stream consume --source kinesis needs DATABASE_URL in the environment",
    );
  const controller = new AbortController();
  process.once("SIGTERM", () => controller.abort());
  process.once("SIGINT", () => controller.abort());
  const names = inputs.version as VersionNames;
  const scope = streamScope(inputs.app, names.environment);
  await runKinesisWorker({
    app: inputs.app,
    names,
    databaseUrl,
    modelUrl: inputs.modelUrl as string,
    predictPath: inputs.predictPath,
    inputStream: inputs.inputStream ?? localInputStream(scope),
    outputStream: inputs.outputStream ?? localOutputStream(scope),
    start: inputs.start,
    journalDir:
      process.env.LOG_JOURNAL_DIR ||
      path.join(os.tmpdir(), "modelship-journal", `stream-${names.version}`),
    batchSize: inputs.batchSize,
    concurrency: inputs.concurrency,
    metricsPort: inputs.metricsPort,
    logger,
    signal: controller.signal,
  });
  return 0;
}

async function smoke(
  inputs: StreamInputs,
  checked: { url: string; cases: SmokeCase[] },
  logger: Logger,
): Promise<number> {
  const { url, cases } = checked;
  const pool = openPool(url, 2);
  try {
    const names = inputs.version as VersionNames;
    const streams = await prepareLocalStream(pool, { ...inputs, names });
    const result = await runStreamSmoke({
      pool,
      names,
      port: localSmokePort(pool, streams),
      cases,
      timeoutMs: inputs.timeoutSeconds * 1000,
      logger,
    });
    for (const reason of result.reasons) logger.error(reason);
    logger.info(
      `${names.version}: ${result.decided}/${cases.length} decided, ${result.logged} logged, slowest ${result.slowestMs} ms: ${result.passed ? "passed" : "failed"}`,
    );
    return result.passed ? 0 : 1;
  } finally {
    await pool.end();
  }
}

export const streamCommand: Command = {
  name: "stream",
  summary: `the local twin of a stream: put events, consume them as a version, smoke-test one (${localInputStream("<app>")} → ${localOutputStream("<app>")})`,
  positional: { name: "ACTION", flag: "action" },
  flags: [...STREAM_INPUTS, ENV_FLAG, STATE_DIR_FLAG],
  async run({ read }, logger) {
    const given = readStreamInputs(read);
    const inputs =
      given.action === "consume" && given.version
        ? { ...given, version: taskEnvironmentNames(given.version) }
        : given;
    const stateDir = stateDirOf(read, process.cwd());
    // The file or the cases are checked before anything starts (Postgres included).
    if (inputs.action === "put") {
      const count = await checkEventsFile(inputs.file as string);
      const url = await databaseUrl(stateDir, logger);
      return put(inputs, { url, count }, logger);
    }
    if (inputs.action === "smoke") {
      const cases = loadCases(inputs.casesFile as string);
      const url = await databaseUrl(stateDir, logger);
      return smoke(inputs, { url, cases }, logger);
    }
    if (inputs.source === "kinesis") return consumeKinesis(inputs, logger);
    // The local target starts consumers with DATABASE_URL naming its own Postgres.
    const url =
      process.env.DATABASE_URL || (await databaseUrl(stateDir, logger));
    return consume(inputs, url, stateDir, logger);
  },
};
