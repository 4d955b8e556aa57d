import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);
const BLOCKER = path.join(ROOT, "test/helpers/block-network.mjs");

/** What one run of a bundle left behind. */
export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses a GITHUB_OUTPUT file (`key<<delim` blocks and `key=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delim] = heredoc as unknown as [string, string, string];
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== delim)
        body.push(lines[i] ?? "");
      result[key] = body.join("\n");
    } else if (line.includes("=")) {
      result[line.slice(0, line.indexOf("="))] = line.slice(
        line.indexOf("=") + 1,
      );
    }
  }
  return result;
}

/** Options for runBundle. */
export interface RunBundleOptions {
  /** Inputs by their action.yml names; become INPUT_<NAME> (uppercased, hyphens kept). */
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_* context, AWS endpoint, ...). */
  env?: Record<string, string | undefined>;
  /** The webhook event JSON for GITHUB_EVENT_PATH. */
  event?: object;
  cwd?: string;
  timeoutMs?: number;
  /** Path of the bundle; default `actions/<action>/dist/index.js`. */
  bundle?: string;
}

/** Runs a committed bundle exactly as the runner does, with the network blocked past loopback. */
export async function runBundle(
  action: string,
  options: RunBundleOptions = {},
): Promise<BundleRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `modelship-${action}-`));
  const outputFile = path.join(dir, "output");
  const summaryFile = path.join(dir, "summary");
  const eventFile = path.join(dir, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: os.tmpdir(),
    NODE_OPTIONS: `--import ${BLOCKER}`,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    // An empty workspace unless the test names one: no modelship.yml leaks in from this
    // repository's own (tests that want a config pass one, or a cwd).
    GITHUB_WORKSPACE: options.cwd ?? dir,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const bundle =
    options.bundle ?? path.join(ROOT, "actions", action, "dist", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], {
      cwd: options.cwd ?? ROOT,
      env: env as NodeJS.ProcessEnv,
      timeout: options.timeoutMs ?? 120_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const outputs = parseOutputFile(readFileSync(outputFile, "utf8"));
      const summary = readFileSync(summaryFile, "utf8");
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr, outputs, summary });
    });
  });
}
