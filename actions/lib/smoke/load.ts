import { setMaxListeners } from "node:events";
import { performance } from "node:perf_hooks";
import type { Dispatcher } from "undici";
import type { Logger } from "../logger.js";
import { call } from "./http.js";

/** The load step may not take longer than this unless the caller says otherwise. */
export const DEFAULT_LOAD_CAP_MS = 120_000;

/** Options for runLoad. */
export interface LoadOptions {
  agent: Dispatcher;
  /** The predict endpoint, POSTed the bodies in turn. */
  predictUrl: string;
  /** The health endpoint: the load's target when there are no bodies. */
  healthUrl: string;
  /** Predict bodies sent in turn; with none, the load is GET healthUrl. */
  bodies: unknown[];
  requests: number;
  concurrency: number;
  /** The version every answer's `x-model-version` must name, when given. */
  version?: string;
  logger: Logger;
  /** Overall time cap; requests still in flight then are aborted and count as errors. */
  capMs?: number;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
}

/** Figures from one bounded load. Latencies are of successful (2xx) responses only. */
export interface LoadResult {
  target: string;
  requests: number;
  /** Requests that got an answer or a network error (the rest were cut off by the cap). */
  sent: number;
  errors: number;
  errorRate: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  durationMs: number;
  requestsPerSecond: number;
  /** Count per HTTP status, plus `network` for failures without one. */
  statuses: Record<string, number>;
  /** First few distinct error messages. */
  errorSamples: string[];
  /** 2xx answers whose x-model-version was not the expected version. */
  versionMismatches: number;
  /** True when the time cap stopped the load. */
  capped: boolean;
  requestIds: string[];
}

/**
 * The nearest-rank percentile (`p` in 0..100) of ascending `sorted` values: the smallest value with
 * at least p% of the values at or below it. NaN for no values.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

interface Tally {
  latencies: number[];
  statuses: Record<string, number>;
  samples: Set<string>;
  errors: number;
  mismatches: number;
  requestIds: string[];
}

async function one(
  options: LoadOptions,
  index: number,
  signal: AbortSignal,
  tally: Tally,
): Promise<void> {
  const body = options.bodies.length
    ? options.bodies[index % options.bodies.length]
    : undefined;
  try {
    const got = await call(options.agent, {
      method: body === undefined ? "GET" : "POST",
      url: body === undefined ? options.healthUrl : options.predictUrl,
      json: body,
      timeoutMs: options.timeoutMs ?? 10_000,
      signal,
    });
    tally.statuses[got.status] = (tally.statuses[got.status] ?? 0) + 1;
    if (got.status < 200 || got.status > 299) {
      tally.errors++;
      if (tally.samples.size < 5)
        tally.samples.add(`HTTP ${got.status}: ${got.body.slice(0, 120)}`);
      return;
    }
    tally.latencies.push(got.ms);
    const id = got.headers["x-request-id"];
    if (id && body !== undefined) tally.requestIds.push(id);
    const version = got.headers["x-model-version"];
    if (options.version !== undefined && version !== options.version)
      tally.mismatches++;
  } catch (error) {
    tally.errors++;
    tally.statuses.network = (tally.statuses.network ?? 0) + 1;
    if (tally.samples.size < 5) tally.samples.add((error as Error).message);
  }
}

/**
 * Step 3: sends exactly `requests` requests with `concurrency` in flight over keep-alive
 * connections, and reports latency percentiles and the error rate (non-2xx or network error).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const capMs = options.capMs ?? DEFAULT_LOAD_CAP_MS;
  const controller = new AbortController();
  // Every request in flight listens on the one signal, and undici detaches a listener only once
  // the body has closed, so the count briefly runs past the concurrency (about 2x was seen). It is
  // not a leak (none remain afterwards), so Node's warning is switched off for this signal.
  setMaxListeners(0, controller.signal);
  let capped = false;
  const cap = setTimeout(() => {
    capped = true;
    controller.abort(new Error(`load time cap of ${capMs / 1000} s reached`));
  }, capMs);
  const tally: Tally = {
    latencies: [],
    statuses: {},
    samples: new Set(),
    errors: 0,
    mismatches: 0,
    requestIds: [],
  };
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.requests && !controller.signal.aborted) {
      await one(options, next++, controller.signal, tally);
    }
  };
  try {
    await Promise.all(
      Array.from(
        { length: Math.min(options.concurrency, options.requests) },
        worker,
      ),
    );
  } finally {
    clearTimeout(cap);
  }
  const durationMs = performance.now() - started;
  const sorted = tally.latencies.sort((a, b) => a - b);
  const sent = tally.latencies.length + tally.errors;
  const result: LoadResult = {
    target: options.bodies.length
      ? `POST ${new URL(options.predictUrl).pathname}`
      : `GET ${new URL(options.healthUrl).pathname}`,
    requests: options.requests,
    sent,
    errors: tally.errors + (options.requests - sent),
    errorRate: (tally.errors + (options.requests - sent)) / options.requests,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    durationMs,
    requestsPerSecond: sent / (durationMs / 1000),
    statuses: tally.statuses,
    errorSamples: [...tally.samples],
    versionMismatches: tally.mismatches,
    capped,
    requestIds: tally.requestIds,
  };
  options.logger.info(
    `${result.target}: ${sent}/${options.requests} requests in ${(durationMs / 1000).toFixed(2)} s ` +
      `(${result.requestsPerSecond.toFixed(0)}/s), p50 ${fmt(result.p50)} ms, p95 ${fmt(result.p95)} ms, ` +
      `p99 ${fmt(result.p99)} ms, errors ${result.errors} (${(result.errorRate * 100).toFixed(2)}%)`,
  );
  return result;
}

function fmt(ms: number): string {
  return Number.isNaN(ms) ? "n/a" : ms.toFixed(2);
}
