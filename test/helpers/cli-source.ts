import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./run-bundle.js";

const BLOCKER = path.join(ROOT, "test/helpers/block-network.mjs");
const ENTRY = path.join(ROOT, "actions/cli/index.ts");
// By path: `--import tsx` would resolve from the working directory, which is a temporary one.
const TSX = pathToFileURL(
  path.join(ROOT, "node_modules/tsx/dist/loader.mjs"),
).href;

/**
 * Starts the modelship CLI from its sources (through tsx, as `npx tsx actions/cli/index.ts` would),
 * with the network blocked. For commands whose bundle is rebuilt only when the branch is merged.
 */
export function spawnCliFromSource(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): ChildProcess & { output(): string } {
  const child = spawn(
    process.execPath,
    ["--import", TSX, "--import", BLOCKER, ENTRY, ...args],
    {
      cwd: options.cwd,
      env: { ...process.env, NODE_OPTIONS: "", ...options.env },
    },
  );
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  return Object.assign(child, { output: () => output });
}

/** Runs the CLI from its sources to the end: its exit code and what it printed on each stream. */
export function cliFromSource(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnCliFromSource(args, options);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
