import pg from "pg";
import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import { parseVersion, qualified, type VersionNames } from "../version.js";

/** Options for checkLogged. */
export interface LoggedOptions {
  databaseUrl: string;
  version: string;
  /** The environment whose log tables to read; default the default environment. */
  environment?: string;
  /** Each smoke request id with the number of items it carried (1, or the batch size). */
  expected: Map<string, number>;
  logger: Logger;
  /** Logging is asynchronous: keep looking this long; default 15 s. */
  timeoutMs?: number;
  pollMs?: number;
}

/** What the logging check found. */
export interface LoggedResult {
  requests: number;
  rows: number;
  inputRows: number;
  outputRows: number;
  /** Empty when every request's rows are there, with the right version. */
  problems: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where the database is, without user or password, for messages. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "the database";
  }
}

interface Snapshot {
  inputs: Map<string, number>;
  outputs: Map<string, number>;
  wrongVersion: number;
}

async function snapshot(
  client: pg.Client,
  names: VersionNames,
  ids: string[],
): Promise<Snapshot> {
  const { version } = names;
  const { schema, inputs, outputs } = names.tables;
  const count = async (table: string) => {
    const res = await client.query<{ request_id: string; n: string }>(
      `SELECT request_id, count(*) AS n FROM ${qualified(schema, table)} WHERE request_id = ANY($1::text[]) GROUP BY request_id`,
      [ids],
    );
    return new Map(res.rows.map((r) => [r.request_id, Number(r.n)]));
  };
  const inputRows = await count(inputs);
  const outputRows = await count(outputs);
  const wrong = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${qualified(schema, outputs)} WHERE request_id = ANY($1::text[]) AND model_version <> $2`,
    [ids, version],
  );
  return {
    inputs: inputRows,
    outputs: outputRows,
    wrongVersion: Number(wrong.rows[0]?.n ?? 0),
  };
}

function compare(options: LoggedOptions, snap: Snapshot): string[] {
  const { schema, inputs, outputs } = parseVersion(
    options.version,
    options.environment,
  ).tables;
  const problems: string[] = [];
  for (const [table, found] of [
    [`${schema}.${inputs}`, snap.inputs],
    [`${schema}.${outputs}`, snap.outputs],
  ] as const) {
    const off = [...options.expected].filter(
      ([id, items]) => found.get(id) !== items,
    );
    if (off.length > 0) {
      const shown = off
        .slice(0, 3)
        .map(([id, items]) => `${id} (${found.get(id) ?? 0} of ${items} rows)`);
      problems.push(
        `${off.length} of ${options.expected.size} smoke requests are not fully logged in ${table}: ${shown.join(", ")}${off.length > 3 ? ", …" : ""}`,
      );
    }
  }
  if (snap.wrongVersion > 0) {
    problems.push(
      `${snap.wrongVersion} rows in ${schema}.${outputs} name a model_version other than "${options.version}"`,
    );
  }
  return problems;
}

/**
 * Step 4: checks that every smoke request's inputs and outputs were logged in the version's
 * tables (one row per item). The service logs asynchronously, so it polls until the rows are all
 * there or the timeout passes; a missing table or an unreachable database is a problem, not a throw.
 */
export async function checkLogged(
  options: LoggedOptions,
): Promise<LoggedResult> {
  const ids = [...options.expected.keys()];
  const rows = [...options.expected.values()].reduce((a, b) => a + b, 0);
  const result: LoggedResult = {
    requests: ids.length,
    rows,
    inputRows: 0,
    outputRows: 0,
    problems: [],
  };
  const where = describeDatabase(options.databaseUrl);
  if (ids.length === 0) {
    result.problems.push(
      "no smoke request was answered, so there is nothing to look for in the log tables",
    );
    return result;
  }
  const client = new pg.Client({
    connectionString: options.databaseUrl,
    connectionTimeoutMillis: 10_000,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    result.problems.push(
      `connecting to ${where} failed: ${errorMessage(error)}`,
    );
    return result;
  }
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  try {
    for (;;) {
      try {
        const snap = await snapshot(
          client,
          parseVersion(options.version, options.environment),
          ids,
        );
        result.inputRows = [...snap.inputs.values()].reduce((a, b) => a + b, 0);
        result.outputRows = [...snap.outputs.values()].reduce(
          (a, b) => a + b,
          0,
        );
        result.problems = compare(options, snap);
      } catch (error) {
        result.problems = [
          `querying the log tables on ${where} failed: ${errorMessage(error)}`,
        ];
      }
      if (result.problems.length === 0 || Date.now() >= deadline) break;
      options.logger.info(
        `waiting for log rows: ${result.inputRows}/${rows} inputs, ${result.outputRows}/${rows} outputs`,
      );
      await sleep(options.pollMs ?? 500);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
  options.logger.info(
    `logged: ${result.inputRows}/${rows} input rows, ${result.outputRows}/${rows} output rows for ${ids.length} requests`,
  );
  return result;
}
