/** Detached processes of the local target: started under the state directory, found again by pid. */
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
} from "node:fs";
import path from "node:path";

/** True when a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signals a process group (a detached child leads its own), else the process alone. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** A started detached process: its pid, and whether it has exited since. */
export interface Detached {
  pid: number;
  exited(): boolean;
}

/**
 * Starts `argv` detached (it outlives the CLI), its output appended to `logFile`. A crashed child
 * stays a zombie (so kill(pid, 0) succeeds) until we exit: `exited()` watches its exit instead.
 */
export function startDetached(options: {
  argv: readonly string[];
  logFile: string;
  env: NodeJS.ProcessEnv;
  cwd?: string;
}): Detached {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const fd = openSync(options.logFile, "a");
  const [command, ...args] = options.argv as [string, ...string[]];
  const child = spawn(command, args, {
    cwd: options.cwd,
    detached: true,
    stdio: ["ignore", fd, fd],
    env: options.env,
  });
  closeSync(fd);
  let exited = false;
  child.on("exit", () => (exited = true));
  child.unref();
  if (child.pid === undefined)
    throw new Error(`could not start ${path.basename(command)}`);
  return { pid: child.pid, exited: () => exited };
}

/** SIGTERM to the group, then SIGKILL after `timeoutMs`; true when it had to kill. */
export async function stopProcess(
  pid: number,
  timeoutMs: number,
): Promise<boolean> {
  if (!isAlive(pid)) return false;
  signalGroup(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (!isAlive(pid)) return false;
  signalGroup(pid, "SIGKILL");
  return true;
}

/** Polls `readyUrl` until it answers 200, the process dies, or the time runs out. */
export async function waitReady(
  readyUrl: string,
  running: () => boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (!running()) throw new Error("the process exited before it was ready");
    try {
      const response = await fetch(readyUrl, {
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${readyUrl} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`,
  );
}

/** The last lines of a log file, for an error message. */
export function logTail(logFile: string, lines = 15): string {
  return existsSync(logFile)
    ? readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n")
    : "";
}
