import { ensurePredictionTables } from "../../actions/lib/db/schema.js";
import {
  archivePredictionTables,
  dropPredictionTables,
} from "../../actions/lib/db/deployments.js";
import {
  archiveTableName,
  parseVersion,
  qualified,
} from "../../actions/lib/version.js";
import { usePool } from "../helpers/postgres.js";

// Each test its own migrated database: no test sees another's tables.
const pool = usePool({ per: "each" });

async function tablesIn(schema: string, like: string): Promise<string[]> {
  const { rows } = await pool().query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables
     WHERE table_schema = $1 AND table_name LIKE $2 ORDER BY 1`,
    [schema, like],
  );
  return rows.map((r) => r.t);
}

async function count(schema: string, table: string): Promise<number> {
  const { rows } = await pool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${qualified(schema, table)}`,
  );
  return rows[0]?.n ?? -1;
}

/** Creates the version's tables and logs `n` rows into each, as the service would. */
async function logRows(version: string, n: number): Promise<void> {
  const names = parseVersion(version);
  await ensurePredictionTables(pool(), names);
  const { schema, inputs, outputs } = names.tables;
  for (let i = 0; i < n; i++) {
    const id = `req-${Math.random().toString(36).slice(2)}`;
    await pool().query(
      `INSERT INTO ${qualified(schema, inputs)} (request_id, item, received_at, features) VALUES ($1, 0, now(), $2)`,
      [id, JSON.stringify({ sepal_length: i })],
    );
    await pool().query(
      `INSERT INTO ${qualified(schema, outputs)} (request_id, item, predicted_at, model_version, label, probabilities, latency_ms)
       VALUES ($1, 0, now(), $2, 'setosa', $3, 1.5)`,
      [id, version, JSON.stringify({ setosa: 1 })],
    );
  }
}

// Valid versions that look like SQL or push identifier lengths; the longest one makes the
// archived primary-key index name exceed 63 characters.
const HOSTILE = [
  "select.from",
  "drop-table.x",
  "1.0.0-rc.1",
  "ab.cd.ef.gh.ij.kl.mnopqrstuvwxyz",
];

describe("archivePredictionTables", () => {
  it.each(HOSTILE)(
    "moves %s's tables with every row, then is a no-op",
    async (version) => {
      const names = parseVersion(version);
      await logRows(version, 7);
      const at = new Date("2026-03-04T05:06:07Z");
      const archived = await archivePredictionTables(pool(), names, at);
      const expected = [names.tables.inputs, names.tables.outputs].map((t) =>
        archiveTableName(t, at),
      );
      expect(archived).toEqual(expected.map((t) => `predictions_archive.${t}`));
      expect(await tablesIn("predictions", `${names.sqlKey}\\_%`)).toEqual([]);
      for (const table of expected) {
        expect(await count("predictions_archive", table)).toBe(7);
      }
      expect(await archivePredictionTables(pool(), names, new Date())).toEqual(
        [],
      );
    },
  );

  it("archives the same version again after a re-deploy (no index name clash)", async () => {
    const version = HOSTILE[3] as string;
    const names = parseVersion(version);
    // The first deploy, archived when it was reverted.
    await logRows(version, 7);
    await archivePredictionTables(
      pool(),
      names,
      new Date("2026-03-04T00:00:00Z"),
    );
    // The re-deploy logs again: its archive must not clash with the first one's index names.
    await logRows(version, 2);
    const at = new Date("2026-03-05T00:00:00Z");
    const archived = await archivePredictionTables(pool(), names, at);
    expect(archived).toHaveLength(2);
    expect(
      await count(
        "predictions_archive",
        archiveTableName(names.tables.inputs, at),
      ),
    ).toBe(2);
    // The primary key still works in the archive.
    await expect(
      pool().query(
        `INSERT INTO ${qualified("predictions_archive", archiveTableName(names.tables.inputs, at))}
         SELECT * FROM ${qualified("predictions_archive", archiveTableName(names.tables.inputs, at))}`,
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  it("is all-or-nothing: a clash on the second table leaves both live tables in place", async () => {
    const names = parseVersion("clash");
    const at = new Date("2026-03-06T00:00:00Z");
    await pool().query(
      `CREATE TABLE ${qualified("predictions_archive", archiveTableName(names.tables.outputs, at))} (x int)`,
    );
    await logRows("clash", 3);
    await expect(archivePredictionTables(pool(), names, at)).rejects.toThrow(
      /ALTER TABLE \.\.\. SET SCHEMA on table predictions\.clash_outputs/,
    );
    expect(await tablesIn("predictions", "clash\\_%")).toEqual([
      "clash_inputs",
      "clash_outputs",
    ]);
    expect(await count("predictions", "clash_inputs")).toBe(3);
  });

  it("archives a lone table when the other one was never created", async () => {
    const names = parseVersion("lone");
    await ensurePredictionTables(pool(), names);
    await pool().query(
      `DROP TABLE ${qualified("predictions", names.tables.outputs)}`,
    );
    const at = new Date("2026-03-07T00:00:00Z");
    expect(await archivePredictionTables(pool(), names, at)).toEqual([
      `predictions_archive.${archiveTableName("lone_inputs", at)}`,
    ]);
  });
});

describe("dropPredictionTables", () => {
  it("drops the live tables only, then is a no-op", async () => {
    await logRows("gone", 2);
    expect(await dropPredictionTables(pool(), parseVersion("gone"))).toEqual([
      "predictions.gone_inputs",
      "predictions.gone_outputs",
    ]);
    expect(await tablesIn("predictions", "gone\\_%")).toEqual([]);
    expect(await dropPredictionTables(pool(), parseVersion("gone"))).toEqual(
      [],
    );
  });
});
