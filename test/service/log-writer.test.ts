import pg from "pg";
import { memoryLogger } from "../../actions/lib/logger.js";
import { parseVersion } from "../../actions/lib/version.js";
import {
  insertParams,
  PredictionLogWriter,
  type DropReason,
  type PredictionLogRow,
} from "../../example-app/src/log-writer.js";
import { usePool } from "../helpers/postgres.js";
import { loggedItems, sampleInput, testPool } from "./fixture.js";

function rows(requestId: string, items: number): PredictionLogRow[] {
  return Array.from({ length: items }, (_, item) => ({
    requestId,
    item,
    receivedAt: new Date("2026-11-21T10:00:00Z"),
    features: sampleInput(item),
    predictedAt: new Date("2026-11-21T10:00:00.002Z"),
    modelVersion: "w1",
    label: "setosa",
    probabilities: { setosa: 0.9, versicolor: 0.1, virginica: 0 },
    latencyMs: 1.5,
  }));
}

const until = async (what: string, check: () => boolean, ms = 15_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("insertParams", () => {
  it("turns rows into nine column arrays, JSON for the jsonb columns", () => {
    const [first] = rows("r1", 1);
    expect(insertParams([first!])).toEqual([
      ["r1"],
      [0],
      ["2026-11-21T10:00:00.000Z"],
      [JSON.stringify(first!.features)],
      ["2026-11-21T10:00:00.002Z"],
      ["w1"],
      ["setosa"],
      ['{"setosa":0.9,"versicolor":0.1,"virginica":0}'],
      [1.5],
    ]);
  });
});

describe("PredictionLogWriter on a real Postgres", () => {
  // Not migrated: the writer makes the version's tables itself.
  const pool = usePool({ migrate: false, open: testPool });
  const names = parseVersion("w1");

  it("writes every row once, in batches, and a re-sent batch adds nothing", async () => {
    const logger = memoryLogger();
    const writer = new PredictionLogWriter({
      pool: pool(),
      logger,
      names,
      batchSize: 50,
      flushIntervalMs: 10,
    });
    writer.start();
    for (let r = 0; r < 40; r++) writer.enqueue(rows(`req-${r}`, (r % 5) + 1));
    await until("drain", () => writer.depth === 0);
    expect(writer.written).toBe(120);
    const logged = await loggedItems(pool.url(), names);
    expect(logged).toHaveLength(120);
    expect(
      logged.every((r) => r.label === "setosa" && r.model_version === "w1"),
    ).toBe(true);
    // What a retry after a lost COMMIT acknowledgement does: the same rows again.
    writer.enqueue(rows("req-0", 1));
    await until("drain", () => writer.depth === 0);
    expect(await loggedItems(pool.url(), names)).toHaveLength(120);
    expect(await writer.close()).toEqual({ drained: true, remaining: 0 });
  });

  it("counts and logs overflow, refusing the newest request's rows whole", async () => {
    const logger = memoryLogger();
    const dropped: [number, DropReason][] = [];
    const writer = new PredictionLogWriter({
      pool: pool(),
      logger,
      names: parseVersion("w2"),
      maxQueue: 5,
      hooks: { dropped: (n, reason) => dropped.push([n, reason]) },
    });
    // Not started: nothing flushes, so the queue fills.
    expect(writer.enqueue(rows("a", 3))).toBe(true);
    expect(writer.enqueue(rows("b", 3))).toBe(false);
    expect(writer.enqueue(rows("c", 2))).toBe(true);
    expect(writer.enqueue(rows("d", 1))).toBe(false);
    expect(writer.depth).toBe(5);
    expect(writer.dropped).toBe(4);
    expect(dropped).toEqual([
      [3, "overflow"],
      [1, "overflow"],
    ]);
    expect(logger.text()).toMatch(
      /error: prediction log: dropped 3 row\(s\) \(overflow; queue 3\/5/,
    );
    expect(await writer.close()).toEqual({ drained: true, remaining: 0 });
    const logged = await loggedItems(pool.url(), parseVersion("w2"));
    expect(logged.map((r) => `${r.request_id}/${r.item}`)).toEqual([
      "a/0",
      "a/1",
      "a/2",
      "c/0",
      "c/1",
    ]);
  });

  it("keeps rows queued while the database is unreachable and gives up only at the close deadline", async () => {
    const dead = new pg.Pool({
      connectionString: "postgres://x:y@127.0.0.1:1/none",
      connectionTimeoutMillis: 500,
    });
    dead.on("error", () => undefined);
    const logger = memoryLogger();
    const events: string[] = [];
    const writer = new PredictionLogWriter({
      pool: dead,
      logger,
      names: parseVersion("w3"),
      flushIntervalMs: 5,
      retryInitialMs: 10,
      retryMaxMs: 40,
      hooks: {
        failed: () => events.push("failed"),
        retried: () => events.push("retried"),
        dropped: (n, reason) => events.push(`dropped ${n} ${reason}`),
      },
    });
    writer.start();
    writer.enqueue(rows("x", 4));
    await until(
      "several failures",
      () => events.filter((e) => e === "failed").length >= 4,
    );
    expect(writer.depth).toBe(4);
    expect(writer.dbUp).toBe(false);
    expect(events).toContain("retried");
    expect(logger.text()).toMatch(
      /failed \(attempt 1\): .*ECONNREFUSED.*; 4 row\(s\) kept queued, retrying in \d+ ms/,
    );
    const started = Date.now();
    expect(await writer.close(300)).toEqual({ drained: false, remaining: 4 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(events).toContain("dropped 4 shutdown");
    expect(logger.text()).toMatch(/dropped 4 row\(s\) \(shutdown/);
    await dead.end();
  });
});
