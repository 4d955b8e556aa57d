// Runs the model service as a child process (`node --import tsx example-app/src/server.ts`: one
// process, unlike the tsx CLI, which runs the script in a second one, so a SIGKILL reaches the
// service itself), for tests and the benchmark that need a real process: signals, exit codes,
// separate CPU.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../actions/lib/net.js";

const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);

/** A running service process. */
export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far (JSON log lines). */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
  /** SIGTERM, then the exit code (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<number | null>;
}

/**
 * Starts the service with `env` on a free port and waits until /ready answers 200. Pass
 * DATABASE_URL (else it starts an embedded Postgres) and MODEL_PATH as needed.
 */
export async function startServiceProcess(
  env: Record<string, string>,
  options: { readyTimeoutMs?: number } = {},
): Promise<ServiceProcess> {
  const port = await freePort();
  // A journal of its own unless the test names one: parallel tests of one version must not share.
  const journal =
    env.LOG_JOURNAL_DIR === undefined
      ? mkdtempSync(path.join(os.tmpdir(), "service-journal-"))
      : undefined;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "example-app/src/server.ts"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: String(port),
        ...(journal ? { LOG_JOURNAL_DIR: journal } : {}),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  if (journal)
    child.on("exit", () => rmSync(journal, { recursive: true, force: true }));
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async (timeoutMs = 30_000) => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    const ok = await fetch(`${url}/ready`)
      .then((response) => response.status === 200)
      .catch(() => false);
    if (ok) return { url, child, output: () => out, exited, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop(5000);
  throw new Error(`the service did not become ready:\n${out.slice(-3000)}`);
}
