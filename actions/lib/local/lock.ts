/**
 * One modelship run at a time per state directory. Two pipeline runs on one state directory used
 * to interleave (one reported "passed" after training only; both claimed 100% of the traffic).
 * proper-lockfile keeps the lock fresh while we hold it, so a crashed run's lock goes stale and the
 * next run takes it over instead of waiting forever.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import type { Logger } from "../logger.js";

/** How long a run waits for another to finish before giving up (default 10 minutes). */
export const DEFAULT_LOCK_WAIT_MS = 10 * 60_000;

/** Runs `fn` holding the state directory's lock; waits (saying so) while another run holds it. */
export async function withStateLock<T>(
  stateDir: string,
  logger: Logger,
  fn: () => Promise<T>,
  waitMs = DEFAULT_LOCK_WAIT_MS,
): Promise<T> {
  mkdirSync(stateDir, { recursive: true });
  const options = {
    lockfilePath: path.join(stateDir, "run.lock"),
    stale: 10_000,
    update: 5_000,
  };
  const deadline = Date.now() + waitMs;
  let release: (() => Promise<void>) | undefined;
  let told = false;
  while (!release) {
    try {
      release = await lockfile.lock(stateDir, options);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
      if (Date.now() >= deadline)
        throw new Error(
          `another modelship run still holds ${options.lockfilePath} after ${Math.round(waitMs / 1000)} s`,
          { cause: error },
        );
      if (!told)
        logger.info(
          `waiting for another modelship run on ${stateDir} to finish (lock ${options.lockfilePath})`,
        );
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => undefined);
  }
}
