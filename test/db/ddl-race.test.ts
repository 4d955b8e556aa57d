// Two processes that start together on one database (two batch workers, a gateway and a stream
// consumer) create the same missing tables at the same moment. PostgreSQL can refuse one of two
// concurrent `CREATE ... IF NOT EXISTS` of one object (a unique violation in its catalog): each
// ensure function must still succeed in every session. Checked on a real engine, many sessions at
// once, on an empty database each round.
import pg from "pg";
import { ensureLocalRoutes } from "../../actions/lib/batch/inbox.js";
import { ensureLocalQueue } from "../../actions/lib/batch/local-queue.js";
import { createIfMissing } from "../../actions/lib/db/ddl.js";
import { ensurePredictionTables } from "../../actions/lib/db/schema.js";
import type { Queryable } from "../../actions/lib/db/pool.js";
import { ensureStreamTables } from "../../actions/lib/stream/checkpoints.js";
import { ensureLocalStreamTables } from "../../actions/lib/stream/local-stream.js";
import { parseVersion } from "../../actions/lib/version.js";
import { usePool } from "../helpers/postgres.js";

const SESSIONS = 8;
const ROUNDS = 6;

describe("tables created by several sessions at once (real Postgres)", () => {
  const freshPool = usePool({ migrate: false, per: "each" });

  /** Runs `ensure` in SESSIONS connections at once, ROUNDS times on an emptied database. */
  async function race(
    ensure: (db: Queryable, round: number) => Promise<void>,
    empty: (db: Queryable, round: number) => Promise<void>,
  ): Promise<void> {
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, async () => {
        const client = new pg.Client({ connectionString: freshPool.url() });
        await client.connect();
        return client;
      }),
    );
    try {
      for (let round = 0; round < ROUNDS; round++) {
        await empty(freshPool(), round);
        await Promise.all(sessions.map((client) => ensure(client, round)));
      }
    } finally {
      await Promise.all(sessions.map((client) => client.end()));
    }
  }

  const dropTables =
    (...tables: string[]) =>
    async (db: Queryable) => {
      await db.query(`DROP TABLE IF EXISTS ${tables.join(", ")}`);
    };

  it.each([
    [
      "the local batch queue",
      ensureLocalQueue,
      dropTables("modelship_batch_jobs"),
    ],
    [
      "the local batch routes",
      ensureLocalRoutes,
      dropTables("modelship_batch_routes"),
    ],
    [
      "the local stream",
      ensureLocalStreamTables,
      dropTables("modelship_streams", "modelship_stream_events"),
    ],
    [
      "the stream checkpoints",
      ensureStreamTables,
      dropTables(
        "modelship_stream_checkpoints",
        "modelship_stream_checkpoints_archive",
        "modelship_stream_dead_letters",
      ),
    ],
  ])("creates %s in every session", async (_name, ensure, empty) => {
    await race((db) => ensure(db), empty);
  });

  it("creates a version's prediction tables, and a new environment's schema, in every session", async () => {
    await race(
      (db, round) =>
        ensurePredictionTables(db, parseVersion(`v${round}`, `env${round}`)),
      async () => {},
    );
    const { rows } = await freshPool().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema LIKE 'predictions__env%'",
    );
    expect(rows[0]?.n).toBe(2 * ROUNDS);
  });

  it("passes on any other error at once, and gives up on a race after five tries", async () => {
    let calls = 0;
    const refused = Object.assign(new Error("permission denied"), {
      code: "42501",
    });
    await expect(
      createIfMissing(async () => {
        calls++;
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
    calls = 0;
    const lost = Object.assign(new Error("duplicate key"), { code: "23505" });
    await expect(
      createIfMissing(async () => {
        calls++;
        throw lost;
      }),
    ).rejects.toBe(lost);
    expect(calls).toBe(5);
  });
});
