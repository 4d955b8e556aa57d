// The stream worker on AWS with Kinesis stubbed at the SDK boundary (aws-sdk-client-mock), a real
// HTTP model and real Postgres for checkpoints and log rows: a shard split (children read only
// after the parent is read to its end), throttled reads and a partly refused PutRecords (retried
// until every decision is accepted), and where a new version starts.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ExpiredIteratorException,
  PutRecordsCommand,
} from "@aws-sdk/client-kinesis";
import pg from "pg";
import { ModelClient } from "../../actions/lib/batch/predict.js";
import { ensurePredictionTables } from "../../actions/lib/db/schema.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { PredictionLogWriter } from "../../actions/lib/predictions/writer.js";
import { runKinesisStream } from "../../actions/lib/stream/aws.js";
import { StreamMetrics } from "../../actions/lib/stream/metrics.js";
import type { StartPosition } from "../../actions/lib/stream/types.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  expectedLabel,
  irisRow,
  startModelServer,
  type ModelServer,
} from "../batch/model-server.js";
import { until } from "./helpers.js";
import {
  kinesis,
  LEFT,
  PARENT,
  records,
  RIGHT,
  seqOf,
  SHARD_EVENTS,
  stubStream,
} from "./kinesis-stubs.js";

const names = parseVersion("k2");
let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
let model: ModelServer;
let journal: string;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url });
  await ensurePredictionTables(pool, names);
  model = await startModelServer();
});
afterAll(async () => {
  await model.close();
  await pool.end();
  await db.drop();
});
beforeEach(() => {
  kinesis.reset();
  journal = mkdtempSync(path.join(os.tmpdir(), "stream-kinesis-"));
});
afterEach(() => rmSync(journal, { recursive: true, force: true }));

async function consume(
  start: StartPosition,
  done: () => Promise<boolean>,
  version = names,
) {
  const controller = new AbortController();
  const writer = await PredictionLogWriter.open({
    pool,
    names: version,
    logger: memoryLogger(),
    journalDir: journal,
    durability: "strict",
  });
  const client = new ModelClient({
    url: model.url,
    predictPath: "/predict",
    concurrency: 2,
  });
  const metrics = new StreamMetrics();
  const running = runKinesisStream({
    kinesis: new KinesisClient({ region: "eu-west-1" }),
    pool,
    writer,
    client,
    app: "rides",
    names: version,
    inputStream: "rides-events",
    outputStream: "rides-decisions",
    start,
    batchSize: 2,
    concurrency: 2,
    logger: memoryLogger(),
    signal: controller.signal,
    metrics,
    backoff: { initialMs: 1, maxMs: 5, attempts: 10 },
    rescanMs: 50,
    idleMs: 10,
    leaseMs: 5000,
  });
  try {
    await until("the worker to finish its reads", done, 20_000);
  } finally {
    controller.abort();
    await running;
    await writer.close();
    await client.close();
  }
  return metrics;
}

const checkpoints = async (consumer: string) =>
  (
    await pool.query(
      "SELECT shard_id, sequence_number, finished FROM modelship_stream_checkpoints WHERE consumer = $1 ORDER BY shard_id",
      [consumer],
    )
  ).rows;

it("reads the parent to its end before its children, retries throttling, and loses no decision", async () => {
  stubStream({ throttledReads: 2 });
  const metrics = await consume({ type: "TRIM_HORIZON" }, async () => {
    const rows = await checkpoints("k2");
    return (
      rows.length === 3 &&
      rows.every(
        (r) => r.finished || r.sequence_number === seqOf(r.shard_id, 1),
      )
    );
  });

  expect(await checkpoints("k2")).toEqual([
    { shard_id: PARENT, sequence_number: seqOf(PARENT, 2), finished: true },
    { shard_id: LEFT, sequence_number: seqOf(LEFT, 1), finished: false },
    { shard_id: RIGHT, sequence_number: seqOf(RIGHT, 1), finished: false },
  ]);
  // The children's iterators were asked for only after the parent's last read.
  const calls = kinesis
    .calls()
    .map((call) => call.args[0].input as Record<string, string>);
  const parentEnd = calls
    .map((c) => c.ShardIterator ?? "")
    .lastIndexOf(`iter/${PARENT}/1`);
  const childOpen = calls.findIndex(
    (c) => c.ShardId === LEFT || c.ShardId === RIGHT,
  );
  expect(parentEnd).toBeGreaterThan(0);
  expect(childOpen).toBeGreaterThan(parentEnd);
  expect(
    kinesis.commandCalls(GetShardIteratorCommand)[0]?.args[0].input,
  ).toEqual({
    StreamName: "rides-events",
    ShardId: PARENT,
    ShardIteratorType: "TRIM_HORIZON",
    StartingSequenceNumber: undefined,
    Timestamp: undefined,
  });

  // Every decision accepted once, with the input's partition key; the refused entry put again alone.
  const puts = kinesis
    .commandCalls(PutRecordsCommand)
    .map((c) => c.args[0].input.Records ?? []);
  expect(puts[1]).toEqual([puts[0]?.[1]]);
  const accepted = [
    ...(puts[0] ?? []).filter((_, index) => index !== 1),
    ...puts.slice(1).flat(),
  ];
  expect(accepted.map((e) => e.PartitionKey).sort()).toEqual(
    [0, 1, 2, 3, 4, 5, 6].map((i) => `ride-${i}`).sort(),
  );
  for (const entry of accepted) {
    const body = JSON.parse(Buffer.from(entry.Data as Uint8Array).toString());
    const index = Number(String(entry.PartitionKey).replace("ride-", ""));
    expect(body).toMatchObject({
      version: "k2",
      label: expectedLabel(irisRow(index)),
    });
  }
  const { rows } = await pool.query<{ request_id: string }>(
    `SELECT request_id FROM ${qualified(names.tables.schema, names.tables.outputs)} ORDER BY request_id`,
  );
  expect(rows.map((r) => r.request_id)).toEqual(
    [PARENT, LEFT, RIGHT]
      .flatMap((shard) =>
        (SHARD_EVENTS[shard] ?? []).map(
          (_, p) => `${shard}:${seqOf(shard, p)}`,
        ),
      )
      .sort(),
  );
  const text = await metrics.registry.metrics();
  expect(text).toMatch(/modelship_stream_throttled_total 3/); // 2 reads + 1 put
  expect(text).toMatch(
    new RegExp(`modelship_stream_lag_seconds\\{shard="${LEFT}"\\} 0`),
  );
  expect(text).toMatch(
    /modelship_stream_records_total\{shard="shardId-000000000000",outcome="scored"\} 3/,
  );
});

it("a new version at LATEST skips a closed parent and opens the open shards at LATEST", async () => {
  stubStream({ throttledReads: 0 });
  const later = parseVersion("k3");
  await ensurePredictionTables(pool, later);
  const controller = new AbortController();
  const client = new ModelClient({
    url: model.url,
    predictPath: "/predict",
    concurrency: 1,
  });
  const running = runKinesisStream({
    kinesis: new KinesisClient({ region: "eu-west-1" }),
    pool,
    client,
    app: "rides",
    names: later,
    inputStream: "rides-events",
    outputStream: "rides-decisions",
    start: { type: "LATEST" },
    batchSize: 10,
    concurrency: 1,
    logger: memoryLogger(),
    signal: controller.signal,
    rescanMs: 50,
    idleMs: 10,
  });
  await until(
    "both children opened",
    () => kinesis.commandCalls(GetShardIteratorCommand).length >= 2,
  );
  controller.abort();
  await running;
  await client.close();
  const opened = kinesis
    .commandCalls(GetShardIteratorCommand)
    .map((c) => c.args[0].input);
  expect(opened.map((o) => [o.ShardId, o.ShardIteratorType]).sort()).toEqual([
    [LEFT, "LATEST"],
    [RIGHT, "LATEST"],
  ]);
  expect((await checkpoints("k3")).find((r) => r.shard_id === PARENT)).toEqual({
    shard_id: PARENT,
    sequence_number: null,
    finished: true,
  });
});

it("reopens an expired iterator after the last checkpoint, without reading a record twice", async () => {
  stubStream({ throttledReads: 0 });
  await ensurePredictionTables(pool, parseVersion("k4"));
  // The left child's first iterator expires after its records were checkpointed: the worker asks
  // for a new one after the checkpointed sequence number.
  let expired = false;
  kinesis
    .on(GetRecordsCommand)
    .callsFake((input: { ShardIterator: string }) => {
      const [, shard = "", step] = input.ShardIterator.split("/");
      if (shard === LEFT && step === "1" && !expired) {
        expired = true;
        throw new ExpiredIteratorException({
          message: "Iterator expired",
          $metadata: {},
        });
      }
      // The parent is closed: after its records, no next iterator. The children stay open.
      const closed = shard === PARENT && step !== "0";
      return {
        Records: step === "0" ? records(shard) : [],
        NextShardIterator: closed ? undefined : `iter/${shard}/1`,
        MillisBehindLatest: 0,
      };
    });
  kinesis
    .on(GetShardIteratorCommand)
    .callsFake((input: { ShardId: string; ShardIteratorType: string }) => ({
      ShardIterator: `iter/${input.ShardId}/${input.ShardIteratorType === "AFTER_SEQUENCE_NUMBER" ? "after" : "0"}`,
    }));
  await consume(
    { type: "TRIM_HORIZON" },
    async () => {
      const reopened = kinesis
        .commandCalls(GetShardIteratorCommand)
        .some(
          (c) => c.args[0].input.ShardIteratorType === "AFTER_SEQUENCE_NUMBER",
        );
      const rows = await checkpoints("k4");
      return reopened && rows.length === 3;
    },
    parseVersion("k4"),
  );
  const reopen = kinesis
    .commandCalls(GetShardIteratorCommand)
    .map((c) => c.args[0].input)
    .filter((i) => i.ShardIteratorType === "AFTER_SEQUENCE_NUMBER");
  expect(reopen).toEqual([
    expect.objectContaining({
      ShardId: LEFT,
      StartingSequenceNumber: seqOf(LEFT, 1),
    }),
  ]);
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${qualified("predictions", parseVersion("k4").tables.outputs)} WHERE request_id LIKE $1`,
    [`${LEFT}:%`],
  );
  expect(rows[0]?.n).toBe(2);
});
