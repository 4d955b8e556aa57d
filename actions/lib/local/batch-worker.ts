/**
 * The local target's batch versions: beside the model's process, a `modelship batch` worker that
 * watches its environment's inbox (`<state dir>/batch/inbox/<version>/` in the default
 * environment, `<state dir>/environments/<env>/batch/...` in another), started detached like the
 * services so it outlives the CLI, and a dropbox on the same folder for the batch smoke test.
 */
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
} from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../logger.js";
import type { BatchDropbox } from "../smoke/batch.js";
import { DEFAULT_ENVIRONMENT } from "../version.js";
import { environmentStateDir } from "./paths.js";
import {
  recordLocalService,
  stopLocalService,
  type LocalService,
} from "./services.js";

/**
 * The local batch root of an environment: inbox/, outputs/, spool/, work/, journal/. It sits in
 * the environment's own state directory (environmentStateDir), so the default environment keeps
 * `<state dir>/batch` and two environments never share an inbox or an output.
 */
export function batchRoot(
  stateDir: string,
  environment: string = DEFAULT_ENVIRONMENT,
): string {
  return path.join(environmentStateDir(stateDir, environment), "batch");
}

/** The key of a version's worker among the local services. */
export const batchWorkerKey = (version: string): string =>
  `${version}/batch-worker`;

/** The line a watching worker prints once it runs (its start-up is then over). */
export const WATCHING_LINE = "batch worker: watching";

/** Options of startLocalBatchWorker. */
export interface StartBatchWorkerOptions {
  /** The state directory (its Postgres); the worker is recorded in its environment's. */
  stateDir: string;
  /** The environment the worker scores in: its inbox, queue rows and log tables. */
  environment: string;
  app: string;
  version: string;
  modelUrl: string;
  predictPath: string;
  /** How to run the CLI: the node binary, its flags and the CLI's entry. */
  command: readonly string[];
  logger: Logger;
  cwd?: string;
  readyTimeoutMs?: number;
}

// The log is appended to across restarts: only what this process wrote (past `from`) counts.
async function waitWatching(
  logFile: string,
  from: number,
  exited: () => boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (readFileSync(logFile).subarray(from).includes(WATCHING_LINE)) return;
    if (exited()) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const tail = existsSync(logFile)
    ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")
    : "";
  throw new Error(
    `the batch worker ${exited() ? "exited" : "did not start watching"} (log ${logFile}):\n${tail}`,
  );
}

/** Starts (or restarts) a version's local batch worker and waits until it watches the inbox. */
export async function startLocalBatchWorker(
  options: StartBatchWorkerOptions,
): Promise<LocalService> {
  const { stateDir, version, logger } = options;
  const servicesDir = environmentStateDir(stateDir, options.environment);
  const key = batchWorkerKey(version);
  await stopLocalService(servicesDir, key, logger);
  const logDir = path.join(servicesDir, "logs");
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${version}-batch.log`);
  const fd = openSync(logFile, "a");
  const from = statSync(logFile).size;
  const [program, ...prefix] = options.command;
  const child = spawn(
    program as string,
    [
      ...prefix,
      "batch",
      ...["--version", version, "--app", options.app],
      ...["--state-dir", stateDir, "--model-url", options.modelUrl],
      ...["--predict-path", options.predictPath],
    ],
    {
      cwd: options.cwd,
      detached: true,
      stdio: ["ignore", fd, fd],
      // Its environment, as a stream consumer gets it: the worker runs from the repository root,
      // where no --env could be checked against the --config file the pipeline was given.
      env: { ...process.env, MODELSHIP_ENVIRONMENT: options.environment },
    },
  );
  closeSync(fd);
  let exited = false;
  child.on("exit", () => (exited = true));
  child.unref();
  if (child.pid === undefined)
    throw new Error(`could not start the batch worker of ${version}`);
  const worker: LocalService = {
    version,
    pid: child.pid,
    port: 0,
    url: "",
    modelUrl: options.modelUrl,
    logFile,
    startedAt: new Date().toISOString(),
  };
  recordLocalService(servicesDir, key, worker);
  await waitWatching(
    logFile,
    from,
    () => exited,
    options.readyTimeoutMs ?? 60_000,
  );
  logger.info(
    `started the ${version} batch worker (pid ${child.pid}); log: ${logFile}`,
  );
  return worker;
}

/**
 * Stops a version's local batch worker (it gives its file back to the queue); `servicesDir` is
 * its environment's state directory (environmentStateDir), where it was recorded.
 */
export function stopLocalBatchWorker(
  servicesDir: string,
  version: string,
  logger: Logger,
): Promise<boolean> {
  return stopLocalService(servicesDir, batchWorkerKey(version), logger);
}

/** Largest output the smoke test reads back. */
const MAX_SMOKE_OUTPUT_BYTES = 16 * 1024 * 1024;

/** The batch smoke test's dropbox on an environment's local batch root. */
export function localDropbox(
  stateDir: string,
  environment: string = DEFAULT_ENVIRONMENT,
): BatchDropbox {
  const root = batchRoot(stateDir, environment);
  const where = (key: string) => path.join(root, ...key.split("/"));
  return {
    async drop(key, body) {
      const target = where(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written under a name the inbox never takes, then renamed whole.
      await writeFile(`${target}.partial`, body);
      await rename(`${target}.partial`, target);
    },
    async read(key) {
      const info = await stat(where(key)).catch(() => undefined);
      if (!info) return undefined;
      if (info.size > MAX_SMOKE_OUTPUT_BYTES)
        throw new Error(
          `${where(key)} is larger than ${MAX_SMOKE_OUTPUT_BYTES} bytes`,
        );
      return readFile(where(key), "utf8");
    },
    describe: where,
  };
}
