/**
 * The local twin of the batch worker (`modelship batch`): the same worker over a folder and a
 * queue kept in Postgres. One file with `--input`, or the inbox watched until stopped.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { openPool } from "../db/pool.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import type { Logger } from "../logger.js";
import { PredictionLogWriter } from "../predictions/writer.js";
import type { VersionNames } from "../version.js";
import { batchScope, InboxWatcher } from "./inbox.js";
import { ensureLocalQueue, LocalQueue, spoolPath } from "./local-queue.js";
import { LocalStore } from "./local-store.js";
import { runWorkerLoop, type LoopStats } from "./loop.js";
import { ModelClient } from "./predict.js";
import { scoreJob, type WorkerOptions } from "./worker.js";

/** Everything the local worker needs, validated by the CLI. */
export interface LocalBatchOptions {
  app: string;
  names: VersionNames;
  /** The environment's local batch root (batchRoot: `<state dir>/batch` in the default one). */
  root: string;
  /** The database the rows are logged to; undefined logs nothing. */
  databaseUrl?: string;
  modelUrl: string;
  predictPath: string;
  batchSize: number;
  concurrency: number;
  logger: Logger;
  signal: AbortSignal;
  /** The local queue's lease, renewed while a file is scored (default 60 s). */
  leaseSeconds?: number;
}

/** The parts a local run shares: pool, writer, client; closed together. */
interface Runtime {
  pool?: pg.Pool;
  writer?: PredictionLogWriter;
  client: ModelClient;
}

async function openRuntime(
  options: LocalBatchOptions,
  journalName: string,
): Promise<Runtime> {
  const client = new ModelClient({
    url: options.modelUrl,
    predictPath: options.predictPath,
    concurrency: options.concurrency,
  });
  if (!options.databaseUrl) return { client };
  const pool = openPool(options.databaseUrl, 4);
  await migrate(pool, options.logger);
  await ensurePredictionTables(pool, options.names);
  await ensureLocalQueue(pool);
  const journalDir = path.join(options.root, "journal", journalName);
  await mkdir(journalDir, { recursive: true });
  // strict: a delivery is removed only once its rows are fsynced in the journal or in Postgres.
  const writer = await PredictionLogWriter.open({
    pool,
    names: options.names,
    logger: options.logger,
    journalDir,
    durability: "strict",
  });
  return { pool, writer, client };
}

async function closeRuntime(runtime: Runtime, logger: Logger): Promise<void> {
  const closed = await runtime.writer?.close(25_000);
  if (closed && !closed.drained)
    logger.warning(
      `${closed.leftInJournal} log row(s) wait in ${closed.journalDir}; the next run writes them`,
    );
  await runtime.client.close();
  await runtime.pool?.end();
}

// One journal per process: the inbox's worker has the version's; a one-file run (`--input`),
// which may run beside it, has one of its own that the next such run drains.
async function withRuntime<T>(
  options: LocalBatchOptions,
  journalName: string,
  fn: (runtime: Runtime) => Promise<T>,
): Promise<T> {
  const runtime = await openRuntime(options, journalName);
  try {
    return await fn(runtime);
  } finally {
    await closeRuntime(runtime, options.logger);
  }
}

function workerOptions(
  options: LocalBatchOptions,
  runtime: Runtime,
  store: WorkerOptions["store"],
): Omit<WorkerOptions, "queue"> {
  return {
    store,
    client: runtime.client,
    writer: runtime.writer,
    version: options.names.version,
    workDir: path.join(options.root, "work"),
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    logger: options.logger,
  };
}

/** The file's SHA-256, read as a stream: the revision of a file scored with `--input`. */
export async function fileDigest(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file))
    hash.update(chunk as Buffer);
  return `sha256:${hash.digest("hex")}`;
}

/** Scores one local file into `output`; running it again on the same file logs no row twice. */
export async function scoreLocalFile(
  options: LocalBatchOptions & { input: string; output: string },
): Promise<number> {
  await mkdir(path.join(options.root, "work"), { recursive: true });
  const key = `inbox/${options.names.version}/${path.basename(options.input)}`;
  const job = {
    handle: "cli",
    key,
    revision: await fileDigest(options.input),
    attempt: 1,
    appRoute: false,
  };
  const journal = `${options.names.version}+cli`;
  return withRuntime(options, journal, async (runtime) => {
    const store = new LocalStore({
      root: options.root,
      fileOf: () => options.input,
      outputPath: () => options.output,
    });
    const worker = workerOptions(options, runtime, store);
    const { rows } = await scoreJob(job, worker, options.signal);
    return rows;
  });
}

/** Watches the inbox and scores what arrives until the signal aborts (or idle for idleExitMs). */
export async function runLocalInbox(
  options: LocalBatchOptions & { idleExitMs?: number; pollMs?: number },
): Promise<LoopStats> {
  await mkdir(path.join(options.root, "work"), { recursive: true });
  return withRuntime(options, options.names.version, async (runtime) => {
    if (!runtime.pool)
      throw new Error(
        "the local inbox keeps its queue in Postgres: a database is needed",
      );
    const { pool } = runtime;
    // The environment's route and queue rows: the same version in another one is not this.
    const common = {
      pool,
      root: options.root,
      app: batchScope(options.app, options.names.environment),
      version: options.names.version,
    };
    const watcher = new InboxWatcher({ ...common, logger: options.logger });
    await mkdir(path.join(watcher.inbox, options.names.version), {
      recursive: true,
    });
    const queue = new LocalQueue({
      ...common,
      leaseSeconds: options.leaseSeconds,
    });
    const store = new LocalStore({
      root: options.root,
      fileOf: (job) => spoolPath(options.root, job.handle, job.key),
    });
    const scanning = setInterval(
      () =>
        watcher
          .scan()
          .catch((error: unknown) =>
            options.logger.warning(`inbox: scan failed: ${String(error)}`),
          ),
      options.pollMs ?? 250,
    );
    try {
      return await runWorkerLoop({
        ...workerOptions(options, runtime, store),
        queue,
        signal: options.signal,
        idleExitMs: options.idleExitMs,
      });
    } finally {
      clearInterval(scanning);
    }
  });
}
