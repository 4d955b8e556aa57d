import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { startPostgres } from "../actions/lib/postgres/server.js";
import { migrate, ensurePredictionTables } from "../actions/lib/db.js";
import { parseVersion, qualified } from "../actions/lib/version.js";
import { insertParams, insertSql } from "../example-app/src/log-writer.js";

const server = await startPostgres();
try {
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  await migrate(pool);
  const N = Number(process.env.N ?? 1000), BATCHES = 40;
  const mk = (b: number) => Array.from({ length: N }, (_, i) => ({
    requestId: crypto.randomUUID(), item: 0,
    receivedAt: new Date(), features: { sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 },
    predictedAt: new Date(), modelVersion: "v1", label: "versicolor",
    probabilities: { setosa: 0.01, versicolor: 0.9, virginica: 0.09 }, latencyMs: 0.53,
  }));
  const a = parseVersion("a1"); await ensurePredictionTables(pool, a);
  const c = parseVersion("c1"); await ensurePredictionTables(pool, c);
  const sql = insertSql(a);
  const client = await pool.connect();
  await client.query(`CREATE TEMP TABLE stage (request_id text, item int, received_at timestamptz, features jsonb, predicted_at timestamptz, model_version text, label text, probabilities jsonb, latency_ms float8) ON COMMIT DELETE ROWS`);
  const { schema, inputs, outputs } = c.tables;
  const ins = `WITH ins AS (INSERT INTO ${qualified(schema, inputs)} (request_id, item, received_at, features) SELECT request_id, item, received_at, features FROM stage ON CONFLICT DO NOTHING)
   INSERT INTO ${qualified(schema, outputs)} (request_id, item, predicted_at, model_version, label, probabilities, latency_ms) SELECT request_id, item, predicted_at, model_version, label, probabilities, latency_ms FROM stage ON CONFLICT DO NOTHING`;
  const enc = (r: any) => `${r.requestId}\t${r.item}\t${r.receivedAt.toISOString()}\t${JSON.stringify(r.features)}\t${r.predictedAt.toISOString()}\t${r.modelVersion}\t${r.label}\t${JSON.stringify(r.probabilities)}\t${r.latencyMs}\n`;
  const tot: Record<string, { wall: number; cpu: number }> = { unnest: { wall: 0, cpu: 0 }, copy: { wall: 0, cpu: 0 } };
  for (let b = 0; b < BATCHES; b++) {
    for (const m of b % 2 ? ["unnest", "copy"] : ["copy", "unnest"]) {
      const rows = mk(b);
      const cpu0 = process.cpuUsage(); const t0 = performance.now();
      if (m === "unnest") await client.query(sql, insertParams(rows));
      else {
        const buf = Buffer.from(rows.map(enc).join(""));
        await client.query("BEGIN");
        const stream = client.query(copyFrom("COPY stage FROM STDIN"));
        stream.end(buf);
        await new Promise((res, rej) => { stream.on("finish", res); stream.on("error", rej); });
        await client.query(ins);
        await client.query("COMMIT");
      }
      const cpu = process.cpuUsage(cpu0);
      tot[m]!.wall += performance.now() - t0; tot[m]!.cpu += (cpu.user + cpu.system) / 1000;
    }
  }
  for (const [m, v] of Object.entries(tot)) console.log(`${m} N=${N}: wall ms/batch ${(v.wall / BATCHES).toFixed(2)}, node cpu ms/batch ${(v.cpu / BATCHES).toFixed(2)}`);
  client.release(); await pool.end();
} finally { await server.destroy(); }
