/**
 * One modelship run at a time per state directory. Two pipeline runs on one state directory used
 * to interleave (one reported "passed" after training only; both claimed 100% of the traffic).
 *
 * The lock is a file created with O_EXCL holding the owner's pid and host. A lock whose process
 * is gone (on this host) is stale and is taken over, so a killed run never blocks the next one.
 * No dependency: lock libraries install exit and signal handlers, which the core must not.
 */
import {
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
  closeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Logger } from "../logger.js";

/** How long a run waits for another to finish before giving up (default 10 minutes). */
export const DEFAULT_LOCK_WAIT_MS = 10 * 60_000;

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return undefined; // gone, or half-written by an owner that is being created right now
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Tries to take the lock once; on failure says who holds it, after clearing a stale lock. */
function tryLock(
  file: string,
): { taken: true } | { taken: false; owner?: LockOwner } {
  try {
    const fd = openSync(file, "wx", 0o644);
    const owner: LockOwner = {
      pid: process.pid,
      host: os.hostname(),
      since: new Date().toISOString(),
    };
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return { taken: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const owner = readOwner(file);
  if (owner && owner.host === os.hostname() && !alive(owner.pid)) {
    rmSync(file, { force: true }); // stale: its run was killed
    return tryLock(file);
  }
  return { taken: false, owner };
}

/** Runs `fn` holding the state directory's lock; waits (saying so) while another run holds it. */
export async function withStateLock<T>(
  stateDir: string,
  logger: Logger,
  fn: () => Promise<T>,
  waitMs = DEFAULT_LOCK_WAIT_MS,
): Promise<T> {
  mkdirSync(stateDir, { recursive: true });
  const file = path.join(stateDir, "run.lock");
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    const attempt = tryLock(file);
    if (attempt.taken) break;
    const who = attempt.owner
      ? `pid ${attempt.owner.pid} on ${attempt.owner.host} since ${attempt.owner.since}`
      : "another run";
    if (Date.now() >= deadline)
      throw new Error(
        `another modelship run still holds ${file} (${who}) after ${Math.round(waitMs / 1000)} s`,
      );
    if (!told)
      logger.info(
        `waiting for another modelship run on ${stateDir} to finish (${who})`,
      );
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    return await fn();
  } finally {
    rmSync(file, { force: true });
  }
}
