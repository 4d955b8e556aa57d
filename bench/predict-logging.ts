// Benchmark: /predict throughput of the same service with the prediction log off, `batched` and
// `strict`, all on one real Postgres, load from autocannon in its own process; then the outage
// scenario: a 5 s Postgres outage at full load, counting the rows lost (goal 0). After each run
// the service is stopped with SIGTERM (so it drains) and the rows logged are counted against the
// predictions it made (its /metrics, once the load has stopped): they must be equal.
//
//   npm run bench:logging
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=32 BENCH_ROUNDS=3 npm run bench:logging
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { parseNumber } from "../actions/lib/inputs.js";
import {
  startPostgres,
  type PostgresServer,
} from "../actions/lib/postgres/server.js";
import { parseVersion, qualified } from "../actions/lib/version.js";
import { startServiceProcess } from "../test/helpers/service-process.js";
import { trainedModelPath } from "../test/service/fixture.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const setting = (name: string, fallback: string) =>
  parseNumber(process.env[name] ?? fallback, name, { min: 1, integer: true });
const SECONDS = setting("BENCH_SECONDS", "10");
const CONNECTIONS = setting("BENCH_CONNECTIONS", "32");
const ROUNDS = setting("BENCH_ROUNDS", "1");
const OUTAGE_SECONDS = setting("BENCH_OUTAGE_SECONDS", "5");
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
  requests: { average: number };
  latency: { p50: number; p99: number };
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

async function countRows(url: string, version: string): Promise<number> {
  const { schema, outputs, inputs } = parseVersion(version).tables;
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
    return Math.min(await count(inputs), await count(outputs));
  } catch {
    return 0; // logging off: no tables
  } finally {
    await client.end();
  }
}

async function metricValue(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(
    new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m").exec(text)?.[1] ?? 0,
  );
}

/** The predicted count once requests still running after the load stopped have finished. */
async function settled(base: string, name: string): Promise<number> {
  for (let last = -1; ;) {
    const now = await metricValue(base, name);
    if (now === last) return now;
    last = now;
    await new Promise((r) => setTimeout(r, 300));
  }
}

type Mode = "off" | "batched" | "strict";

interface Run {
  mode: Mode;
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  predicted: number;
  logged: number;
  exitCode: number | null;
}

/** Starts the service in `mode`, runs the load (and `during` alongside), drains, counts. */
async function runService(
  mode: Mode,
  version: string,
  db: PostgresServer,
  during: (base: string) => Promise<void> = async () => undefined,
): Promise<Run> {
  const journal = mkdtempSync(path.join(os.tmpdir(), "bench-journal-"));
  try {
    const service = await startServiceProcess({
      DATABASE_URL: db.url,
      MODEL_VERSION: version,
      LOG_MODE: mode === "off" ? "off" : "batched",
      LOG_DURABILITY: mode === "strict" ? "strict" : "batched",
      LOG_JOURNAL_DIR: journal,
      MODEL_PATH: trainedModelPath(),
      LOG_LEVEL: "warn",
    });
    const url = `${service.url}/predict`;
    const warm = await cannon(url, WARMUP_SECONDS);
    const [run] = await Promise.all([
      cannon(url, SECONDS),
      during(service.url),
    ]);
    const predicted = await settled(service.url, "modelship_predictions_total");
    if (mode !== "off")
      while ((await metricValue(service.url, "modelship_log_backlog_rows")) > 0)
        await new Promise((r) => setTimeout(r, 200));
    const exitCode = await service.stop(); // SIGTERM: the writer drains before exiting
    const failed = [warm, run].reduce(
      (n, r) => n + r.non2xx + r.errors + r.timeouts,
      0,
    );
    const logged = mode === "off" ? 0 : await countRows(db.url, version);
    return {
      mode,
      rps: run.requests.average,
      p50: run.latency.p50,
      p99: run.latency.p99,
      failed,
      predicted,
      logged,
      exitCode,
    };
  } finally {
    rmSync(journal, { recursive: true, force: true });
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const db = await startPostgres();
  try {
    console.log(
      `predict-logging: ${SECONDS} s of POST /predict with ${CONNECTIONS} connections per mode (after ${WARMUP_SECONDS} s warm-up), ` +
        `${ROUNDS} round(s), PostgreSQL on 127.0.0.1, autocannon in its own process, ${os.cpus().length} CPUs`,
    );
    const runs: Run[] = [];
    for (let round = 0; round < ROUNDS; round++)
      for (const mode of ["off", "batched", "strict"] as const)
        runs.push(await runService(mode, `bench-${mode}-${round}`, db));
    const outage = await runService("batched", "bench-outage", db, async () => {
      await new Promise((r) => setTimeout(r, 2000));
      await db.stop();
      await new Promise((r) => setTimeout(r, OUTAGE_SECONDS * 1000));
      await db.start();
    });
    report(runs, outage);
  } finally {
    await db.destroy();
  }
}

function report(runs: Run[], outage: Run): void {
  console.log(
    "\n| mode | req/s | p50 ms | p99 ms | predictions made | rows logged | failed | exit |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of [...runs, outage]) {
    const name =
      r === outage ? `batched, ${OUTAGE_SECONDS} s database outage` : r.mode;
    console.log(
      `| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.predicted} | ${r.mode === "off" ? "–" : r.logged} | ${r.failed} | ${r.exitCode} |`,
    );
  }
  const rps = (mode: Mode) =>
    median(runs.filter((r) => r.mode === mode).map((r) => r.rps));
  console.log("");
  for (const mode of ["batched", "strict"] as const)
    console.log(
      `throughput ${mode}/off: ${(rps(mode) / rps("off")).toFixed(2)}x (goal >= 0.9x)`,
    );
  const lost = outage.predicted - outage.logged;
  console.log(
    `rows lost in the ${OUTAGE_SECONDS} s outage at full load: ${lost} of ${outage.predicted} (goal 0)`,
  );
  const logged = [...runs.filter((r) => r.mode !== "off"), outage];
  const ok =
    logged.every((r) => r.logged === r.predicted && r.exitCode === 0) &&
    runs.every((r) => r.failed === 0);
  process.exitCode = ok ? 0 : 1;
}

await main();
