// Benchmark: the cost of putting prediction-log rows into Postgres, per row, three ways on the
// same real Postgres: the writer's COPY straight into both tables (rows never sent before), its
// COPY into staging tables + INSERT … ON CONFLICT DO NOTHING (retries and replays), and the
// baseline it replaced, one multi-row INSERT of unnest arrays for both tables. Batches alternate
// between the ways; we report rows per second and CPU per row in Node and in the Postgres backend.
//
//   npm run bench:ingest
//   INGEST_BATCH=1000 INGEST_BATCHES=60 npm run bench:ingest
import { readFileSync } from "node:fs";
import pg from "pg";
import { ensurePredictionTables, migrate } from "../actions/lib/db/schema.js";
import { parseNumber } from "../actions/lib/inputs.js";
import { startPostgres } from "../actions/lib/postgres/server.js";
import {
  framePayload,
  frameRecord,
} from "../actions/lib/predictions/record.js";
import {
  encodeRows,
  type PredictionRow,
} from "../actions/lib/predictions/rows.js";
import {
  PostgresSink,
  type WriteMode,
} from "../actions/lib/predictions/sink.js";
import {
  parseVersion,
  qualified,
  type VersionNames,
} from "../actions/lib/version.js";

const setting = (name: string, fallback: string) =>
  parseNumber(process.env[name] ?? fallback, name, { min: 1, integer: true });
const BATCH = setting("INGEST_BATCH", "1000");
const BATCHES = setting("INGEST_BATCHES", "40");

/** The baseline: both tables in one statement from nine column arrays. */
function unnestSql(names: VersionNames): string {
  const { schema, inputs, outputs } = names.tables;
  return `WITH rows AS (
    SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::jsonb[],
      $5::timestamptz[], $6::text[], $7::text[], $8::jsonb[], $9::float8[])
      AS r(request_id, item, received_at, features, predicted_at, model_version, label, probabilities, latency_ms)
  ), ins AS (
    INSERT INTO ${qualified(schema, inputs)} (request_id, item, received_at, features)
    SELECT request_id, item, received_at, features FROM rows ON CONFLICT (request_id, item) DO NOTHING
  )
  INSERT INTO ${qualified(schema, outputs)} (request_id, item, predicted_at, model_version, label, probabilities, latency_ms)
  SELECT request_id, item, predicted_at, model_version, label, probabilities, latency_ms FROM rows
  ON CONFLICT (request_id, item) DO NOTHING`;
}

function unnestParams(rows: PredictionRow[]): unknown[][] {
  const columns: unknown[][] = Array.from({ length: 9 }, () => []);
  for (const r of rows) {
    const values = [
      r.requestId,
      r.item,
      r.receivedAt.toISOString(),
      JSON.stringify(r.features),
      r.predictedAt.toISOString(),
      r.modelVersion,
      r.label,
      JSON.stringify(r.probabilities),
      r.latencyMs,
    ];
    values.forEach((v, i) => columns[i]!.push(v));
  }
  return columns;
}

function batch(): PredictionRow[] {
  const at = new Date();
  return Array.from({ length: BATCH }, () => ({
    requestId: crypto.randomUUID(),
    item: 0,
    receivedAt: at,
    features: {
      sepal_length: 6.1,
      sepal_width: 2.8,
      petal_length: 4.7,
      petal_width: 1.2,
    },
    predictedAt: at,
    modelVersion: "bench",
    label: "versicolor",
    probabilities: { setosa: 0.01, versicolor: 0.9, virginica: 0.09 },
    latencyMs: 0.53,
  }));
}

/** CPU seconds of a process, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
    .split(") ")[1]!
    .split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

type Way = "COPY straight" | "COPY + staging" | "unnest INSERT";
interface Tally {
  wall: number;
  node: number;
  backend: number;
  rows: number;
}

async function main(): Promise<void> {
  const server = await startPostgres();
  // One connection, so one backend does all the work and its CPU can be read.
  const pool = new pg.Pool({ connectionString: server.url, max: 1 });
  try {
    await migrate(pool);
    const backend = (
      await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")
    ).rows[0]!.pid;
    const ways: Way[] = ["COPY straight", "COPY + staging", "unnest INSERT"];
    const names = new Map(ways.map((w, i) => [w, parseVersion(`ingest${i}`)]));
    for (const n of names.values()) await ensurePredictionTables(pool, n);
    const sinks = new Map(
      ways.map((w) => [
        w,
        new PostgresSink({
          pool,
          names: names.get(w)!,
          writeTimeoutMs: 60_000,
        }),
      ]),
    );
    const tally = new Map<Way, Tally>(
      ways.map((w) => [w, { wall: 0, node: 0, backend: 0, rows: 0 }]),
    );
    for (let b = 0; b < BATCHES; b++) {
      for (const way of b % 2 ? ways : [...ways].reverse()) {
        const rows = batch();
        const node0 = process.cpuUsage();
        const backend0 = cpuSeconds(backend);
        const started = performance.now();
        if (way === "unnest INSERT")
          await pool.query(unnestSql(names.get(way)!), unnestParams(rows));
        else {
          // What the writer does per request (encode, frame) and per batch (COPY).
          const payloads = rows.map((r) =>
            framePayload(frameRecord(1, encodeRows([r]), 0)),
          );
          const mode: WriteMode =
            way === "COPY straight" ? "fresh" : "idempotent";
          await sinks.get(way)!.write(payloads, mode);
        }
        const t = tally.get(way)!;
        t.wall += performance.now() - started;
        const node = process.cpuUsage(node0);
        t.node += (node.user + node.system) / 1e6;
        t.backend += cpuSeconds(backend) - backend0;
        t.rows += rows.length;
      }
    }
    console.log(
      `log-ingest: ${BATCHES} batches of ${BATCH} rows per way (each row in both tables), one connection, alternating`,
    );
    console.log(
      "\n| way | rows/s | Node CPU µs/row | Postgres backend CPU µs/row |",
    );
    console.log("|---|---:|---:|---:|");
    for (const [way, t] of tally)
      console.log(
        `| ${way} | ${Math.round(t.rows / (t.wall / 1000))} | ${((t.node / t.rows) * 1e6).toFixed(1)} | ${((t.backend / t.rows) * 1e6).toFixed(1)} |`,
      );
  } finally {
    await pool.end();
    await server.destroy();
  }
}

await main();
