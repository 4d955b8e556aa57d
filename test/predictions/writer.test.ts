import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { memoryLogger } from "../../actions/lib/logger.js";
import { LogRefusedError } from "../../actions/lib/predictions/types.js";
import { PredictionLogWriter } from "../../actions/lib/predictions/writer.js";
import type { WriterOptions } from "../../actions/lib/predictions/types.js";
import type { PredictionRow } from "../../actions/lib/predictions/rows.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";

const at = new Date("2026-11-21T10:00:00.000Z");
function rows(requestId: string, items: number): PredictionRow[] {
  return Array.from({ length: items }, (_, item) => ({
    requestId,
    item,
    receivedAt: at,
    features: { x: item, y: requestId.length },
    predictedAt: at,
    modelVersion: "w1",
    label: "setosa",
    probabilities: { setosa: 0.9, versicolor: 0.1 },
    latencyMs: 1.5,
  }));
}

const until = async (what: string, check: () => boolean, ms = 15_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
let dirs: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  pool.on("error", () => undefined);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "writer-test-"));
  dirs.push(dir);
  return dir;
}

const deadPool = () => {
  const dead = new pg.Pool({
    connectionString: "postgres://x:y@127.0.0.1:1/none",
    connectionTimeoutMillis: 300,
  });
  dead.on("error", () => undefined);
  return dead;
};

function open(version: string, options: Partial<WriterOptions> = {}) {
  const logger = memoryLogger();
  return {
    logger,
    writer: PredictionLogWriter.open({
      pool,
      names: parseVersion(version),
      logger,
      journalDir: options.journalDir ?? tempDir(),
      flushIntervalMs: 10,
      retryInitialMs: 10,
      retryMaxMs: 100,
      ...options,
    }),
  };
}

async function logged(version: string) {
  const { schema, inputs, outputs } = parseVersion(version).tables;
  const result = await pool.query(
    `SELECT o.request_id, o.item, i.features, o.label, o.probabilities, o.value, o.output
       FROM ${qualified(schema, outputs)} o
       FULL JOIN ${qualified(schema, inputs)} i USING (request_id, item)
      ORDER BY 1, 2`,
  );
  return result.rows;
}

describe("PredictionLogWriter on a real Postgres", () => {
  it("writes every row once, any model's outputs, and a replay adds nothing", async () => {
    const { writer: opening } = open("w1", { batchSize: 50 });
    const writer = await opening;
    for (let r = 0; r < 40; r++) void writer.log(rows(`req-${r}`, (r % 5) + 1));
    void writer.log([
      {
        ...rows("reg", 1)[0]!,
        label: undefined,
        probabilities: undefined,
        value: 4.25,
      },
    ]);
    void writer.log([
      {
        ...rows("any", 1)[0]!,
        label: undefined,
        probabilities: undefined,
        output: { boxes: [[1, 2, 3, 4]], note: 'say "hi"\\' },
      },
    ]);
    await until("drain", () => writer.backlog === 0);
    expect(writer.written).toBe(122);
    void writer.log(rows("req-0", 1)); // what a retry after a lost COMMIT acknowledgement does
    await until("drain", () => writer.backlog === 0);
    const result = await writer.close(5000);
    expect(result).toMatchObject({
      drained: true,
      written: 123,
      dropped: 0,
      leftInJournal: 0,
    });
    const all = await logged("w1");
    expect(all).toHaveLength(122);
    expect(all.find((r) => r.request_id === "reg")).toMatchObject({
      label: null,
      probabilities: null,
      value: 4.25,
      output: null,
    });
    expect(all.find((r) => r.request_id === "any")).toMatchObject({
      label: null,
      value: null,
      output: { boxes: [[1, 2, 3, 4]], note: 'say "hi"\\' },
    });
    expect(
      all.find((r) => r.request_id === "req-3" && r.item === 3),
    ).toMatchObject({
      features: { x: 3, y: 5 },
      label: "setosa",
      probabilities: { setosa: 0.9, versicolor: 0.1 },
    });
    expect(
      readdirSync(result.journalDir).filter((f) => f.endsWith(".journal")),
    ).toEqual([]);
  });

  it("keeps rows in the journal while the database is down, and the next start replays them in order", async () => {
    const journalDir = tempDir();
    const { writer: opening, logger } = open("w2", {
      pool: deadPool(),
      journalDir,
    });
    const down = await opening;
    for (let r = 0; r < 30; r++)
      void down.log(rows(`r${String(r).padStart(2, "0")}`, 2));
    await until("failed writes", () => down.dbUp === false);
    const closed = await down.close(300);
    expect(closed).toMatchObject({
      drained: false,
      leftInJournal: 60,
      dropped: 0,
      journaled: 60,
    });
    expect(logger.text()).toMatch(
      /failed \(attempt 1\): .*ECONNREFUSED.*60 row\(s\) kept/,
    );

    const { writer: reopening, logger: second } = open("w2", {
      journalDir,
      batchSize: 7,
    });
    const up = await reopening;
    expect(second.text()).toMatch(
      /60 row\(s\) of an earlier run wait in the journal/,
    );
    await until("replay", () => up.backlog === 0);
    expect(up.replayed).toBe(60);
    expect((await up.close(5000)).drained).toBe(true);
    const all = await logged("w2");
    expect(all.map((r) => `${r.request_id}/${r.item}`)).toEqual(
      Array.from({ length: 30 }, (_, r) =>
        [0, 1].map((i) => `r${String(r).padStart(2, "0")}/${i}`),
      ).flat(),
    );
  });

  it("in strict mode resolves once the rows are fsynced, even with the database down", async () => {
    const { writer: opening } = open("w3", {
      pool: deadPool(),
      durability: "strict",
    });
    const writer = await opening;
    const started = Date.now();
    await writer.log(rows("s1", 3));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(writer.journaled).toBe(3);
    expect((await writer.close(100)).leftInJournal).toBe(3);
  });

  it("drops rows only when the journal's budget is used up: counted, logged, refused in strict mode", async () => {
    const dropped: string[] = [];
    const { writer: opening, logger } = open("w4", {
      pool: deadPool(),
      durability: "strict",
      journalMaxBytes: 2048,
      hooks: { dropped: (n, reason) => dropped.push(`${n} ${reason}`) },
    });
    const writer = await opening;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, r) => writer.log(rows(`b${r}`, 1))),
    );
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThan(40);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(
      LogRefusedError,
    );
    expect(dropped).toContain("1 journal_full");
    expect(writer.dropped).toBe(refused.length);
    expect(logger.text()).toMatch(
      /dropped \d+ \(journal_full\) row\(s\).*journal at \d+ of 2048 bytes/,
    );
    await writer.close(100);
  });

  it("when Postgres is slow, memory lets go of old rows and the journal brings them back in order", async () => {
    const { writer: opening } = open("w5", { maxQueue: 20, batchSize: 10 });
    const writer = await opening;
    void writer.log(rows("first", 1));
    await until("tables", () => writer.backlog === 0);
    const { schema, outputs } = parseVersion("w5").tables;
    const blocker = await pool.connect();
    blocker.on("error", () => undefined);
    try {
      await blocker.query("BEGIN");
      await blocker.query(
        `LOCK TABLE ${qualified(schema, outputs)} IN EXCLUSIVE MODE`,
      );
      for (let r = 0; r < 200; r++)
        void writer.log(rows(`slow-${String(r).padStart(3, "0")}`, 1));
      await new Promise((r) => setTimeout(r, 200));
      expect(writer.queueDepth).toBeLessThanOrEqual(20 + 10);
      expect(writer.backlog).toBe(200);
      expect(writer.replayLagSeconds).toBeGreaterThan(0);
    } finally {
      await blocker.query("COMMIT");
      blocker.release();
    }
    await until("catch-up", () => writer.backlog === 0);
    expect(writer.replayed).toBeGreaterThan(100);
    expect(writer.dropped).toBe(0);
    await writer.close(5000);
    expect(
      (await logged("w5"))
        .map((r) => r.request_id)
        .filter((id) => id.startsWith("slow")),
    ).toHaveLength(200);
  });

  it("drops only the request whose data Postgres refuses, and writes the rest", async () => {
    const { writer: opening, logger } = open("w6", { batchSize: 100 });
    const writer = await opening;
    for (let r = 0; r < 9; r++) void writer.log(rows(`ok-${r}`, 1));
    void writer.log([
      { ...rows("bad", 1)[0]!, features: { text: "\ud800 lone surrogate" } },
    ]);
    for (let r = 9; r < 20; r++) void writer.log(rows(`ok-${r}`, 1));
    await until("drain", () => writer.backlog === 0);
    expect(writer.dropped).toBe(1);
    expect(logger.text()).toMatch(/Postgres refused a request's 1 row\(s\)/);
    await writer.close(5000);
    const ids = (await logged("w6")).map((r) => r.request_id);
    expect(ids).toHaveLength(20);
    expect(ids).not.toContain("bad");
  });
});
