// The processes bench/gateway.ts measures: the gateway (`modelship gateway`, from source), the
// example service, the Python fixture's server, and autocannon, each in its own process.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../actions/lib/net.js";

export const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
);

/** A started process and how to stop it (SIGTERM: it drains). */
export interface Running {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
}

/** Starts `argv` and waits until `readyPath` answers 200. */
export async function startProcess(
  argv: string[],
  options: {
    env: NodeJS.ProcessEnv;
    port: number;
    readyPath: string;
    cwd?: string;
  },
): Promise<Running> {
  const [command, ...args] = argv as [string, ...string[]];
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) =>
    child.on("exit", (c) => r(c)),
  );
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}${options.readyPath}`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { url, child, output: () => out, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(
    `${argv.join(" ").slice(0, 120)} did not become ready:\n${out.slice(-2000)}`,
  );
}

/** A gateway process with a fresh journal; `flags` as on the command line. */
export async function startGatewayProcess(
  flags: string[],
  databaseUrl: string,
): Promise<Running> {
  const port = await freePort();
  const journal = mkdtempSync(path.join(os.tmpdir(), "bench-gateway-"));
  const running = await startProcess(
    [
      process.execPath,
      "--import",
      "tsx",
      "actions/cli/index.ts",
      "gateway",
      ...[
        "--port",
        String(port),
        "--host",
        "127.0.0.1",
        "--journal-dir",
        journal,
      ],
      ...flags,
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      port,
      readyPath: "/_modelship/health",
    },
  );
  const stop = running.stop;
  return {
    ...running,
    stop: async () => {
      const code = await stop();
      rmSync(journal, { recursive: true, force: true });
      return code;
    },
  };
}

/** What autocannon reports with --json (the fields read here). */
export interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Runs the autocannon CLI in its own process and parses its JSON summary. */
export function cannon(
  url: string,
  options: { seconds: number; connections: number; body: string },
): Promise<CannonResult> {
  const cli = path.join(ROOT, "node_modules/autocannon/autocannon.js");
  const args = [
    cli,
    "--json",
    ...["-c", String(options.connections), "-d", String(options.seconds)],
    ...[
      "-m",
      "POST",
      "-H",
      "content-type=application/json",
      "-b",
      options.body,
    ],
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as CannonResult)
        : reject(new Error(`autocannon exit ${code}: ${err}`)),
    );
  });
}

/**
 * Predictions a gateway made the model answer: 200s, plus those whose client left before the
 * answer (499; autocannon drops its requests in flight when its time is up). Both are logged.
 */
export async function predictionsMade(base: string): Promise<number> {
  const text = await (await fetch(`${base}/_modelship/metrics`)).text();
  const counts = text.matchAll(
    /_count\{[^}]*route="predict",status_code="(?:200|499)"\} (\d+)/g,
  );
  return [...counts].reduce((sum, match) => sum + Number(match[1]), 0);
}

/** A Prometheus sample's value (the first line matching `pattern`'s name and labels). */
export async function metric(base: string, pattern: RegExp): Promise<number> {
  const text = await (await fetch(`${base}/_modelship/metrics`)).text();
  return Number(pattern.exec(text)?.[1] ?? 0);
}
