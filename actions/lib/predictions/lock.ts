/**
 * One process per journal directory: two writers appending to the same segments would interleave
 * records. The lock is a file holding the owner's pid, created exclusively; a lock whose process is
 * gone (a SIGKILL, a crash) is stale and taken over, which is what a restart after a kill needs.
 */
import { open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError } from "../errors.js";

const LOCK_FILE = "LOCK";

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  // Our own pid in the file means a previous run of this container's PID 1, not a rival.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock on `dir` (which must exist) and returns its release. Throws ConfigurationError
 * when a live process holds it.
 */
export async function lockJournal(
  dir: string,
  variable: string,
): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number((await readFile(file, "utf8").catch(() => "")).trim());
    if (alive(owner))
      throw new ConfigurationError(
        `the prediction-log journal ${dir} is in use by process ${owner}: give each process its own ${variable}`,
      );
    await rm(file, { force: true }); // stale: its owner is gone
  }
  throw new ConfigurationError(
    `could not take the lock of the prediction-log journal ${dir}: set ${variable} to a directory of its own`,
  );
}
