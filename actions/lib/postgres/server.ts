/**
 * A real PostgreSQL started from npm binaries with initdb and pg_ctl, for the CLI's local target,
 * the example service without DATABASE_URL, the tests and the benchmarks. pg_ctl runs the server
 * in its own session, so a Ctrl-C or SIGTERM aimed at us never reaches it: whoever started it stops
 * it, after draining what it still has to write.
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ConfigurationError } from "../errors.js";
import { freePort } from "../net.js";
import { postgresBinaries, postgresUser } from "./binaries.js";

/** The superuser password of every server started here (they listen on 127.0.0.1 only). */
const PASSWORD = "modelship";

/** A running PostgreSQL server. */
export interface PostgresServer {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server (fast shutdown); its data stays, so `start` brings it back. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops the server and deletes its data when it lives in a temporary directory. */
  destroy(): Promise<void>;
}

/** Options for startPostgres. */
export interface StartPostgresOptions {
  /** Keep data here across runs (initialised on first use); default: a temporary directory. */
  dataDir?: string;
  /** Port on 127.0.0.1; default: a free one. */
  port?: number;
}

function run(
  bin: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      ...postgresUser(),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(
              `${path.basename(bin)} ${args[0]} failed (exit ${code}): ${output.trim().slice(-800)}`,
            ),
          ),
    );
  });
}

/**
 * As root, the server runs as `postgres`, which must be able to enter every directory above its
 * data: a private (0700) parent, such as a fresh mkdtemp, would make initdb fail obscurely.
 */
function checkReachable(dataDir: string, uid: number | undefined): void {
  if (uid === undefined) return;
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const info = statSync(dir);
    if (info.uid !== uid && (info.mode & 0o001) === 0)
      throw new ConfigurationError(
        `the local PostgreSQL runs as user "postgres", which cannot enter ${dir} (mode ${(info.mode & 0o777).toString(8)}): ` +
          `keep the state directory under a directory others may enter (chmod o+x ${dir}), or give a database URL`,
      );
    if (path.dirname(dir) === dir) return;
  }
}

/** Creates a cluster in `dataDir` (owned by the user PostgreSQL runs as), unless one is there. */
export async function initCluster(dataDir: string): Promise<boolean> {
  if (existsSync(path.join(dataDir, "PG_VERSION"))) return false;
  const { uid, gid } = postgresUser();
  checkReachable(dataDir, uid);
  mkdirSync(dataDir, { recursive: true });
  if (uid !== undefined && gid !== undefined) chownSync(dataDir, uid, gid);
  const pwfile = path.join(os.tmpdir(), `modelship-pw-${process.pid}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    await run(postgresBinaries().initdb, [
      `--pgdata=${dataDir}`,
      "--auth=password",
      "--username=postgres",
      `--pwfile=${pwfile}`,
      "--encoding=UTF8",
      "--locale=C",
    ]);
  } finally {
    rmSync(pwfile, { force: true });
  }
  return true;
}

/** Starts the cluster in `dataDir` on `port` and waits until it accepts connections. */
export async function startCluster(
  dataDir: string,
  port: number,
): Promise<void> {
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir}`;
  await run(postgresBinaries().pgCtl, [
    "start",
    "-w",
    "-t",
    "60",
    "-D",
    dataDir,
    "-l",
    path.join(dataDir, "server.log"),
    "-o",
    options,
  ]);
}

/** Stops the cluster in `dataDir` if it runs; true when it was running. */
export async function stopCluster(dataDir: string): Promise<boolean> {
  if (!existsSync(path.join(dataDir, "postmaster.pid"))) return false;
  await run(postgresBinaries().pgCtl, [
    "stop",
    "-w",
    "-m",
    "fast",
    "-D",
    dataDir,
  ]);
  return true;
}

/** The URL of a server started here. */
export function localUrl(port: number): string {
  return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** True when a server answers `SELECT 1` at `url` within a second. */
export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 1000,
  });
  client.on("error", () => undefined);
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

/** Initialises (when new) and starts a PostgreSQL server listening on 127.0.0.1 only. */
export async function startPostgres(
  options: StartPostgresOptions = {},
): Promise<PostgresServer> {
  const temporary = options.dataDir === undefined;
  let dataDir = options.dataDir;
  if (dataDir === undefined) {
    const parent = mkdtempSync(path.join(os.tmpdir(), "modelship-pg-"));
    // As root, the server runs as `postgres`, which must be able to enter the parent directory.
    chmodSync(parent, 0o755);
    dataDir = path.join(parent, "data");
  }
  const dir = path.resolve(dataDir);
  const port = options.port ?? (await freePort());
  await initCluster(dir);
  await startCluster(dir, port);
  return {
    url: localUrl(port),
    port,
    dataDir: dir,
    start: () => startCluster(dir, port),
    stop: async () => {
      await stopCluster(dir);
    },
    async destroy() {
      await stopCluster(dir).catch(() => undefined);
      if (temporary)
        rmSync(path.dirname(dir), { recursive: true, force: true });
    },
  };
}
