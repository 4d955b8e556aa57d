// The stream smoke test on Kinesis, stubbed at the SDK boundary by an in-memory Kinesis (two
// output shards, paged reads), with real Postgres for the log rows. The test plays the worker:
// on each put to the input stream it puts decisions on the output stream, after a delay, and
// writes log rows keyed by the input record's shard and sequence number.
import {
  GetShardIteratorCommand,
  KinesisClient,
  PutRecordsCommand,
} from "@aws-sdk/client-kinesis";
import pg from "pg";
import { ensurePredictionTables } from "../../actions/lib/db/schema.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import type { SmokeCase } from "../../actions/lib/smoke/cases.js";
import { KinesisSmokePort } from "../../actions/lib/stream/kinesis-smoke.js";
import { runStreamSmoke } from "../../actions/lib/stream/smoke.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { FakeKinesis, fakeShardId, type FakeRecord } from "./fake-kinesis.js";

const names = parseVersion("s3");
const INPUT = "ml-events";
const OUTPUT = "ml-decisions";
const CASES: SmokeCase[] = ["setosa", "versicolor", "virginica", "setosa"].map(
  (label, index) => ({
    name: `case ${index} (${label})`,
    input: { x: index },
    label,
  }),
);
const fake = new FakeKinesis();
let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
let writes: Promise<unknown>[];

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url });
  await ensurePredictionTables(pool, names);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});
beforeEach(async () => {
  // Each test's streams start empty, so sequence numbers (and request ids) repeat.
  const { schema, outputs } = names.tables;
  await pool.query(`TRUNCATE ${qualified(schema, outputs)}`);
  fake.mock.reset();
  fake.addStream(INPUT, 2);
  fake.addStream(OUTPUT, 2);
  fake.install();
  writes = [];
});
afterEach(async () => {
  fake.onPut = undefined;
  await Promise.all(writes);
});

interface Worker {
  /** The label decided for case `index`; undefined decides nothing. */
  label?(index: number): string | undefined;
  /** Whether case `index` gets a log row. */
  logs?(index: number): boolean;
}

function featuresOf(record: FakeRecord): { x: number } {
  return JSON.parse(record.data.toString("utf8")).features;
}

/** Plays the worker, and another version and another writer on the same output stream. */
function playWorker(worker: Worker = {}): void {
  fake.onPut = (stream, placed) => {
    if (stream !== INPUT) return;
    setTimeout(() => {
      for (const record of placed) {
        const { x } = featuresOf(record);
        const label = worker.label ? worker.label(x) : CASES[x]?.label;
        const shard = fakeShardId(x % 2); // decisions on both output shards
        const decide = (version: string, decided?: string) =>
          fake.append(OUTPUT, shard, {
            partitionKey: record.partitionKey,
            data: JSON.stringify({ version, label: decided }),
          });
        decide("s2", "nonsense"); // another version's decision comes first
        fake.append(OUTPUT, shard, { partitionKey: "x", data: "not json {" });
        if (label !== undefined) decide(names.version, label);
        if (worker.logs?.(x) ?? true)
          writes.push(logRow(`${record.shardId}:${record.sequenceNumber}`));
      }
    }, 300);
  };
}

function logRow(requestId: string) {
  const { schema, outputs } = names.tables;
  return pool.query(
    `INSERT INTO ${qualified(schema, outputs)} (request_id, item, predicted_at, model_version, latency_ms)
     VALUES ($1, 0, now(), $2, 1)`,
    [requestId, names.version],
  );
}

function smoke(timeoutMs = 10_000) {
  const port = new KinesisSmokePort({
    kinesis: new KinesisClient({ region: "eu-west-1" }),
    input: INPUT,
    output: OUTPUT,
    logger: memoryLogger(),
    backoff: { initialMs: 1, maxMs: 5, attempts: 5 },
    readPauseMs: 20,
  });
  return runStreamSmoke({
    port,
    pool,
    names,
    cases: CASES,
    timeoutMs,
    logger: memoryLogger(),
    pollMs: 50,
  });
}

describe("the stream smoke test on Kinesis", () => {
  it("passes when this version decides every case and logs it, reading both output shards", async () => {
    playWorker();
    fake.refuseNext = 1; // the first entry is throttled once and put again
    const started = Date.now();
    const result = await smoke();
    expect(result).toMatchObject({
      passed: true,
      decided: 4,
      logged: 4,
      reasons: [],
    });
    expect(result.slowestMs).toBeGreaterThanOrEqual(250);
    const puts = fake.mock.commandCalls(PutRecordsCommand);
    expect(puts.map((call) => call.args[0].input.Records?.length)).toEqual([
      4, 1,
    ]);
    expect(puts.every((c) => c.args[0].input.StreamName === INPUT)).toBe(true);
    const opened = fake.mock
      .commandCalls(GetShardIteratorCommand)
      .map((call) => call.args[0].input);
    expect(opened.map((input) => input.ShardId).sort()).toEqual([
      fakeShardId(0),
      fakeShardId(1),
    ]);
    for (const input of opened) {
      expect(input).toMatchObject({
        StreamName: OUTPUT,
        ShardIteratorType: "AT_TIMESTAMP",
      });
      expect((input.Timestamp as Date).getTime()).toBeLessThanOrEqual(started);
    }
  });

  it("fails with the case's name when a decision has the wrong label", async () => {
    playWorker({ label: (x) => (x === 2 ? "setosa" : CASES[x]?.label) });
    const result = await smoke();
    expect(result.passed).toBe(false);
    expect(result.reasons).toEqual([
      'case 2 (virginica): decided "setosa", expected "virginica"',
    ]);
  });

  it("fails when a case's log row is missing", async () => {
    playWorker({ logs: (x) => x !== 1 });
    const result = await smoke(2000);
    expect(result).toMatchObject({ passed: false, decided: 4, logged: 3 });
    expect(result.reasons).toEqual([
      "1 of 4 case(s) not in the log tables (s3_outputs) within 2 s",
    ]);
  });

  it("fails on a timeout, naming each undecided case", async () => {
    playWorker({ label: (x) => (x === 3 ? undefined : CASES[x]?.label) });
    const started = Date.now();
    const result = await smoke(1500);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.passed).toBe(false);
    expect(result.decided).toBe(3);
    expect(result.reasons).toEqual([
      "case 3 (setosa): no decision of s3 on ml-decisions within 1.5 s",
    ]);
  });

  it("finds nothing when only another version decides", async () => {
    playWorker({ label: () => undefined });
    const result = await smoke(1000);
    expect(result.decided).toBe(0);
    expect(result.reasons).toHaveLength(4);
  });
});
