import { performance } from "node:perf_hooks";
import type { Dispatcher } from "undici";
import type { Logger } from "../logger.js";
import { loadCases, type SmokeCase } from "./cases.js";
import { checkCases, type CaseChecks } from "./checks.js";
import { smokeAgent } from "./http.js";
import { runLoad, type LoadResult } from "./load.js";
import { checkLogged } from "./logged.js";
import type { SmokeOptions } from "./options.js";
import { waitForReady, type ReadyResult } from "./ready.js";
import type { SmokeResult, SmokeTuning } from "./types.js";

export {
  readSmokeOptions,
  SMOKE_INPUTS,
  SMOKE_LIMITS,
  SMOKE_TUNING_INPUTS,
  readSmokeTuning,
  parseBaseUrl,
  type SmokeOptions,
} from "./options.js";
export { parseCases, loadCases, type SmokeCase } from "./cases.js";
export { percentile } from "./load.js";
export type { SmokeResult, SmokeTuning } from "./types.js";
export { renderReport, renderSummaryTable, smokeOutputs } from "./report.js";

function loadReasons(load: LoadResult, options: SmokeOptions): string[] {
  const reasons: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  if (load.errorRate > options.maxErrorRate) {
    const sample = load.errorSamples.length
      ? `; first errors: ${load.errorSamples.slice(0, 3).join(" | ")}`
      : "";
    reasons.push(
      `error rate ${pct(load.errorRate)} (${load.errors} of ${load.requests}) exceeds max-error-rate ${pct(options.maxErrorRate)}${sample}`,
    );
  }
  if (Number.isNaN(load.p95))
    reasons.push(`no load request succeeded, so there is no latency to judge`);
  else if (load.p95 > options.p95Ms) {
    reasons.push(
      `p95 latency ${load.p95.toFixed(2)} ms exceeds p95-ms ${options.p95Ms} ms`,
    );
  }
  if (load.capped)
    reasons.push(
      `the load was cut off by its time cap after ${load.sent} of ${load.requests} requests`,
    );
  if (load.versionMismatches > 0) {
    reasons.push(
      `${load.versionMismatches} load responses had an x-model-version other than "${options.version}"`,
    );
  }
  return reasons;
}

/** One reason per distinct problem, naming the cases it hit (a wrong version hits all of them). */
function caseReasons(checks: CaseChecks): string[] {
  const byProblem = new Map<string, string[]>();
  for (const c of checks.cases) {
    for (const p of c.problems)
      byProblem.set(p, [...(byProblem.get(p) ?? []), c.name]);
  }
  const reasons = [...byProblem].map(([problem, names]) => {
    if (names.length === 1) return `case "${names[0]}": ${problem}`;
    const shown = names
      .slice(0, 3)
      .map((n) => `"${n}"`)
      .join(", ");
    return `${names.length} of ${checks.cases.length} cases (${shown}${names.length > 3 ? ", …" : ""}): ${problem}`;
  });
  return [
    ...reasons,
    ...checks.batchProblems.map((p) => `batch request: ${p}`),
  ];
}

function readyReasons(
  ready: ReadyResult,
  options: SmokeOptions,
  logger: Logger,
): string[] {
  if (!ready.ready) return [ready.reason];
  const reported = ready.body.model_version;
  if (options.databaseUrl && ready.body.db === "down") {
    logger.warning(
      "GET /ready reports the service's database as down: its log rows may arrive late",
    );
  }
  if (
    options.version !== undefined &&
    reported !== undefined &&
    reported !== options.version
  ) {
    return [
      `GET /ready reports model_version ${JSON.stringify(reported)}, expected "${options.version}"`,
    ];
  }
  return [];
}

/** What every step needs. */
interface StepContext {
  options: SmokeOptions;
  tuning: SmokeTuning;
  logger: Logger;
  agent: Dispatcher;
  cases: SmokeCase[];
}

function readyStep({ options, tuning, logger, agent }: StepContext) {
  const readyUrl = `${options.url}${options.paths.ready}`;
  return logger.group(`Wait for ${readyUrl}`, () =>
    waitForReady({
      agent,
      readyUrl,
      timeoutMs: options.readyTimeoutSeconds * 1000,
      logger,
      pollMs: tuning.readyPollMs,
    }),
  );
}

function casesStep({ options, logger, agent, cases }: StepContext) {
  return logger.group(`Check ${cases.length} cases`, () =>
    checkCases({
      agent,
      predictUrl: `${options.url}${options.paths.predict}`,
      cases,
      version: options.version,
      logger,
    }),
  );
}

function loadStep({ options, tuning, logger, agent, cases }: StepContext) {
  return logger.group(
    `Load: ${options.requests} requests, ${options.concurrency} in flight`,
    () =>
      runLoad({
        agent,
        predictUrl: `${options.url}${options.paths.predict}`,
        healthUrl: `${options.url}${options.paths.health}`,
        bodies: cases.map((c) => ({ input: c.input })),
        requests: options.requests,
        concurrency: options.concurrency,
        version: options.version,
        logger,
        capMs: tuning.loadCapMs,
      }),
  );
}

/** Every answered smoke request (cases, batch, load) with the rows it should have logged. */
function loggedStep(
  { tuning, logger, options }: StepContext,
  databaseUrl: string,
  version: string,
  result: SmokeResult,
) {
  const expected = new Map(result.cases?.requestItems);
  for (const id of result.load?.requestIds ?? []) expected.set(id, 1);
  return logger.group(`Check ${expected.size} requests were logged`, () =>
    checkLogged({
      databaseUrl,
      version,
      environment: options.environment,
      expected,
      logger,
      timeoutMs: tuning.logTimeoutMs,
    }),
  );
}

async function runSteps(ctx: StepContext, result: SmokeResult): Promise<void> {
  const { options } = ctx;
  result.ready = await readyStep(ctx);
  result.reasons.push(...readyReasons(result.ready, options, ctx.logger));
  if (!result.ready.ready) return;
  if (ctx.cases.length > 0) {
    result.cases = await casesStep(ctx);
    result.reasons.push(...caseReasons(result.cases));
  }
  result.load = await loadStep(ctx);
  result.reasons.push(...loadReasons(result.load, options));
  if (options.databaseUrl && options.version && options.checkLogs) {
    result.logged = await loggedStep(
      ctx,
      options.databaseUrl,
      options.version,
      result,
    );
    result.reasons.push(...result.logged.problems);
  }
}

/**
 * Runs the smoke test in order: wait for /ready, check every case, a bounded load, and (with a
 * database URL) the logging check. Never throws for a failed check: it collects every reason so
 * the caller can report all of them at once. Bad options (an unreadable cases file) do throw.
 */
export async function runSmokeTest(
  options: SmokeOptions,
  logger: Logger,
  tuning: SmokeTuning = {},
): Promise<SmokeResult> {
  const started = performance.now();
  const cases =
    options.cases ?? (options.casesFile ? loadCases(options.casesFile) : []);
  if (cases.length === 0) {
    logger.warning(
      `no cases-file: the cases are not checked and the load is GET ${options.paths.health}`,
    );
  }
  const agent = smokeAgent(Math.max(options.concurrency, 2));
  const result: SmokeResult = {
    passed: false,
    reasons: [],
    options,
    ready: { ready: false, ms: 0, attempts: 0, reason: "not run" },
    durationMs: 0,
  };
  try {
    await runSteps({ options, tuning, logger, agent, cases }, result);
  } finally {
    await agent.close().catch(() => undefined);
  }
  result.passed = result.reasons.length === 0;
  result.durationMs = performance.now() - started;
  return result;
}
