// The fault suite's tools: a load generator that counts what the service answered with 2xx, the
// service as a real process, and reading back what the prediction log holds.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { Pool } from "undici";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import {
  startServiceProcess,
  type ServiceProcess,
} from "../helpers/service-process.js";
import { sampleInput, trainedModelPath } from "../service/fixture.js";

/** What a load run saw. */
export interface LoadTally {
  /** Request id -> items, for every 2xx answer. */
  served: Map<string, number>;
  /** Answers other than 2xx, and requests without an answer. */
  statuses: Record<string, number>;
  failures: number;
  durationMs: number;
}

/** A running load; stop() ends it and returns the tally. */
export interface Load {
  tally: LoadTally;
  /** 2xx answers so far. */
  count(): number;
  stop(): Promise<LoadTally>;
}

const running = new Set<Load>();

/** Stops every load still running (a failed test must not leave one spinning). */
export async function stopLoads(): Promise<void> {
  await Promise.all([...running].map((load) => load.stop()));
}

/**
 * Sends POST /predict as fast as `connections` keep-alive connections allow (every fourth request
 * a batch of 3), recording each 2xx answer's x-request-id. Failures (refused connections while the
 * service is gone, 503 while it closes) are counted, never thrown.
 */
export function startLoad(url: string, connections = 16): Load {
  const pool = new Pool(url, { connections, pipelining: 1 });
  const tally: LoadTally = {
    served: new Map(),
    statuses: {},
    failures: 0,
    durationMs: 0,
  };
  let stopping = false;
  const started = Date.now();
  const worker = async (w: number) => {
    for (let i = 0; !stopping; i++) {
      const batch = (i + w) % 4 === 0;
      const body = batch
        ? { inputs: [sampleInput(i), sampleInput(i + 1), sampleInput(w)] }
        : { input: sampleInput(i + w) };
      try {
        const res = await pool.request({
          path: "/predict",
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
          headersTimeout: 10_000,
          bodyTimeout: 10_000,
        });
        await res.body.text();
        const id = res.headers["x-request-id"];
        if (res.statusCode === 200 && typeof id === "string")
          tally.served.set(id, batch ? 3 : 1);
        else {
          tally.failures++;
          tally.statuses[res.statusCode] =
            (tally.statuses[res.statusCode] ?? 0) + 1;
        }
      } catch (error) {
        tally.failures++;
        const code = (error as { code?: string }).code ?? "error";
        tally.statuses[code] = (tally.statuses[code] ?? 0) + 1;
        await new Promise((r) => setTimeout(r, 20)); // the service is gone: do not spin
      }
    }
  };
  const workers = Array.from({ length: connections }, (_, w) => worker(w));
  const load: Load = {
    tally,
    count: () => tally.served.size,
    async stop() {
      running.delete(load);
      if (!stopping) tally.durationMs = Date.now() - started;
      stopping = true;
      await Promise.all(workers);
      await pool.destroy().catch(() => undefined);
      return tally;
    },
  };
  running.add(load);
  return load;
}

/** Items of every request id logged in both tables (inputs and outputs counted separately). */
export async function loggedRows(
  databaseUrl: string,
  version: string,
): Promise<{ inputs: Map<string, number>; outputs: Map<string, number> }> {
  const { schema, inputs, outputs } = parseVersion(version).tables;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const read = async (table: string) => {
      const result = await client.query<{ request_id: string; n: number }>(
        `SELECT request_id, count(*)::int AS n FROM ${qualified(schema, table)} GROUP BY request_id`,
      );
      return new Map(result.rows.map((r) => [r.request_id, r.n]));
    };
    return { inputs: await read(inputs), outputs: await read(outputs) };
  } finally {
    await client.end();
  }
}

/** How the log compares with what was served. */
export interface Comparison {
  servedItems: number;
  loggedItems: number;
  /** 2xx requests with no or too few rows (in either table). */
  missing: number;
  missingItems: number;
  /** Logged requests that got no 2xx (answered as the process died, or never answered). */
  unanswered: number;
  /** Requests logged more than once per item (must be 0). */
  duplicated: number;
}

/** Compares the served 2xx answers with the rows in both tables. */
export async function compareLogged(
  databaseUrl: string,
  version: string,
  served: Map<string, number>,
): Promise<Comparison> {
  const { inputs, outputs } = await loggedRows(databaseUrl, version);
  let missing = 0;
  let missingItems = 0;
  let duplicated = 0;
  for (const [id, items] of served) {
    const shortest = Math.min(inputs.get(id) ?? 0, outputs.get(id) ?? 0);
    if (shortest < items) {
      missing++;
      missingItems += items - shortest;
    }
    if (Math.max(inputs.get(id) ?? 0, outputs.get(id) ?? 0) > items)
      duplicated++;
  }
  const unanswered = [...outputs.keys()].filter((id) => !served.has(id)).length;
  const sum = (m: Map<string, number>) =>
    [...m.values()].reduce((a, b) => a + b, 0);
  return {
    servedItems: sum(served),
    loggedItems: sum(outputs),
    missing,
    missingItems,
    unanswered,
    duplicated,
  };
}

/** One sample of a metric without labels (or the first series), from /metrics. */
export async function metric(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, "m").exec(
    text,
  );
  if (!line) throw new Error(`no metric ${name} at ${base}/metrics`);
  return Number(line[1]);
}

/** Polls `check` every 50 ms until it is true; returns how long it took. */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

/** A temporary directory removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Journal segment files left in `dir`. */
export function segments(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".journal"));
  } catch {
    return [];
  }
}

/** Runs `scenario`; when it fails, the service's last output is added to the error. */
export async function explained<T>(
  svc: () => ServiceProcess | undefined,
  scenario: () => Promise<T>,
): Promise<T> {
  try {
    return await scenario();
  } catch (error) {
    const output = svc()?.output().slice(-4000) ?? "(not started)";
    (error as Error).message +=
      `\n--- the service's last output ---\n${output}`;
    throw error;
  }
}

/** Starts the example service as a process with the trained model and `env`. */
export function service(env: Record<string, string>): Promise<ServiceProcess> {
  return startServiceProcess({
    MODEL_PATH: trainedModelPath(),
    ...env,
  });
}

/** Seconds to hold the database down in the outage scenario (CI: 60). */
export const OUTAGE_SECONDS = Number(process.env.FAULTS_OUTAGE_SECONDS ?? "60");
