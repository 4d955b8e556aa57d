import type { Dispatcher } from "undici";
import type { Logger } from "../logger.js";
import { call, excerpt, jsonBody } from "./http.js";

/** Options for waitForReady. */
export interface ReadyOptions {
  agent: Dispatcher;
  /** The ready endpoint: the version's base URL plus its ready path. */
  readyUrl: string;
  timeoutMs: number;
  logger: Logger;
  /** Pause between polls; default 1 s. */
  pollMs?: number;
}

/** What the wait found. */
export type ReadyResult =
  | { ready: true; ms: number; attempts: number; body: Record<string, unknown> }
  | { ready: false; ms: number; attempts: number; reason: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One poll: undefined when ready, else what stood in the way. */
async function pollOnce(
  options: ReadyOptions,
  timeoutMs: number,
): Promise<{ body?: Record<string, unknown>; problem?: string }> {
  try {
    const got = await call(options.agent, {
      method: "GET",
      url: options.readyUrl,
      timeoutMs,
    });
    const body = jsonBody(got) as Record<string, unknown> | undefined;
    if (got.status === 200 && body?.ready === true) return { body };
    return { problem: `HTTP ${got.status} ${excerpt(got.body)}` };
  } catch (error) {
    // The reason already names the URL; keep only what went wrong.
    const prefix = `GET ${options.readyUrl}: `;
    return { problem: (error as Error).message.replace(prefix, "") };
  }
}

/**
 * Polls `GET <readyUrl>` until it answers 200 with `"ready": true`, or the timeout passes. Prints
 * a line whenever the answer changes and every ~10 s, so a long wait is never silent; on timeout
 * the reason carries the last status or network error.
 */
export async function waitForReady(
  options: ReadyOptions,
): Promise<ReadyResult> {
  const pollMs = options.pollMs ?? 1000;
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  let attempts = 0;
  let last = "";
  let lastPrinted = 0;
  for (;;) {
    attempts++;
    // At least 0.5 s, so the last poll near the deadline still gets a real answer.
    const remaining = Math.max(500, deadline - Date.now());
    const { body, problem } = await pollOnce(
      options,
      Math.min(5000, remaining),
    );
    const elapsed = Date.now() - started;
    if (body) {
      options.logger.info(
        `ready after ${(elapsed / 1000).toFixed(1)} s: ${JSON.stringify(body)}`,
      );
      return { ready: true, ms: elapsed, attempts, body };
    }
    if (problem !== last || elapsed - lastPrinted >= 10_000) {
      options.logger.info(
        `not ready yet (${(elapsed / 1000).toFixed(0)} s): ${problem}`,
      );
      last = problem ?? "";
      lastPrinted = elapsed;
    }
    if (Date.now() >= deadline - 50) {
      const seconds = options.timeoutMs / 1000;
      return {
        ready: false,
        ms: Date.now() - started,
        attempts,
        reason: `GET ${options.readyUrl} was not ready within ${seconds} s (${attempts} attempts); last answer: ${problem}`,
      };
    }
    await sleep(Math.min(pollMs, deadline - Date.now()));
  }
}
