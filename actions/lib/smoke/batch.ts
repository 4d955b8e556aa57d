/**
 * smoke-test for a batch version: there is no URL to call, so it drops the smoke cases as one
 * JSON Lines file under `inbox/<version>/`, waits for the worker's output under
 * `outputs/<version>/`, checks every row's label and (with a database) that every row was logged
 * once in the version's tables with this version. The file has a name of its own per run, so its
 * log rows (keyed by object key, revision and row) are told apart from any other file's.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import { parseVersion, qualified } from "../version.js";
import type { SmokeCase } from "./cases.js";
import { describeDatabase } from "./logged.js";

/** Where the smoke file goes and its output comes from: a local folder, or the app's bucket. */
export interface BatchDropbox {
  /** Writes a small file under `key` for the worker to find. */
  drop(key: string, body: string): Promise<void>;
  /** The output's text once it is there (published whole), else undefined. */
  read(key: string): Promise<string | undefined>;
  /** A human name, e.g. `s3://bucket/outputs/v3/x.jsonl`. */
  describe(key: string): string;
}

/** Everything one batch smoke test needs, validated. */
export interface BatchSmokeOptions {
  version: string;
  /** The environment the version runs in: its log tables are that one's (default production). */
  environment?: string;
  cases: readonly SmokeCase[];
  dropbox: BatchDropbox;
  /** With it (and checkLogs), the rows must be in the version's log tables. */
  databaseUrl?: string;
  checkLogs: boolean;
  /** Longest wait for the output (a scaled-to-0 service first starts a task). */
  timeoutMs: number;
  pollMs?: number;
  /** How long to wait for the log rows once the output is there (default 15 s). */
  logTimeoutMs?: number;
  logger: Logger;
}

/** What a batch smoke test found; `reasons` is empty exactly when it passed. */
export interface BatchSmokeResult {
  passed: boolean;
  reasons: string[];
  inputKey: string;
  outputKey: string;
  rows: number;
  /** Seconds from the drop to the output. */
  outputSeconds?: number;
  logged?: { inputRows: number; outputRows: number };
}

/** The smoke file's key and its output's, for one run. */
export function smokeKeys(version: string, runId: string = randomUUID()) {
  const name = `modelship-smoke-${runId}.jsonl`;
  return {
    inputKey: `inbox/${version}/${name}`,
    outputKey: `outputs/${version}/${name}`,
  };
}

/** The cases as JSON Lines: one input per line, in order. */
export function casesAsJsonLines(cases: readonly SmokeCase[]): string {
  return cases.map((c) => `${JSON.stringify(c.input)}\n`).join("");
}

/** Compares the output lines (`{"row", "input", "prediction"}`) with the cases' labels. */
export function checkOutputLabels(
  cases: readonly SmokeCase[],
  text: string,
): string[] {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const problems: string[] = [];
  if (lines.length !== cases.length)
    problems.push(
      `the output has ${lines.length} row(s) for ${cases.length} case(s)`,
    );
  for (const [index, line] of lines.slice(0, cases.length).entries()) {
    const smokeCase = cases[index] as SmokeCase;
    let label: unknown;
    try {
      const parsed = JSON.parse(line) as { prediction?: { label?: unknown } };
      label = parsed.prediction?.label;
    } catch {
      problems.push(`output row ${index} is not JSON`);
      continue;
    }
    if (label !== smokeCase.label)
      problems.push(
        `case "${smokeCase.name}": expected label ${JSON.stringify(smokeCase.label)}, got ${JSON.stringify(label)}`,
      );
  }
  return problems;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForOutput(
  options: BatchSmokeOptions,
  outputKey: string,
): Promise<string | undefined> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    const text = await options.dropbox.read(outputKey);
    if (text !== undefined) return text;
    await sleep(options.pollMs ?? 1000);
  }
  return undefined;
}

/** Counts the smoke file's rows in the version's tables: once per row, with this version. */
async function countLogged(
  databaseUrl: string,
  names: { version: string; environment?: string },
  inputKey: string,
) {
  const { version } = names;
  const { schema, inputs, outputs } = parseVersion(
    version,
    names.environment,
  ).tables;
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: 10_000,
    statement_timeout: 10_000,
  });
  await client.connect();
  try {
    // The key holds no LIKE wildcard but '_' and '-' may: escape them all the same.
    const pattern = `${inputKey.replace(/[\\%_]/g, "\\$&")}#%`;
    const count = async (table: string, extra = "") => {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(DISTINCT item) AS n FROM ${qualified(schema, table)} WHERE request_id LIKE $1${extra}`,
        extra ? [pattern, version] : [pattern],
      );
      return Number(rows[0]?.n ?? 0);
    };
    return {
      inputRows: await count(inputs),
      outputRows: await count(outputs, " AND model_version = $2"),
    };
  } finally {
    await client.end();
  }
}

async function checkLogs(
  options: BatchSmokeOptions,
  result: BatchSmokeResult,
): Promise<void> {
  if (!options.databaseUrl || !options.checkLogs) return;
  // The rows are durable in the worker's journal before the output is published, and reach
  // Postgres shortly after: look again until they are all there or the wait is over.
  const deadline = Date.now() + (options.logTimeoutMs ?? 15_000);
  const complete = () =>
    result.logged?.inputRows === result.rows &&
    result.logged.outputRows === result.rows;
  do {
    try {
      result.logged = await countLogged(
        options.databaseUrl,
        options,
        result.inputKey,
      );
    } catch (error) {
      result.reasons.push(
        `the log rows could not be read from ${describeDatabase(options.databaseUrl)}: ${errorMessage(error)}`,
      );
      return;
    }
    if (!complete()) await sleep(options.pollMs ?? 1000);
  } while (!complete() && Date.now() < deadline);
  const { inputRows, outputRows } = result.logged;
  if (!complete())
    result.reasons.push(
      `${inputRows} input and ${outputRows} output log row(s) of version ${options.version} for ${result.rows} row(s) scored`,
    );
}

/** Runs the batch smoke test; never throws for a failed check (see `reasons`). */
export async function runBatchSmokeTest(
  options: BatchSmokeOptions,
): Promise<BatchSmokeResult> {
  const keys = smokeKeys(options.version);
  const result: BatchSmokeResult = {
    passed: false,
    reasons: [],
    ...keys,
    rows: options.cases.length,
  };
  if (options.cases.length === 0) {
    result.reasons.push(
      "a batch smoke test needs smoke cases (cases-file): there is nothing to drop",
    );
    return result;
  }
  const { dropbox, logger } = options;
  await dropbox.drop(keys.inputKey, casesAsJsonLines(options.cases));
  logger.info(
    `dropped ${options.cases.length} case(s) as ${dropbox.describe(keys.inputKey)}; waiting for ${dropbox.describe(keys.outputKey)}`,
  );
  const started = Date.now();
  const text = await waitForOutput(options, keys.outputKey);
  if (text === undefined) {
    result.reasons.push(
      `no output at ${dropbox.describe(keys.outputKey)} within ${Math.round(options.timeoutMs / 1000)} s`,
    );
    return result;
  }
  result.outputSeconds = (Date.now() - started) / 1000;
  result.reasons.push(...checkOutputLabels(options.cases, text));
  await checkLogs(options, result);
  result.passed = result.reasons.length === 0;
  return result;
}
