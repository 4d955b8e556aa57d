import {
  ensurePredictionTables,
  migrate,
  MIGRATIONS,
} from "../../actions/lib/db/schema.js";
import { parseVersion } from "../../actions/lib/version.js";
import { usePool } from "../helpers/postgres.js";

describe("migrations on a real Postgres", () => {
  // Each test starts from an empty database, migrations not applied.
  const freshPool = usePool({ migrate: false, per: "each" });

  it("applies every migration once, even when run concurrently", async () => {
    const pool = freshPool();
    const runs = await Promise.all([
      migrate(pool),
      migrate(pool),
      migrate(pool),
    ]);
    expect(runs.flat().sort()).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(pool)).toEqual([]);
    const { rows } = await pool.query(
      "SELECT id FROM modelship_migrations ORDER BY id",
    );
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it("creates a version’s prediction tables idempotently, keyed against double logging", async () => {
    const pool = freshPool();
    await migrate(pool);
    const names = parseVersion("v1.2");
    await ensurePredictionTables(pool, names);
    await ensurePredictionTables(pool, names);
    const { rows } = await pool.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'predictions' ORDER BY 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      "feedback",
      "v1__2_inputs",
      "v1__2_outputs",
    ]);
    const insert = `INSERT INTO predictions.v1__2_inputs (request_id, item, received_at, features)
      VALUES ($1, 0, now(), $2) ON CONFLICT DO NOTHING`;
    await pool.query(insert, ["r1", JSON.stringify({ a: 1 })]);
    await pool.query(insert, ["r1", JSON.stringify({ a: 1 })]);
    const count = await pool.query(
      "SELECT count(*)::int AS n FROM predictions.v1__2_inputs",
    );
    expect(count.rows[0].n).toBe(1);
  });
});
