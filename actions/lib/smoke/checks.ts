import type { Dispatcher } from "undici";
import type { Logger } from "../logger.js";
import type { SmokeCase } from "./cases.js";
import { call } from "./http.js";
import { checkPredictResponse } from "./validate.js";

/** The service contract's largest batch. */
export const MAX_BATCH = 100;

/** How one case went. */
export interface CaseResult {
  name: string;
  expected: string;
  label?: string;
  modelVersion?: string;
  requestId?: string;
  ms: number;
  problems: string[];
}

/** Results of step 2. */
export interface CaseChecks {
  cases: CaseResult[];
  /** Problems with the batch request (all cases' inputs in one `inputs` array). */
  batchProblems: string[];
  /** Each answered request's id with its number of items, for the logging check. */
  requestItems: Map<string, number>;
}

/** Options for checkCases. */
export interface CaseCheckOptions {
  agent: Dispatcher;
  /** The predict endpoint: base URL plus the service's predict path. */
  predictUrl: string;
  cases: SmokeCase[];
  version?: string;
  logger: Logger;
  timeoutMs?: number;
}

async function checkOne(
  options: CaseCheckOptions,
  c: SmokeCase,
): Promise<CaseResult> {
  const result: CaseResult = {
    name: c.name,
    expected: c.label,
    ms: 0,
    problems: [],
  };
  try {
    const got = await call(options.agent, {
      method: "POST",
      url: options.predictUrl,
      json: { input: c.input },
      timeoutMs: options.timeoutMs ?? 10_000,
    });
    result.ms = got.ms;
    const checked = checkPredictResponse(got, options.version);
    result.problems.push(...checked.problems);
    result.requestId = checked.requestId;
    result.modelVersion = checked.modelVersion;
    result.label = checked.predictions[0]?.label;
    if (result.label !== undefined && result.label !== c.label) {
      result.problems.push(`label is "${result.label}", expected "${c.label}"`);
    }
  } catch (error) {
    result.problems.push((error as Error).message);
  }
  return result;
}

/** Sends the cases' inputs as one batch (the first MAX_BATCH) and checks the labels line up. */
async function checkBatch(
  options: CaseCheckOptions,
  cases: SmokeCase[],
): Promise<{ problems: string[]; requestId?: string }> {
  try {
    const got = await call(options.agent, {
      method: "POST",
      url: options.predictUrl,
      json: { inputs: cases.map((c) => c.input) },
      timeoutMs: options.timeoutMs ?? 10_000,
    });
    const checked = checkPredictResponse(got, options.version, cases.length);
    const problems = [...checked.problems];
    checked.predictions.forEach((p, i) => {
      const c = cases[i];
      if (c && p && p.label !== c.label) {
        problems.push(
          `predictions[${i}] ("${c.name}") is "${p.label}", expected "${c.label}"`,
        );
      }
    });
    return { problems, requestId: checked.requestId };
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
}

/**
 * Step 2: sends every case alone (one at a time, so a failure points at one case), then all of
 * them as one batch, and checks label, version and the response contract of each.
 */
export async function checkCases(
  options: CaseCheckOptions,
): Promise<CaseChecks> {
  const results: CaseResult[] = [];
  for (const c of options.cases) {
    const r = await checkOne(options, c);
    results.push(r);
    const verdict =
      r.problems.length === 0 ? "ok" : `FAILED: ${r.problems.join("; ")}`;
    options.logger.info(
      `case "${c.name}": ${r.label ?? "-"} in ${r.ms.toFixed(1)} ms, ${verdict}`,
    );
  }
  const batchCases = options.cases.slice(0, MAX_BATCH);
  const batch = await checkBatch(options, batchCases);
  options.logger.info(
    `batch of ${batchCases.length}: ${batch.problems.length === 0 ? "ok" : `FAILED: ${batch.problems.join("; ")}`}`,
  );
  const requestItems = new Map<string, number>();
  for (const r of results) if (r.requestId) requestItems.set(r.requestId, 1);
  if (batch.requestId) requestItems.set(batch.requestId, batchCases.length);
  return { cases: results, batchProblems: batch.problems, requestItems };
}
