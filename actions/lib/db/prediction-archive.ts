/**
 * Taking a reverted version's prediction-log tables out of the live schema: by default they are
 * moved, rows intact, into the archive schema under a timestamped name; only an explicit request
 * drops them.
 */
import { createHash } from "node:crypto";
import { inTransaction, type Queryable, type TransactionalDb } from "./pool.js";
import { describeFailure } from "../errors.js";
import {
  archiveTableName,
  MAX_SQL_IDENTIFIER,
  qualified,
  quoteIdent,
  type VersionNames,
} from "../version.js";

/** The version's live tables that exist right now, with their oids, in inputs-outputs order. */
async function liveTables(
  db: Queryable,
  names: VersionNames,
): Promise<{ oid: number; name: string }[]> {
  const { schema, inputs, outputs } = names.tables;
  const { rows } = await db.query<{ oid: number; name: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = ANY($2::text[]) AND c.relkind IN ('r', 'p')
     ORDER BY array_position($2::text[], c.relname::text)`,
    [schema, [inputs, outputs]],
  );
  return rows;
}

/**
 * Serialises archivers of the same version (two reverts at once must not both move a table).
 * The key is a value, passed as a parameter.
 */
async function lockVersion(db: Queryable, names: VersionNames): Promise<void> {
  await db.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
    `modelship-archive:${names.tables.schema}:${names.sqlKey}`,
  ]);
}

/**
 * A name for an index or sequence that follows its table into the archive. Indexes live in the
 * schema's namespace, so `v1_inputs_pkey` would clash the second time v1 is archived.
 */
function followerName(archived: string, table: string, old: string): string {
  const suffix = old.startsWith(`${table}_`)
    ? old.slice(table.length + 1)
    : old;
  const plain = `${archived}_${suffix}`;
  if (plain.length <= MAX_SQL_IDENTIFIER) return plain;
  // Too long: a digest keeps it unique where truncation would cut off the timestamp.
  const digest = createHash("sha1")
    .update(`${archived}/${old}`)
    .digest("hex")
    .slice(0, 12);
  return `a${digest}_${suffix}`.slice(0, MAX_SQL_IDENTIFIER);
}

/** Indexes and owned sequences of a table: they move with it and need names of their own. */
async function followers(
  db: Queryable,
  oid: number,
): Promise<{ name: string; kind: string }[]> {
  const { rows } = await db.query<{ name: string; kind: string }>(
    `SELECT i.relname AS name, 'INDEX' AS kind FROM pg_index x
     JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::oid
     UNION
     SELECT s.relname, 'SEQUENCE' FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
     WHERE d.refobjid = $1::oid AND d.classid = 'pg_class'::regclass AND s.relkind = 'S'
       AND d.deptype IN ('a', 'i')
     ORDER BY 1`,
    [oid],
  );
  return rows;
}

async function moveTable(
  db: Queryable,
  names: VersionNames,
  table: { oid: number; name: string },
  archived: string,
): Promise<void> {
  const { schema, archiveSchema } = names.tables;
  const resource = `table ${schema}.${table.name}`;
  for (const follower of await followers(db, table.oid)) {
    const old = follower.name;
    const kind = follower.kind === "SEQUENCE" ? "SEQUENCE" : "INDEX";
    const renamed = followerName(archived, table.name, old);
    // Renaming a primary key's index renames its constraint too.
    await describeFailure(`ALTER ${kind} ... RENAME`, `${schema}.${old}`, () =>
      db.query(
        `ALTER ${kind} ${qualified(schema, old)} RENAME TO ${quoteIdent(renamed)}`,
      ),
    );
  }
  await describeFailure("ALTER TABLE ... RENAME", resource, () =>
    db.query(
      `ALTER TABLE ${qualified(schema, table.name)} RENAME TO ${quoteIdent(archived)}`,
    ),
  );
  await describeFailure("ALTER TABLE ... SET SCHEMA", resource, () =>
    db.query(
      `ALTER TABLE ${qualified(schema, archived)} SET SCHEMA ${quoteIdent(archiveSchema)}`,
    ),
  );
}

/**
 * Moves a version's prediction-log tables into the archive schema, renamed with the time of
 * archiving (`archiveTableName`), in one transaction: either both tables move or neither does.
 * Returns the archived tables as `schema.table`; [] when there was nothing left to archive (a
 * second run), which callers report as such.
 */
export async function archivePredictionTables(
  db: TransactionalDb,
  names: VersionNames,
  at: Date,
): Promise<string[]> {
  return inTransaction(db, async (client) => {
    await lockVersion(client, names);
    await client.query(
      `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(names.tables.archiveSchema)}`,
    );
    const archived: string[] = [];
    for (const table of await liveTables(client, names)) {
      const target = archiveTableName(table.name, at);
      await moveTable(client, names, table, target);
      archived.push(`${names.tables.archiveSchema}.${target}`);
    }
    return archived;
  });
}

/**
 * Drops a version's live prediction-log tables and every row in them (revert's `drop-data`).
 * Archived copies from earlier reverts are left alone. Returns the dropped tables as
 * `schema.table`; [] when none existed.
 */
export async function dropPredictionTables(
  db: TransactionalDb,
  names: VersionNames,
): Promise<string[]> {
  return inTransaction(db, async (client) => {
    await lockVersion(client, names);
    const dropped: string[] = [];
    for (const table of await liveTables(client, names)) {
      const resource = `table ${names.tables.schema}.${table.name}`;
      await describeFailure("DROP TABLE", resource, () =>
        client.query(
          `DROP TABLE ${qualified(names.tables.schema, table.name)}`,
        ),
      );
      dropped.push(`${names.tables.schema}.${table.name}`);
    }
    return dropped;
  });
}
