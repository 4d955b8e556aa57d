// Benchmark: /predict with the asynchronous batched prediction log against a naive baseline of
// the same service that INSERTs each request's rows before replying (LOG_MODE=sync), both on the
// same real Postgres. The load comes from autocannon in a separate process; the service runs in
// its own process. After each run the service is stopped with SIGTERM (so it drains) and the
// logged rows are counted against the predictions the service made (its /metrics, read once the
// load has stopped and the count has settled): they must be equal. Autocannon's own 2xx tally is
// shown too; it leaves out the requests in flight when it stops (at most one per connection),
// which the service still predicts and logs.
//
//   npx tsx bench/predict-logging.ts
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=32 npx tsx bench/predict-logging.ts
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startPostgres } from "../actions/lib/postgres/server.js";
import { parseNumber } from "../actions/lib/inputs.js";
import { parseVersion, qualified } from "../actions/lib/version.js";
import { startServiceProcess } from "../test/helpers/service-process.js";
import { trainedModelPath } from "../test/service/fixture.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SECONDS = parseNumber(
  process.env.BENCH_SECONDS ?? "10",
  "BENCH_SECONDS",
  { min: 1, integer: true },
);
const CONNECTIONS = parseNumber(
  process.env.BENCH_CONNECTIONS ?? "32",
  "BENCH_CONNECTIONS",
  { min: 1, integer: true },
);
const WARMUP_SECONDS = 2;
const BODY = JSON.stringify({
  input: {
    sepal_length: 6.1,
    sepal_width: 2.8,
    petal_length: 4.7,
    petal_width: 1.2,
  },
});

/** What autocannon reports with --json (the fields we read). */
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  "2xx": number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Runs the autocannon CLI in its own process against `url` and parses its JSON summary. */
function cannon(url: string, seconds: number): Promise<CannonResult> {
  const cli = path.join(ROOT, "node_modules/autocannon/autocannon.js");
  const args = [
    cli,
    "--json",
    "-c",
    String(CONNECTIONS),
    "-d",
    String(seconds),
    "-m",
    "POST",
    "-H",
    "content-type=application/json",
    "-b",
    BODY,
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as CannonResult)
        : reject(new Error(`autocannon exit ${code}: ${err}`)),
    );
  });
}

async function countRows(
  url: string,
  version: string,
): Promise<{ inputs: number; outputs: number }> {
  const { schema, inputs, outputs } = parseVersion(version).tables;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async (table: string) =>
      Number(
        (
          await client.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${qualified(schema, table)}`,
          )
        ).rows[0]?.n,
      );
    return { inputs: await count(inputs), outputs: await count(outputs) };
  } finally {
    await client.end();
  }
}

/** Items the service has predicted so far, from its /metrics. */
async function predictedCount(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = /^modelship_predictions_total\{[^}]*\} (\d+)$/m.exec(text);
  return Number(line?.[1] ?? 0);
}

/** The predicted count once requests still running after the load stopped have finished. */
async function settledPredictedCount(base: string): Promise<number> {
  let last = -1;
  for (;;) {
    const now = await predictedCount(base);
    if (now === last) return now;
    last = now;
    await new Promise((r) => setTimeout(r, 300));
  }
}

interface ModeResult {
  mode: string;
  rps: number;
  p50: number;
  p99: number;
  sent2xx: number;
  served: number;
  failed: number;
  rows: { inputs: number; outputs: number };
  exitCode: number | null;
}

async function runMode(
  mode: "batched" | "sync",
  databaseUrl: string,
): Promise<ModeResult> {
  const version = `bench-${mode}`;
  const service = await startServiceProcess({
    DATABASE_URL: databaseUrl,
    MODEL_VERSION: version,
    LOG_MODE: mode,
    MODEL_PATH: trainedModelPath(),
    LOG_LEVEL: "warn",
  });
  const url = `${service.url}/predict`;
  const warm = await cannon(url, WARMUP_SECONDS);
  const run = await cannon(url, SECONDS);
  const served = await settledPredictedCount(service.url);
  const exitCode = await service.stop(); // SIGTERM: the batched writer drains before exiting
  const rows = await countRows(databaseUrl, version);
  return {
    mode,
    rps: run.requests.average,
    p50: run.latency.p50,
    p99: run.latency.p99,
    sent2xx: warm["2xx"] + run["2xx"],
    served,
    failed:
      warm.non2xx +
      warm.errors +
      warm.timeouts +
      run.non2xx +
      run.errors +
      run.timeouts,
    rows,
    exitCode,
  };
}

const pgServer = await startPostgres();
try {
  console.log(
    `predict-logging: ${SECONDS} s of POST /predict with ${CONNECTIONS} connections per mode ` +
      `(after ${WARMUP_SECONDS} s warm-up), embedded PostgreSQL on 127.0.0.1, autocannon in its own process`,
  );
  const results: ModeResult[] = [];
  for (const mode of ["sync", "batched"] as const)
    results.push(await runMode(mode, pgServer.url));
  console.log("");
  console.log(
    "| mode | req/s | p50 ms | p99 ms | 2xx seen by autocannon | predictions made | failed | rows (inputs/outputs) | exit |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(
      `| ${r.mode === "sync" ? "naive (INSERT per request)" : "batched writer"} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ` +
        `${r.sent2xx} | ${r.served} | ${r.failed} | ${r.rows.inputs}/${r.rows.outputs} | ${r.exitCode} |`,
    );
  }
  const [naive, batched] = results as [ModeResult, ModeResult];
  const ratio = batched.rps / naive.rps;
  console.log("");
  console.log(
    `throughput ratio batched/naive: ${ratio.toFixed(1)}x (goal >= 5x)`,
  );
  let ok = true;
  for (const r of results) {
    // Every prediction made is logged; autocannon's tally misses at most one in-flight request
    // per connection per run (2 runs).
    const equal = r.rows.inputs === r.served && r.rows.outputs === r.served;
    const plausible =
      r.served >= r.sent2xx && r.served <= r.sent2xx + 2 * CONNECTIONS;
    console.log(
      `${r.mode}: rows written ${r.rows.inputs} vs predictions made ${r.served} ` +
        `(autocannon saw ${r.sent2xx} + ${r.served - r.sent2xx} in flight at its stop): ${equal ? "equal, none lost" : "MISMATCH"}`,
    );
    ok &&= equal && plausible && r.failed === 0 && r.exitCode === 0;
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  await pgServer.destroy();
}
