import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type { Logger } from "../logger.js";
import { freePort } from "../net.js";
import {
  answers,
  initCluster,
  localUrl,
  startCluster,
  stopCluster,
} from "../postgres/server.js";

/** A Postgres that outlives the CLI process, for the local pipeline target. */
export interface LocalPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** True when this call started it; false when it was already running. */
  started: boolean;
}

function savedPort(configFile: string): number | undefined {
  if (!existsSync(configFile)) return undefined;
  const saved = JSON.parse(readFileSync(configFile, "utf8")) as {
    port?: unknown;
  };
  return typeof saved.port === "number" ? saved.port : undefined;
}

/** Where the local Postgres of a state directory keeps its data and its port. */
function paths(stateDir: string) {
  return {
    dataDir: path.resolve(stateDir, "pgdata"),
    configFile: path.resolve(stateDir, "postgres.json"),
  };
}

/**
 * The URL of the local Postgres under `stateDir` when it is running, without starting it (for
 * read-only commands such as `status`).
 */
export async function runningLocalPostgres(
  stateDir: string,
): Promise<string | undefined> {
  const port = savedPort(paths(stateDir).configFile);
  if (port === undefined) return undefined;
  const url = localUrl(port);
  return (await answers(url)) ? url : undefined;
}

/**
 * Makes sure the local Postgres under `stateDir` runs, initialising it on first use, and returns
 * its URL. pg_ctl runs it detached, so deployed local services keep logging after the CLI exits;
 * `stopLocalPostgres` ends it.
 */
export async function ensureLocalPostgres(
  stateDir: string,
  logger: Logger,
): Promise<LocalPostgres> {
  const { dataDir, configFile } = paths(stateDir);
  mkdirSync(stateDir, { recursive: true });
  chmodSync(stateDir, 0o755);
  const port = savedPort(configFile) ?? (await freePort());
  const url = localUrl(port);
  if (await answers(url)) return { url, port, dataDir, started: false };
  if (!existsSync(path.join(dataDir, "PG_VERSION")))
    logger.info(`initialising a local PostgreSQL in ${dataDir}`);
  await initCluster(dataDir);
  writeFileSync(configFile, JSON.stringify({ port }));
  await startCluster(dataDir, port);
  if (!(await answers(url)))
    throw new Error(`local PostgreSQL did not answer on port ${port}`);
  logger.info(`local PostgreSQL is running on 127.0.0.1:${port}`);
  return { url, port, dataDir, started: true };
}

/** Stops the local Postgres under `stateDir`, if it runs. */
export async function stopLocalPostgres(stateDir: string): Promise<boolean> {
  return stopCluster(paths(stateDir).dataDir);
}
