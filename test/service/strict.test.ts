import pg from "pg";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  loggedItems,
  sampleInput,
  serviceFixture,
  waitForLogged,
} from "./fixture.js";

describe("LOG_DURABILITY=strict", () => {
  it("answers 2xx only for rows that are durable, 503 once the journal's budget is used up", async () => {
    const dead = new pg.Pool({
      connectionString: "postgres://x:y@127.0.0.1:1/none",
      connectionTimeoutMillis: 200,
    });
    dead.on("error", () => undefined);
    const db = await createTestDatabase();
    const fx = await serviceFixture({
      databaseUrl: db.url,
      version: "strict-1",
      writer: { durability: "strict", pool: dead, journalMaxBytes: 8192 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) {
        const res = await fx.request({
          url: "/predict",
          payload: { input: sampleInput(i) },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 503)
          expect(res.json().message).toMatch(
            /could not be logged durably \(request [0-9a-f-]{36}\)/,
          );
      }
      const ok = statuses.filter((s) => s === 200).length;
      expect(ok).toBeGreaterThan(5);
      expect(statuses.filter((s) => s === 503).length).toBe(60 - ok);
      // Every 2xx is in the journal; nothing else is.
      expect(fx.writer!.journaled).toBe(ok);
      const metrics = (await fx.request({ url: "/metrics" })).body;
      expect(metrics).toContain(
        `modelship_log_rows_dropped_total{reason="journal_full"} ${60 - ok}`,
      );
      expect(metrics).toContain(
        `modelship_predictions_total{mode="batched"} ${ok}`,
      );
    } finally {
      await fx.close();
      await dead.end();
      await db.drop();
    }
    // 60 requests, each waiting for its fsync: minutes when other work saturates the disk.
  }, 180_000);

  it("with the database up, every 2xx prediction is in Postgres", async () => {
    const db = await createTestDatabase();
    const fx = await serviceFixture({
      databaseUrl: db.url,
      version: "strict-2",
      writer: { durability: "strict" },
    });
    try {
      const ids = new Set<string>();
      await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const res = await fx.request({
            url: "/predict",
            payload: { input: sampleInput(i) },
          });
          expect(res.statusCode).toBe(200);
          ids.add(res.json().request_id);
        }),
      );
      await waitForLogged(fx.writer);
      const logged = await loggedItems(db.url, fx.names);
      expect(new Set(logged.map((r) => r.request_id))).toEqual(ids);
    } finally {
      await fx.close();
      await db.drop();
    }
  });
});
