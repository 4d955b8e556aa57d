import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { GATEWAY_IN_FRONT_ENV } from "../gateway/contract.js";
import { freePort } from "../net.js";
import type { Logger } from "../logger.js";
import { DEFAULT_ENVIRONMENT } from "../version.js";
import {
  startVersionGateway,
  type LocalGatewayOptions,
  type LocalGatewayProcess,
} from "./gateway.js";
import {
  isAlive,
  logTail,
  startDetached,
  stopProcess,
  waitReady,
} from "./processes.js";

export { isAlive, waitReady } from "./processes.js";

/** A model service the local target started, recorded so later CLI runs can find it. */
export interface LocalService {
  version: string;
  /** The model server's process. */
  pid: number;
  port: number;
  /** Where the version answers: its gateway, in front of the model server. */
  url: string;
  /** The model server itself. */
  modelUrl: string;
  logFile: string;
  /** The version's gateway (absent for services recorded before gateways existed). */
  gateway?: LocalGatewayProcess;
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
  /** The environment it serves in (MODELSHIP_ENVIRONMENT): its log tables are that one's. */
  environment?: string;
  /**
   * Its gateway: how to run one and what it needs (the version is this service's). None for a
   * process that is no model server (a stream version's consumer).
   */
  gateway?: Omit<LocalGatewayOptions, "stateDir" | "databaseUrl" | "logger">;
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

/** Records a process the local target started under `key`, so status, down and revert find it. */
export function recordLocalService(
  stateDir: string,
  key: string,
  service: LocalService,
): void {
  writeState(stateDir, { ...readState(stateDir), [key]: service });
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

/**
 * Starts (or restarts) one version's service on 127.0.0.1, detached so it outlives the CLI, waits
 * until it is ready, then starts its gateway in front. Output goes to log files under the state
 * directory.
 */
export async function startLocalService(
  options: StartServiceOptions,
): Promise<LocalService> {
  const { stateDir, version, logger } = options;
  await stopLocalService(stateDir, version, logger);
  const port = await freePort();
  mkdirSync(path.join(stateDir, "logs"), { recursive: true });
  const logFile = path.join(stateDir, "logs", `${version}.log`);
  const started = startDetached({
    argv: ["bash", "-c", options.command],
    logFile,
    cwd: options.cwd,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      MODEL_VERSION: version,
      MODELSHIP_ENVIRONMENT: options.environment ?? DEFAULT_ENVIRONMENT,
      MODELSHIP_RUN_DIR: options.runDir,
      DATABASE_URL: options.databaseUrl,
      // Its gateway logs the predictions (a model server that logs by itself need not).
      [GATEWAY_IN_FRONT_ENV]: "true",
      // The prediction-log journal of this state directory's version (one process per journal).
      LOG_JOURNAL_DIR: path.join(stateDir, "journal", version),
    },
  });
  const modelUrl = `http://127.0.0.1:${port}`;
  const service: LocalService = {
    version,
    pid: started.pid,
    port,
    url: modelUrl,
    modelUrl,
    logFile,
    startedAt: new Date().toISOString(),
  };
  writeState(stateDir, { ...readState(stateDir), [version]: service });
  logger.info(
    `started ${version} (pid ${started.pid}) on ${modelUrl}; log: ${logFile}`,
  );
  try {
    await waitReady(
      `${modelUrl}${options.readyPath ?? "/ready"}`,
      () => !started.exited(),
      options.readyTimeoutMs ?? 60_000,
    );
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nlast lines of ${logFile}:\n${logTail(logFile)}`,
      { cause: error },
    );
  }
  if (!options.gateway) return service;
  service.gateway = await startVersionGateway({
    ...options.gateway,
    stateDir,
    databaseUrl: options.databaseUrl,
    logger,
    version,
    modelUrl,
  });
  service.url = service.gateway.url;
  writeState(stateDir, { ...readState(stateDir), [version]: service });
  logger.info(
    `${version}'s gateway (pid ${service.gateway.pid}) on ${service.url} logs its predictions`,
  );
  return service;
}

/**
 * Stops a version's gateway, then its service, each with SIGTERM (they drain: the gateway its
 * prediction log), and waits for them to exit.
 */
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
  const gateway = service.gateway;
  if (gateway && (await stopProcess(gateway.pid, timeoutMs)))
    logger.warning(
      `${version}'s gateway (pid ${gateway.pid}) did not stop within ${timeoutMs / 1000} s: killed it`,
    );
  if (!isAlive(service.pid)) {
    writeState(stateDir, state);
    return false;
  }
  // The service runs under `bash -c` as the leader of its own process group: signal the group,
  // so a compound start command's children stop too.
  if (await stopProcess(service.pid, timeoutMs))
    logger.warning(
      `${version} (pid ${service.pid}) did not stop within ${timeoutMs / 1000} s: killed it`,
    );
  writeState(stateDir, state);
  logger.info(`stopped ${version} (pid ${service.pid})`);
  return true;
}
