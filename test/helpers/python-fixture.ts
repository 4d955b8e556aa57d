// The foreign Python repository in test/fixtures/python-model: copy it, find Debian's Python with
// scikit-learn, run its own commands (read from its modelship.yml) the way a user's shell would.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeIfInstalled } from "./requirements.js";

/** The fixture's source directory. */
export const PYTHON_FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/python-model",
);

/** params.json of the three versions the tests ship (see the fixture's README). */
export const PYTHON_PARAMS = {
  v1: { n_estimators: 10, max_depth: 2, seed: 7 },
  worse: { n_estimators: 2, max_depth: 2, seed: 7 },
  better: { n_estimators: 100, max_depth: 4, seed: 7 },
} as const;

/**
 * The environment a user's shell would give `python3 ...`: Debian's interpreter first on PATH,
 * since the machine's first `python3` is a pyenv build without scikit-learn.
 */
export function pythonEnv(
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `/usr/bin:${process.env.PATH ?? ""}`,
    ...extra,
  };
}

/** Undefined when `python3` (as pythonEnv finds it) imports scikit-learn, else why not. */
export function sklearnMissing(): string | undefined {
  const probe = spawnSync("python3", ["-c", "import sklearn"], {
    env: pythonEnv(),
    encoding: "utf8",
    timeout: 30_000,
  });
  if (probe.status === 0) return undefined;
  const why = (probe.stderr || probe.error?.message || "")
    .trim()
    .split("\n")
    .pop();
  return `scikit-learn for Debian's python3 (import sklearn: ${why})`;
}

/**
 * `describe` when Debian's python3 imports scikit-learn. Without it: a failing test on CI (which
 * installs it), a skipped suite elsewhere, each saying what to install.
 */
export function describeWithSklearn(name: string, fn: () => void): void {
  const missing = sklearnMissing();
  describeIfInstalled(
    name,
    {
      missing: missing ? [missing] : [],
      install: "apt-get install -y python3-sklearn",
    },
    fn,
  );
}

/** A fresh copy of the fixture in a temp directory; `remove()` deletes it. */
export function copyPythonFixture(options: { without?: string[] } = {}): {
  dir: string;
  remove(): void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), "python-model-"));
  cpSync(PYTHON_FIXTURE, dir, {
    recursive: true,
    filter: (source) =>
      !(options.without ?? []).includes(path.relative(PYTHON_FIXTURE, source)),
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a shell command the way the train action does (`bash -c` in `cwd`). */
export function runShell(
  command: string,
  cwd: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("bash", ["-c", command], {
    cwd,
    env: pythonEnv(env),
    encoding: "utf8",
    timeout: 120_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** A started shell command, its output so far, and its exit. */
export interface ShellProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a long-running shell command (a server) with `bash -c`. */
export function startShell(
  command: string,
  cwd: string,
  env: Record<string, string>,
): ShellProcess {
  const child = spawn("bash", ["-c", command], {
    cwd,
    env: pythonEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}
