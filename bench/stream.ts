// Benchmark of the stream worker on the local twin with the example model (a real service
// process): events per second of the batched worker against the same worker calling the model
// once per event, in one run over the same events; then put-to-decision latency (p50, p99) of
// single events put at a steady rate while the batched worker runs.
// Usage: npm run bench:stream [-- ] (BENCH_EVENTS, BENCH_LATENCY_EVENTS, BENCH_BATCH, BENCH_CONCURRENCY)
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseNumber } from "../actions/lib/inputs.js";
import { memoryLogger } from "../actions/lib/logger.js";
import { startPostgres } from "../actions/lib/postgres/server.js";
import { percentile } from "../actions/lib/smoke/load.js";
import {
  localInputStream,
  localOutputStream,
  prepareLocalStream,
  runLocalStream,
} from "../actions/lib/stream/local.js";
import { putLocalEvents } from "../actions/lib/stream/local-stream.js";
import { parseVersion } from "../actions/lib/version.js";
import { startServiceProcess } from "../test/helpers/service-process.js";
import { trainedModelPath } from "../test/service/fixture.js";

const setting = (name: string, fallback: string) =>
  parseNumber(process.env[name] ?? fallback, name, { min: 1, integer: true });
const EVENTS = setting("BENCH_EVENTS", "20000");
const LATENCY_EVENTS = setting("BENCH_LATENCY_EVENTS", "300");
const BATCH = setting("BENCH_BATCH", "100");
const CONCURRENCY = setting("BENCH_CONCURRENCY", "4");
const APP = "bench";
const journals = mkdtempSync(path.join(os.tmpdir(), "bench-stream-"));

/** An iris-like event; the features vary so the model does real work. */
function event(index: number) {
  const features = {
    sepal_length: 4.5 + (index % 35) / 10,
    sepal_width: 2 + (index % 22) / 10,
    petal_length: 1 + (index % 59) / 10,
    petal_width: 0.1 + (index % 24) / 10,
  };
  const id = `e-${index}`;
  return {
    partitionKey: id,
    data: Buffer.from(JSON.stringify({ id, features })),
  };
}

async function putAll(pool: pg.Pool, count: number): Promise<void> {
  for (let i = 0; i < count; i += 5000)
    await putLocalEvents(
      pool,
      localInputStream(APP),
      Array.from({ length: Math.min(5000, count - i) }, (_, k) => event(i + k)),
    );
}

async function checkpointed(pool: pg.Pool, version: string): Promise<number> {
  const { rows } = await pool.query<{ total: string }>(
    "SELECT coalesce(sum(sequence_number::bigint), 0) AS total FROM modelship_stream_checkpoints WHERE consumer = $1",
    [version],
  );
  return Number(rows[0]?.total);
}

function consumer(options: {
  url: string;
  modelUrl: string;
  version: string;
  batchSize: number;
}) {
  const controller = new AbortController();
  const running = runLocalStream({
    app: APP,
    names: parseVersion(options.version),
    databaseUrl: options.url,
    modelUrl: options.modelUrl,
    predictPath: "/predict",
    shards: 2,
    start: { type: "TRIM_HORIZON" },
    journalDir: path.join(journals, options.version),
    batchSize: options.batchSize,
    concurrency: CONCURRENCY,
    logger: memoryLogger(),
    signal: controller.signal,
    readLimit: 1000,
  });
  return { stop: () => (controller.abort(), running) };
}

async function holdsShards(pool: pg.Pool, version: string): Promise<boolean> {
  const { rows } = await pool.query(
    "SELECT 1 FROM modelship_stream_checkpoints WHERE consumer = $1 AND owner IS NOT NULL",
    [version],
  );
  return rows.length === 2;
}

/** Events per second for one consumer reading all `total` events from the start. */
async function throughput(
  pool: pg.Pool,
  options: Parameters<typeof consumer>[0] & { total: number },
): Promise<number> {
  const started = performance.now();
  const run = consumer(options);
  while ((await checkpointed(pool, options.version)) < options.total)
    await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  await run.stop();
  return options.total / seconds;
}

/** Put-to-decision latency of single events put every `gapMs`, in milliseconds. */
async function latency(pool: pg.Pool, version: string): Promise<number[]> {
  const first = EVENTS;
  for (let i = 0; i < LATENCY_EVENTS; i++) {
    await putLocalEvents(pool, localInputStream(APP), [event(first + i)]);
    await new Promise((r) => setTimeout(r, 10));
  }
  const keys = Array.from(
    { length: LATENCY_EVENTS },
    (_, i) => `e-${first + i}`,
  );
  const query = `SELECT extract(epoch FROM (o.arrived_at - i.arrived_at)) * 1000 AS ms
      FROM modelship_stream_events i JOIN modelship_stream_events o
        ON o.partition_key = i.partition_key AND o.stream = $2
       AND convert_from(o.data, 'UTF8')::jsonb ->> 'version' = $4
     WHERE i.stream = $1 AND i.partition_key = ANY($3)`;
  for (;;) {
    const { rows } = await pool.query<{ ms: number }>(query, [
      localInputStream(APP),
      localOutputStream(APP),
      keys,
      version,
    ]);
    if (rows.length >= LATENCY_EVENTS)
      return rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL ? undefined : await startPostgres();
  const url = process.env.DATABASE_URL ?? (server?.url as string);
  const pool = new pg.Pool({ connectionString: url });
  // The consumer logs each event; the model logging each request too would double the work.
  const model = await startServiceProcess({
    MODEL_PATH: trainedModelPath(),
    MODEL_VERSION: "bench",
    DATABASE_URL: url,
    LOG_MODE: "off",
  });
  try {
    for (const version of ["batched", "single"])
      await prepareLocalStream(pool, {
        app: APP,
        names: parseVersion(version),
        shards: 2,
      });
    await putAll(pool, EVENTS);
    const common = { url, modelUrl: model.url, total: EVENTS };
    const batched = await throughput(pool, {
      ...common,
      version: "batched",
      batchSize: BATCH,
    });
    const single = await throughput(pool, {
      ...common,
      version: "single",
      batchSize: 1,
    });
    const live = consumer({
      url,
      modelUrl: model.url,
      version: "batched",
      batchSize: BATCH,
    });
    // Measured once the consumer holds its shards: its start-up is not part of the latency.
    while (!(await holdsShards(pool, "batched")))
      await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500));
    const latencies = await latency(pool, "batched");
    await live.stop();
    const cores = os.cpus().length;
    process.stdout.write(
      [
        `## bench:stream (${EVENTS} events, 2 shards, ${cores} cores, batch ${BATCH}, concurrency ${CONCURRENCY})`,
        "",
        "| consumer | events/s |",
        "| --- | ---: |",
        `| batched (${BATCH} events per predict request) | ${batched.toFixed(0)} |`,
        `| one predict request per event | ${single.toFixed(0)} |`,
        "",
        `speed-up: ${(batched / single).toFixed(1)}×`,
        "",
        `put → decision latency over ${LATENCY_EVENTS} single puts (10 ms apart): p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
        "",
      ].join("\n"),
    );
  } finally {
    await model.stop();
    await pool.end();
    await server?.stop();
    rmSync(journals, { recursive: true, force: true });
  }
}

await main();
