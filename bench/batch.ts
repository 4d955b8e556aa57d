// Benchmark: the batch worker's local twin (`modelship batch --input`: streamed CSV, batched
// predict requests with bounded concurrency, CSV output, every row logged durably in Postgres)
// against a naive loop that sends one request per row to the online service (which logs each
// prediction itself, so both ways end with every row logged) and writes each answer; in the same
// run, the naive loop before and after the worker (the machine's load moves). The worker's model
// is the same example service with its own log off, as batch.yml runs it. Reports rows/s, the
// ratio (goal ≥ 20×), the naive loop against the unlogged service too, and the worker's peak RSS
// over the whole file; checks that every row is in the output and logged exactly once.
//
//   npm run bench:batch                                 # 1,000,000 rows
//   BENCH_ROWS=50000 BENCH_NAIVE_ROWS=1000 npm run bench:batch
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  rmSync,
} from "node:fs";
import { open } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import pg from "pg";
import { Agent, request } from "undici";
import { scoreLocalFile } from "../actions/lib/batch/local.js";
import { parseNumber } from "../actions/lib/inputs.js";
import { memoryLogger } from "../actions/lib/logger.js";
import { startPostgres } from "../actions/lib/postgres/server.js";
import { parseVersion, qualified } from "../actions/lib/version.js";
import { startServiceProcess } from "../test/helpers/service-process.js";
import { trainedModelPath } from "../test/service/fixture.js";

const setting = (name: string, fallback: string) =>
  parseNumber(process.env[name] ?? fallback, name, { min: 1, integer: true });
const ROWS = setting("BENCH_ROWS", "1000000");
const NAIVE_ROWS = Math.min(ROWS, setting("BENCH_NAIVE_ROWS", "2000"));
const BATCH_SIZE = setting("BENCH_BATCH_SIZE", "100");
const CONCURRENCY = setting("BENCH_CONCURRENCY", "4");
// BENCH_LOG=off scores without logging the rows, to see what the durable log costs.
const LOG = process.env.BENCH_LOG !== "off";
const COLUMNS = ["sepal_length", "sepal_width", "petal_length", "petal_width"];
const names = parseVersion("bench-batch");

/** A seeded iris-like row (the same file every run). */
function rowAt(index: number): number[] {
  let seed = (index * 2654435761) >>> 0;
  const next = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const round = (value: number) => Math.round(value * 10) / 10;
  return [
    round(4.3 + next() * 3.6),
    round(2 + next() * 2.4),
    round(1 + next() * 5.9),
    round(0.1 + next() * 2.4),
  ];
}

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${COLUMNS.join(",")}\n`);
  for (let i = 0; i < rows; i++)
    if (!out.write(`${rowAt(i).join(",")}\n`))
      await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  out.end();
  await finished(out);
}

/** The naive loop: one POST per row, in order, each answer appended to the output. */
async function naiveLoop(modelUrl: string, output: string): Promise<number> {
  const agent = new Agent({ connections: 1 });
  const file = await open(output, "w");
  const started = performance.now();
  try {
    for (let i = 0; i < NAIVE_ROWS; i++) {
      const input = Object.fromEntries(COLUMNS.map((c, k) => [c, rowAt(i)[k]]));
      const answer = await request(`${modelUrl}/predict`, {
        method: "POST",
        dispatcher: agent,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ input }),
      });
      const body = (await answer.body.json()) as { label?: string };
      if (answer.statusCode !== 200)
        throw new Error(`HTTP ${answer.statusCode}`);
      await file.write(`${i},${body.label ?? ""}\n`);
    }
  } finally {
    await file.close();
    await agent.close();
  }
  return NAIVE_ROWS / ((performance.now() - started) / 1000);
}

/** Samples this process's RSS while `fn` runs; returns its result and the peak. */
async function withPeakRss<T>(fn: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  try {
    const result = await fn();
    return {
      result,
      peakRss: Math.max(peak, process.memoryUsage().rss),
      peakHeap,
    };
  } finally {
    clearInterval(timer);
  }
}

async function loggedOnce(
  url: string,
): Promise<{ rows: number; distinct: number }> {
  const pool = new pg.Pool({ connectionString: url });
  try {
    const { rows } = await pool.query<{ total: string; distinct: string }>(
      `SELECT count(*) AS total, count(DISTINCT (request_id, item)) AS distinct
         FROM ${qualified(names.tables.schema, names.tables.outputs)}`,
    );
    return {
      rows: Number(rows[0]?.total),
      distinct: Number(rows[0]?.distinct),
    };
  } finally {
    await pool.end();
  }
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

interface WorkerRun {
  rows: number;
  seconds: number;
  peakRss: number;
  /** V8's heap in use at its peak: what the worker holds, without freed pages RSS keeps. */
  peakHeap: number;
  baselineRss: number;
}

async function runWorker(
  dir: string,
  input: string,
  urls: { model: string; db: string },
): Promise<WorkerRun> {
  const baselineRss = process.memoryUsage().rss;
  const started = performance.now();
  const {
    result: rows,
    peakRss,
    peakHeap,
  } = await withPeakRss(() =>
    scoreLocalFile({
      app: "bench",
      names,
      root: path.join(dir, "batch"),
      databaseUrl: LOG ? urls.db : undefined,
      modelUrl: urls.model,
      predictPath: "/predict",
      batchSize: BATCH_SIZE,
      concurrency: CONCURRENCY,
      logger: memoryLogger(),
      signal: new AbortController().signal,
      input,
      output: path.join(dir, "scored.csv"),
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { rows, seconds, peakRss, peakHeap, baselineRss };
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file))
    for (const byte of chunk as Buffer) if (byte === 10) lines++;
  return lines;
}

async function check(dir: string, dbUrl: string): Promise<string> {
  const outputRows = (await countLines(path.join(dir, "scored.csv"))) - 1;
  const logged = LOG ? await loggedOnce(dbUrl) : undefined;
  const exact = (n: number) => n === ROWS;
  if (
    !exact(outputRows) ||
    (logged && !(exact(logged.rows) && exact(logged.distinct)))
  )
    throw new Error(
      "the output or the log is not exactly one row per input row",
    );
  return `output rows ${outputRows}; ${logged ? `logged ${logged.rows} (${logged.distinct} distinct)` : "not logged (BENCH_LOG=off)"}`;
}

function report(
  naive: { logged: [number, number]; unlogged: number },
  run: WorkerRun,
  checked: string,
) {
  const worker = run.rows / run.seconds;
  const logged = (naive.logged[0] + naive.logged[1]) / 2;
  const row = (name: string, rows: number, rate: number, rss = "") =>
    console.log(`| ${name} | ${rows} | ${rate.toFixed(0)} | ${rss} |`);
  console.log("\n| run | rows | rows/s | peak RSS |");
  console.log("|---|---:|---:|---:|");
  row(
    "naive, online service logging each row (before)",
    NAIVE_ROWS,
    naive.logged[0],
  );
  row(
    "naive, online service logging each row (after)",
    NAIVE_ROWS,
    naive.logged[1],
  );
  row("naive, service with its log off", NAIVE_ROWS, naive.unlogged);
  row(
    `worker (local twin${LOG ? ", every row logged" : ", log off"})`,
    run.rows,
    worker,
    `${mib(run.peakRss)} (${mib(run.baselineRss)} before; heap peak ${mib(run.peakHeap)})`,
  );
  console.log(
    `\nworker / naive: ${(worker / logged).toFixed(1)}× against the logged loop's mean (goal ≥ 20×), ` +
      `${(worker / naive.unlogged).toFixed(1)}× against the unlogged one; ${run.seconds.toFixed(1)} s for ${run.rows} rows; ${checked}`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-batch-"));
  const db = await startPostgres();
  const env = { DATABASE_URL: db.url, MODEL_PATH: trainedModelPath() };
  const model = await startServiceProcess({
    ...env,
    MODEL_VERSION: names.version,
    LOG_MODE: "off",
  });
  const online = await startServiceProcess({
    ...env,
    MODEL_VERSION: "bench-online",
  });
  try {
    const input = path.join(dir, "rows.csv");
    await writeCsv(input, ROWS);
    console.log(
      `batch: ${ROWS} rows (CSV), batch size ${BATCH_SIZE}, concurrency ${CONCURRENCY}, example model in its own process, PostgreSQL on 127.0.0.1, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)}`,
    );
    const naiveOut = path.join(dir, "naive.csv");
    const before = await naiveLoop(online.url, naiveOut);
    const unlogged = await naiveLoop(model.url, naiveOut);
    const run = await runWorker(dir, input, { model: model.url, db: db.url });
    const after = await naiveLoop(online.url, naiveOut);
    report(
      { logged: [before, after], unlogged },
      run,
      await check(dir, db.url),
    );
  } finally {
    await online.stop();
    await model.stop();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
