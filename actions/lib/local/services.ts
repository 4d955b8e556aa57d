import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { freePort } from "../net.js";
import type { Logger } from "../logger.js";

/** A model service the local target started, recorded so later CLI runs can find it. */
export interface LocalService {
  version: string;
  pid: number;
  port: number;
  url: string;
  logFile: string;
  startedAt: string;
}

/** Options for startLocalService. */
export interface StartServiceOptions {
  stateDir: string;
  version: string;
  /** The version's run directory (MODELSHIP_RUN_DIR): where its training left the model. */
  runDir: string;
  databaseUrl: string;
  logger: Logger;
  /** modelship.yml's `service.start`: a shell command, run with `bash -c`. */
  command: string;
  /** The service's ready path (modelship.yml `service.ready-path`). */
  readyPath?: string;
  readyTimeoutMs?: number;
  /** Working directory of the service process (default: this process's). */
  cwd?: string;
}

const STATE_FILE = "services.json";

function readState(stateDir: string): Record<string, LocalService> {
  const file = path.join(stateDir, STATE_FILE);
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, LocalService>)
    : {};
}

function writeState(
  stateDir: string,
  state: Record<string, LocalService>,
): void {
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(
    path.join(stateDir, STATE_FILE),
    `${JSON.stringify(state, null, 2)}\n`,
  );
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    process.kill(pid, signal);
  }
}

/** Records a process the local target started under `key`, so status, down and revert find it. */
export function recordLocalService(
  stateDir: string,
  key: string,
  service: LocalService,
): void {
  writeState(stateDir, { ...readState(stateDir), [key]: service });
}

/** True when a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The local services still running, by version; entries of dead processes are dropped. */
export function listLocalServices(
  stateDir: string,
): Record<string, LocalService> {
  const state = readState(stateDir);
  const alive = Object.fromEntries(
    Object.entries(state).filter(([, s]) => isAlive(s.pid)),
  );
  if (Object.keys(alive).length !== Object.keys(state).length)
    writeState(stateDir, alive);
  return alive;
}

/** Polls `readyUrl` until it answers 200, the process dies, or the time runs out. */
export async function waitReady(
  readyUrl: string,
  running: () => boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (!running())
      throw new Error("the service process exited before it was ready");
    try {
      const response = await fetch(readyUrl, {
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${readyUrl} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`,
  );
}

/**
 * Starts (or restarts) one version's service on 127.0.0.1, detached so it outlives the CLI, and
 * waits until it is ready. Its output goes to a log file under the state directory.
 */
export async function startLocalService(
  options: StartServiceOptions,
): Promise<LocalService> {
  const { stateDir, version, logger } = options;
  await stopLocalService(stateDir, version, logger);
  const port = await freePort();
  const logDir = path.join(stateDir, "logs");
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${version}.log`);
  const fd = openSync(logFile, "a");
  const child = spawn("bash", ["-c", options.command], {
    cwd: options.cwd,
    detached: true,
    stdio: ["ignore", fd, fd],
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      MODEL_VERSION: version,
      MODELSHIP_RUN_DIR: options.runDir,
      DATABASE_URL: options.databaseUrl,
      // The prediction-log journal of this state directory's version (one process per journal).
      LOG_JOURNAL_DIR: path.join(stateDir, "journal", version),
    },
  });
  closeSync(fd);
  // A crashed child stays a zombie (so kill(pid, 0) succeeds) until we exit: watch its exit.
  let exited = false;
  child.on("exit", () => (exited = true));
  child.unref();
  if (child.pid === undefined)
    throw new Error(`could not start the service for ${version}`);
  const url = `http://127.0.0.1:${port}`;
  const service: LocalService = {
    version,
    pid: child.pid,
    port,
    url,
    logFile,
    startedAt: new Date().toISOString(),
  };
  writeState(stateDir, { ...readState(stateDir), [version]: service });
  logger.info(
    `started ${version} (pid ${child.pid}) on ${url}; log: ${logFile}`,
  );
  try {
    await waitReady(
      `${url}${options.readyPath ?? "/ready"}`,
      () => !exited,
      options.readyTimeoutMs ?? 60_000,
    );
  } catch (error) {
    const tail = existsSync(logFile)
      ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")
      : "";
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nlast lines of ${logFile}:\n${tail}`,
      { cause: error },
    );
  }
  return service;
}

/** Stops a version's service with SIGTERM (it drains its log queue) and waits for it to exit. */
export async function stopLocalService(
  stateDir: string,
  version: string,
  logger: Logger,
  timeoutMs = 30_000,
): Promise<boolean> {
  const state = readState(stateDir);
  const service = state[version];
  if (!service) return false;
  delete state[version];
  if (!isAlive(service.pid)) {
    writeState(stateDir, state);
    return false;
  }
  // The service runs under `bash -c` as the leader of its own process group: signal the group,
  // so a compound start command's children stop too.
  signalGroup(service.pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(service.pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(service.pid)) {
    logger.warning(
      `${version} (pid ${service.pid}) did not stop within ${timeoutMs / 1000} s: killing it`,
    );
    signalGroup(service.pid, "SIGKILL");
  }
  writeState(stateDir, state);
  logger.info(`stopped ${version} (pid ${service.pid})`);
  return true;
}
