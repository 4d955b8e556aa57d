// Benchmark: the batch worker's local twin (`modelship batch --input`: streamed CSV, batched
// predict requests with bounded concurrency, CSV output, every row logged durably in Postgres)
// against a naive loop that sends one request per row and writes each answer, both against the
// same example model service (its own process, its own prediction log off, as batch.yml runs it)
// in the same run. Reports rows/s of each, the ratio (goal ≥ 20×), and the worker's peak RSS over
// the whole file; checks that every row is in the output and logged exactly once.
//
//   npm run bench:batch                                 # 1,000,000 rows
//   BENCH_ROWS=50000 BENCH_NAIVE_ROWS=1000 npm run bench:batch
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
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
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await fn();
    return { result, peakRss: Math.max(peak, process.memoryUsage().rss) };
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

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-batch-"));
  const db = await startPostgres();
  const model = await startServiceProcess({
    DATABASE_URL: db.url,
    MODEL_PATH: trainedModelPath(),
    MODEL_VERSION: names.version,
    LOG_MODE: "off",
  });
  try {
    const input = path.join(dir, "rows.csv");
    await writeCsv(input, ROWS);
    console.log(
      `batch: ${ROWS} rows (CSV), batch size ${BATCH_SIZE}, concurrency ${CONCURRENCY}, example model in its own process, PostgreSQL on 127.0.0.1, ${os.cpus().length} CPUs`,
    );
    const naive = await naiveLoop(model.url, path.join(dir, "naive.csv"));
    const baseline = process.memoryUsage().rss;
    const started = performance.now();
    const { result: rows, peakRss } = await withPeakRss(() =>
      scoreLocalFile({
        app: "bench",
        names,
        root: path.join(dir, "batch"),
        databaseUrl: db.url,
        modelUrl: model.url,
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
    const worker = rows / seconds;
    const outputLines =
      (await readFile(path.join(dir, "scored.csv"), "utf8")).split("\n")
        .length - 2;
    const logged = await loggedOnce(db.url);
    console.log("\n| run | rows | rows/s | peak RSS |");
    console.log("|---|---:|---:|---:|");
    console.log(
      `| naive: one request per row | ${NAIVE_ROWS} | ${naive.toFixed(0)} | |`,
    );
    console.log(
      `| worker (local twin) | ${rows} | ${worker.toFixed(0)} | ${mib(peakRss)} (${mib(baseline)} before) |`,
    );
    console.log(
      `\nworker / naive: ${(worker / naive).toFixed(1)}× (goal ≥ 20×); ${seconds.toFixed(1)} s for ${rows} rows; ` +
        `output rows ${outputLines}; logged ${logged.rows} (${logged.distinct} distinct)`,
    );
    if (
      outputLines !== ROWS ||
      logged.rows !== ROWS ||
      logged.distinct !== ROWS
    )
      throw new Error(
        "the output or the log is not exactly one row per input row",
      );
  } finally {
    await model.stop();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
