/** The worker's loop: receive, process, repeat, until stopped or idle for long enough. */
import { errorMessage } from "../errors.js";
import { processJob, type JobOutcome, type WorkerOptions } from "./worker.js";

/** What a run of the loop did, by outcome. */
export type LoopStats = Record<JobOutcome | "unreadable", number>;

/** Options of runWorkerLoop beyond the worker's. */
export interface LoopOptions extends WorkerOptions {
  signal: AbortSignal;
  /** Stop after this long with nothing to do (undefined: run until the signal). */
  idleExitMs?: number;
  /** Pause after a failed receive, so a broken queue is not hammered (default 2 s). */
  errorPauseMs?: number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), {
      once: true,
    });
  });

/** Runs the worker until the signal aborts (or it has been idle for idleExitMs). */
export async function runWorkerLoop(options: LoopOptions): Promise<LoopStats> {
  const stats: LoopStats = {
    scored: 0,
    poison: 0,
    skipped: 0,
    failed: 0,
    released: 0,
    unreadable: 0,
  };
  let idleSince = Date.now();
  const { signal, logger, queue } = options;
  while (!signal.aborted) {
    let received;
    try {
      received = await queue.receive(signal);
    } catch (error) {
      if (signal.aborted) break;
      logger.error(`receiving from the queue failed: ${errorMessage(error)}`);
      await sleep(options.errorPauseMs ?? 2000, signal);
      continue;
    }
    if (!received) {
      if (
        options.idleExitMs !== undefined &&
        Date.now() - idleSince >= options.idleExitMs
      )
        break;
      continue;
    }
    if ("reason" in received) {
      logger.error(
        `unreadable message, sent to the dead-letter queue: ${received.reason}`,
      );
      await queue.deadLetter(received.handle, received.reason);
      stats.unreadable++;
    } else {
      stats[await processJob(received, options, signal)]++;
    }
    idleSince = Date.now();
  }
  return stats;
}
