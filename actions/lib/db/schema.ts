import { createIfMissing } from "./ddl.js";
import pg from "pg";
import type { Logger } from "../logger.js";
import { inTransaction, type Queryable } from "./pool.js";
import {
  ARCHIVE_SCHEMA,
  PREDICTION_SCHEMA,
  qualified,
  quoteIdent,
  type VersionNames,
} from "../version.js";

/** One versioned migration. Its SQL must be safe to run exactly once, in a transaction. */
interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** The app's feedback table (in PREDICTION_SCHEMA): one row per request (and item) judged. */
export const FEEDBACK_TABLE = "feedback";

/**
 * The schema, as an append-only list: never edit a shipped migration, add a new one. Values never
 * appear here; identifiers are fixed constants.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: "deployments and prediction schemas",
    sql: `
      CREATE SCHEMA IF NOT EXISTS ${quoteIdent(PREDICTION_SCHEMA)};
      CREATE SCHEMA IF NOT EXISTS ${quoteIdent(ARCHIVE_SCHEMA)};
      CREATE TABLE IF NOT EXISTS deployments (
        id             bigserial PRIMARY KEY,
        app            text NOT NULL,
        version        text NOT NULL,
        image          text,
        image_digest   text,
        stack_id       text,
        target         text NOT NULL DEFAULT 'aws',
        url            text,
        metrics        jsonb,
        traffic_weight integer NOT NULL DEFAULT 0 CHECK (traffic_weight BETWEEN 0 AND 100),
        status         text NOT NULL CHECK (status IN ('deploying', 'serving', 'failed', 'reverted')),
        commit_sha     text,
        repository     text,
        archived_tables text[] NOT NULL DEFAULT '{}',
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        reverted_at    timestamptz,
        UNIQUE (app, version)
      );
      CREATE INDEX IF NOT EXISTS deployments_app_status ON deployments (app, status);
    `,
  },
  {
    id: 2,
    name: "feedback, version roles and the run that owns a deploy",
    sql: `
      CREATE TABLE IF NOT EXISTS ${quoteIdent(PREDICTION_SCHEMA)}.feedback (
        app         text NOT NULL,
        request_id  text NOT NULL,
        item        integer NOT NULL DEFAULT 0,
        version     text NOT NULL,
        label       text,
        value       double precision,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (app, request_id, item)
      );
      ALTER TABLE deployments ADD COLUMN IF NOT EXISTS role text NOT NULL DEFAULT 'serving'
        CHECK (role IN ('serving', 'shadow'));
      ALTER TABLE deployments ADD COLUMN IF NOT EXISTS owner_run text;
    `,
  },
  {
    id: 3,
    name: "environments: a version's row per environment, its promotion and its smoke test",
    sql: `
      ALTER TABLE deployments ADD COLUMN IF NOT EXISTS environment text NOT NULL DEFAULT 'production';
      ALTER TABLE deployments ADD COLUMN IF NOT EXISTS promoted_from text;
      ALTER TABLE deployments ADD COLUMN IF NOT EXISTS approved_by text;
      ALTER TABLE deployments ADD COLUMN IF NOT EXISTS smoke text
        CHECK (smoke IN ('passed', 'failed'));
      ALTER TABLE deployments DROP CONSTRAINT IF EXISTS deployments_app_version_key;
      ALTER TABLE deployments ADD CONSTRAINT deployments_app_environment_version_key
        UNIQUE (app, environment, version);
      DROP INDEX IF EXISTS deployments_app_status;
      CREATE INDEX IF NOT EXISTS deployments_app_environment_status
        ON deployments (app, environment, status);
    `,
  },
  {
    id: 4,
    name: "a version's kind (online, batch or stream), so a promotion deploys it as what it is",
    sql: `
      ALTER TABLE deployments ADD COLUMN IF NOT EXISTS kind text
        CHECK (kind IN ('online', 'batch', 'stream'));
    `,
  },
];

const MIGRATION_LOCK = 0x6d6f64656c; // "model": serialises concurrent migrators across processes

/**
 * Brings the database up to the newest migration. Safe to call from many processes at once: an
 * advisory lock serialises them and already-applied migrations are skipped.
 */
export async function migrate(
  pool: pg.Pool,
  logger?: Logger,
): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    const applied: number[] = [];
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS modelship_migrations (
      id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = await client.query<{ id: number }>(
      "SELECT id FROM modelship_migrations",
    );
    const seen = new Set(done.rows.map((r) => r.id));
    for (const m of MIGRATIONS) {
      if (seen.has(m.id)) continue;
      await client.query(m.sql);
      await client.query(
        "INSERT INTO modelship_migrations (id, name) VALUES ($1, $2)",
        [m.id, m.name],
      );
      applied.push(m.id);
      logger?.info(`applied migration ${m.id}: ${m.name}`);
    }
    return applied;
  });
}

/**
 * Creates a version's prediction-log tables if missing. Inputs and outputs are keyed by
 * (request_id, item), so a writer that retries a batch can never log a row twice. Outputs fit any
 * model: `label` and `probabilities` for classifiers, `value` for regressors, `output` (any JSON)
 * for the rest (last, so new and upgraded tables list their columns in the same order). Tables
 * made before `value` and `output` existed are upgraded in place.
 */
export async function ensurePredictionTables(
  db: Queryable,
  names: VersionNames,
): Promise<void> {
  await createIfMissing(async () => {
    const { schema, inputs, outputs } = names.tables;
    await db.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await db.query(`CREATE TABLE IF NOT EXISTS ${qualified(schema, inputs)} (
      request_id  text NOT NULL,
      item        integer NOT NULL,
      received_at timestamptz NOT NULL,
      features    jsonb NOT NULL,
      PRIMARY KEY (request_id, item))`);
    await db.query(`CREATE TABLE IF NOT EXISTS ${qualified(schema, outputs)} (
      request_id    text NOT NULL,
      item          integer NOT NULL,
      predicted_at  timestamptz NOT NULL,
      model_version text NOT NULL,
      label         text,
      probabilities jsonb,
      latency_ms    double precision NOT NULL,
      value         double precision,
      output        jsonb,
      PRIMARY KEY (request_id, item))`);
    await upgradeOutputs(db, schema, outputs);
  });
}

/**
 * Adds `value` and `output` and lifts NOT NULL from `label` and `probabilities` on an older
 * outputs table. ALTER TABLE locks the table even when it changes nothing, so it runs only when
 * the catalog says the table is old.
 */
async function upgradeOutputs(db: Queryable, schema: string, table: string) {
  const columns = await db.query<{ column_name: string; is_nullable: string }>(
    `SELECT column_name, is_nullable FROM information_schema.columns
      WHERE table_schema = $1 AND table_name = $2`,
    [schema, table],
  );
  const found = new Map(
    columns.rows.map((c) => [c.column_name, c.is_nullable === "YES"]),
  );
  const current =
    found.has("value") &&
    found.has("output") &&
    found.get("label") === true &&
    found.get("probabilities") === true;
  if (current) return;
  await db.query(`ALTER TABLE ${qualified(schema, table)}
    ADD COLUMN IF NOT EXISTS value double precision,
    ADD COLUMN IF NOT EXISTS output jsonb,
    ALTER COLUMN label DROP NOT NULL,
    ALTER COLUMN probabilities DROP NOT NULL`);
}
