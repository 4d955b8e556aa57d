import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { startPostgres } from "../actions/lib/postgres/server.js";
import { migrate, ensurePredictionTables } from "../actions/lib/db.js";
import { parseVersion, qualified } from "../actions/lib/version.js";
import { insertParams, insertSql } from "../example-app/src/log-writer.js";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";

const server = await startPostgres();
try {
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  await migrate(pool);
  const N = 1000, BATCHES = 100;
  const mk = (b: number) => Array.from({ length: N }, (_, i) => ({
    requestId: `r-${b}-${i}-${Math.random().toString(36).slice(2)}`, item: 0,
    receivedAt: new Date(), features: { sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 },
    predictedAt: new Date(), modelVersion: "v1", label: "versicolor",
    probabilities: { setosa: 0.01, versicolor: 0.9, virginica: 0.09 }, latencyMs: 0.53,
  }));
  // unnest
  const a = parseVersion("a1"); await ensurePredictionTables(pool, a);
  const sql = insertSql(a);
  let js = 0; let t0 = performance.now();
  for (let b = 0; b < BATCHES; b++) { const rows = mk(b); const s = performance.now(); const p = insertParams(rows); js += performance.now() - s; await pool.query(sql, p); }
  console.log("unnest: total ms/batch", ((performance.now() - t0) / BATCHES).toFixed(2), "js encode ms/batch", (js / BATCHES).toFixed(2));
  // copy
  const c = parseVersion("c1"); await ensurePredictionTables(pool, c);
  const { schema, inputs, outputs } = c.tables;
  const client = await pool.connect();
  await client.query(`CREATE TEMP TABLE stage (request_id text, item int, received_at timestamptz, features jsonb, predicted_at timestamptz, model_version text, label text, probabilities jsonb, latency_ms float8) ON COMMIT DELETE ROWS`);
  const ins = `WITH ins AS (INSERT INTO ${qualified(schema, inputs)} (request_id, item, received_at, features) SELECT request_id, item, received_at, features FROM stage ON CONFLICT DO NOTHING)
   INSERT INTO ${qualified(schema, outputs)} (request_id, item, predicted_at, model_version, label, probabilities, latency_ms) SELECT request_id, item, predicted_at, model_version, label, probabilities, latency_ms FROM stage ON CONFLICT DO NOTHING`;
  js = 0; t0 = performance.now();
  for (let b = 0; b < BATCHES; b++) {
    const rows = mk(b); const s = performance.now();
    const text = rows.map((r) => `${r.requestId}\t${r.item}\t${r.receivedAt.toISOString()}\t${JSON.stringify(r.features)}\t${r.predictedAt.toISOString()}\t${r.modelVersion}\t${r.label}\t${JSON.stringify(r.probabilities)}\t${r.latencyMs}\n`).join("");
    const buf = Buffer.from(text); js += performance.now() - s;
    await client.query("BEGIN");
    const stream = client.query(copyFrom("COPY stage FROM STDIN"));
    await pipeline(Readable.from([buf]), stream);
    await client.query(ins);
    await client.query("COMMIT");
  }
  console.log("copy: total ms/batch", ((performance.now() - t0) / BATCHES).toFixed(2), "js encode ms/batch", (js / BATCHES).toFixed(2));
  // copy with explicit multi-stmt commit
  const d = parseVersion("d1"); await ensurePredictionTables(pool, d);
  const ins2 = ins.replaceAll(qualified(schema, inputs), qualified(d.tables.schema, d.tables.inputs)).replaceAll(qualified(schema, outputs), qualified(d.tables.schema, d.tables.outputs));
  t0 = performance.now();
  for (let b = 0; b < BATCHES; b++) {
    const rows = mk(b);
    const text = rows.map((r) => `${r.requestId}\t${r.item}\t${r.receivedAt.toISOString()}\t${JSON.stringify(r.features)}\t${r.predictedAt.toISOString()}\t${r.modelVersion}\t${r.label}\t${JSON.stringify(r.probabilities)}\t${r.latencyMs}\n`).join("");
    await client.query("BEGIN");
    const stream = client.query(copyFrom("COPY stage FROM STDIN"));
    stream.end(Buffer.from(text));
    await new Promise((res, rej) => { stream.on("finish", res); stream.on("error", rej); });
    await client.query(ins2 + "; COMMIT");
  }
  console.log("copy 3rt: total ms/batch", ((performance.now() - t0) / BATCHES).toFixed(2));
  client.release();
  await pool.end();
} finally { await server.destroy(); }
