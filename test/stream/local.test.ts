// The local twin end to end with real Postgres: events put on a two-shard stream kept in Postgres,
// two versions consuming the same events independently (each at its own checkpoints), decisions on
// the output stream with the input's partition key, every row logged once, poison records
// dead-lettered with the reason, and events put while consumers run picked up on NOTIFY.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { memoryLogger } from "../../actions/lib/logger.js";
import { listDeadLetters } from "../../actions/lib/stream/dead-letters.js";
import {
  localInputStream,
  localOutputStream,
  prepareLocalStream,
  runLocalStream,
} from "../../actions/lib/stream/local.js";
import { putLocalEvents } from "../../actions/lib/stream/local-stream.js";
import type { StreamMetrics } from "../../actions/lib/stream/metrics.js";
import { parseVersion } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  expectedLabel,
  irisRow,
  startModelServer,
  type ModelServer,
} from "../batch/model-server.js";
import { decisions, irisEvent, logged, until } from "./helpers.js";

const APP = "iris";
let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
let model: ModelServer;
let journals: string;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url });
  model = await startModelServer();
  journals = mkdtempSync(path.join(os.tmpdir(), "stream-local-"));
});
afterAll(async () => {
  await model.close();
  await pool.end();
  await db.drop();
  rmSync(journals, { recursive: true, force: true });
});

function consume(version: string) {
  const controller = new AbortController();
  const running = runLocalStream({
    app: APP,
    names: parseVersion(version),
    databaseUrl: db.url,
    modelUrl: model.url,
    predictPath: "/predict",
    shards: 2,
    start: { type: "TRIM_HORIZON" },
    journalDir: path.join(journals, version),
    batchSize: 50,
    concurrency: 2,
    logger: memoryLogger(),
    signal: controller.signal,
    readLimit: 200,
  });
  return { stop: () => (controller.abort(), running) };
}

it("two versions consume the same events independently, log each once and dead-letter poison", async () => {
  await prepareLocalStream(pool, {
    app: APP,
    names: parseVersion("s1"),
    shards: 2,
  });
  const first = Array.from({ length: 600 }, (_, i) => irisEvent(i));
  const poison = { partitionKey: "bad-1", data: Buffer.from("not json") };
  const wrongType = {
    partitionKey: "bad-2",
    data: Buffer.from(
      JSON.stringify({ features: { ...irisRow(1), petal_width: "wide" } }),
    ),
  };
  await putLocalEvents(pool, localInputStream(APP), [
    ...first,
    poison,
    wrongType,
  ]);

  const v1 = consume("s1");
  const v2 = consume("s2");
  await until(
    "both versions to log the first events",
    async () =>
      (await logged(pool, "s1")).total === 600 &&
      (await logged(pool, "s2")).total === 600,
  );
  // Put while both run: the consumers wake on NOTIFY.
  const more = Array.from({ length: 400 }, (_, i) => irisEvent(600 + i));
  await putLocalEvents(pool, localInputStream(APP), more);
  await until(
    "both versions to log every event",
    async () =>
      (await logged(pool, "s1")).total === 1000 &&
      (await logged(pool, "s2")).total === 1000,
  );
  const [metrics1] = await Promise.all([v1.stop(), v2.stop()]);

  for (const version of ["s1", "s2"]) {
    expect(await logged(pool, version)).toEqual({
      total: 1000,
      distinct: 1000,
    });
    const dead = await listDeadLetters(pool, { app: APP, consumer: version });
    expect(dead.map((d) => d.reason).sort()).toEqual([
      expect.stringMatching(/^data is not JSON/),
      expect.stringMatching(/the model refused it \(HTTP 400\).*petal_width/),
    ]);
  }
  const out = await decisions(pool, localOutputStream(APP));
  expect(out).toHaveLength(2000);
  for (const version of ["s1", "s2"]) {
    const mine = out.filter((d) => d.body.version === version);
    expect(new Set(mine.map((d) => d.partitionKey)).size).toBe(1000);
    for (const decision of mine) {
      const index = Number(decision.partitionKey.replace("ride-", ""));
      expect(decision.body.label).toBe(expectedLabel(irisRow(index)));
    }
  }
  // The log rows are keyed by shard and sequence number, the same for both versions.
  const { tables: t1 } = parseVersion("s1");
  const { rows } = await pool.query<{ request_id: string }>(
    `SELECT request_id FROM predictions.${t1.outputs} ORDER BY request_id LIMIT 1`,
  );
  expect(rows[0]?.request_id).toMatch(/^shard-000[01]:\d+$/);
  const { rows: checkpoints } = await pool.query(
    "SELECT consumer, shard_id, sequence_number, finished FROM modelship_stream_checkpoints ORDER BY consumer, shard_id",
  );
  const { rows: tips } = await pool.query<{ shard: string; seq: string }>(
    "SELECT shard, max(seq)::text AS seq FROM modelship_stream_events WHERE stream = $1 GROUP BY shard ORDER BY shard",
    [localInputStream(APP)],
  );
  expect(checkpoints).toEqual(
    ["s1", "s2"].flatMap((consumer) =>
      tips.map((tip) => ({
        consumer,
        shard_id: tip.shard,
        sequence_number: tip.seq,
        finished: false,
      })),
    ),
  );
  const text = await (metrics1 as StreamMetrics).registry.metrics();
  expect(text).toMatch(
    /modelship_stream_records_total\{shard="shard-0000",outcome="scored"\} \d+/,
  );
  expect(text).toMatch(
    /modelship_stream_iterator_age_seconds\{shard="shard-0001"\}/,
  );
  expect(text).toMatch(/modelship_stream_lag_records\{shard="shard-0000"\} 0/);
});

it("a new version started at LATEST reads only what comes after it starts", async () => {
  const controller = new AbortController();
  const running = runLocalStream({
    app: APP,
    names: parseVersion("s4"),
    databaseUrl: db.url,
    modelUrl: model.url,
    predictPath: "/predict",
    start: { type: "LATEST" },
    journalDir: path.join(journals, "s4"),
    batchSize: 50,
    concurrency: 2,
    logger: memoryLogger(),
    signal: controller.signal,
  });
  await until("s4 to open its shards", async () => {
    const { rows } = await pool.query(
      "SELECT 1 FROM modelship_stream_checkpoints WHERE consumer = 's4' AND owner IS NOT NULL",
    );
    return rows.length === 2;
  });
  await new Promise((r) => setTimeout(r, 300));
  await putLocalEvents(pool, localInputStream(APP), [
    irisEvent(5000),
    irisEvent(5001),
  ]);
  await until(
    "s4 to log the two new events",
    async () => (await logged(pool, "s4")).total === 2,
  );
  await new Promise((r) => setTimeout(r, 300));
  controller.abort();
  await running;
  expect(await logged(pool, "s4")).toEqual({ total: 2, distinct: 2 });
});
