/**
 * Per-version checkpoints in Postgres: one consumer group per version, one row per shard with the
 * last sequence number whose outputs and log rows are durable, whether the shard is read to its
 * end, and a lease so that the tasks of one version never read the same shard at once. A
 * checkpoint is written only by the lease holder (a task that lost its lease stops that shard).
 */
import { createIfMissing } from "../db/ddl.js";
import {
  inTransaction,
  type Queryable,
  type TransactionalDb,
} from "../db/pool.js";
import { environmentApp } from "../version.js";
import type { ShardInfo, ShardPosition, StartPosition } from "./types.js";

/**
 * The name an app's streams and consumer groups go by in an environment: the app itself in the
 * default one, `<app>--<env>` in another (environmentApp), so two environments never share a
 * stream, a checkpoint or a dead letter.
 */
export function streamScope(app: string, environment: string): string {
  return environmentApp(app, environment);
}

/** Creates the checkpoint, archive and dead-letter tables if missing. */
export async function ensureStreamTables(db: Queryable): Promise<void> {
  await createIfMissing(async () => {
    const columns = `
      app             text NOT NULL,
      consumer        text NOT NULL,
      stream          text NOT NULL,
      shard_id        text NOT NULL,
      start_position  text NOT NULL,
      sequence_number text,
      finished        boolean NOT NULL DEFAULT false,
      owner           text,
      lease_until     timestamptz,
      updated_at      timestamptz NOT NULL DEFAULT now()`;
    await db.query(`CREATE TABLE IF NOT EXISTS modelship_stream_checkpoints (${columns},
      PRIMARY KEY (app, consumer, stream, shard_id))`);
    await db.query(`CREATE TABLE IF NOT EXISTS modelship_stream_checkpoints_archive (${columns},
      archived_at timestamptz NOT NULL)`);
    await db.query(`CREATE TABLE IF NOT EXISTS modelship_stream_dead_letters (
      app             text NOT NULL,
      consumer        text NOT NULL,
      stream          text NOT NULL,
      shard_id        text NOT NULL,
      sequence_number text NOT NULL,
      partition_key   text NOT NULL,
      data            bytea NOT NULL,
      reason          text NOT NULL,
      created_at      timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (app, consumer, stream, shard_id, sequence_number))`);
  });
}

/** A start position as stored: `LATEST`, `TRIM_HORIZON` or `AT_TIMESTAMP:<ISO time>`. */
export function formatStart(start: StartPosition): string {
  return start.type === "AT_TIMESTAMP"
    ? `AT_TIMESTAMP:${start.timestamp.toISOString()}`
    : start.type;
}

/** The inverse of formatStart. */
export function parseStoredStart(text: string): StartPosition {
  if (text.startsWith("AT_TIMESTAMP:"))
    return {
      type: "AT_TIMESTAMP",
      timestamp: new Date(text.slice("AT_TIMESTAMP:".length)),
    };
  return { type: text === "LATEST" ? "LATEST" : "TRIM_HORIZON" };
}

/** One shard's checkpoint row. */
export interface ShardCheckpoint {
  shardId: string;
  start: StartPosition;
  sequenceNumber?: string;
  finished: boolean;
}

/** The lease holder no longer holds the shard (its lease ran out and another task took it). */
export class LeaseLostError extends Error {
  override name = "LeaseLostError";
}

/** The identity of one consumer group on one stream. */
export interface ConsumerGroup {
  app: string;
  /** The version: each version is its own consumer group. */
  consumer: string;
  stream: string;
}

/** See the module comment. */
export class CheckpointStore {
  private readonly key: unknown[];

  constructor(
    private readonly db: TransactionalDb,
    readonly group: ConsumerGroup,
  ) {
    this.key = [group.app, group.consumer, group.stream];
  }

  /**
   * Adds a row for every listed shard the group has none for. The group's first call places each
   * shard at `start` (at LATEST a closed shard is finished at once, since reading it would find
   * nothing new); a shard that appears later is a child of a split or merge, read from its start.
   */
  async sync(
    shards: readonly ShardInfo[],
    start: StartPosition,
  ): Promise<void> {
    await inTransaction(this.db, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
        `stream:${this.key.join("/")}`,
      ]);
      const { rows } = await client.query<{ count: string }>(
        "SELECT count(*) AS count FROM modelship_stream_checkpoints WHERE app = $1 AND consumer = $2 AND stream = $3",
        this.key,
      );
      const first = Number(rows[0]?.count) === 0;
      for (const shard of shards) {
        const position = first ? formatStart(start) : "TRIM_HORIZON";
        const finished = first && start.type === "LATEST" && shard.closed;
        await client.query(
          `INSERT INTO modelship_stream_checkpoints (app, consumer, stream, shard_id, start_position, finished)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [...this.key, shard.shardId, position, finished],
        );
      }
    });
  }

  /** Every shard's checkpoint. */
  async list(): Promise<ShardCheckpoint[]> {
    const { rows } = await this.db.query<{
      shard_id: string;
      start_position: string;
      sequence_number: string | null;
      finished: boolean;
    }>(
      `SELECT shard_id, start_position, sequence_number, finished FROM modelship_stream_checkpoints
        WHERE app = $1 AND consumer = $2 AND stream = $3 ORDER BY shard_id`,
      this.key,
    );
    return rows.map((row) => ({
      shardId: row.shard_id,
      start: parseStoredStart(row.start_position),
      sequenceNumber: row.sequence_number ?? undefined,
      finished: row.finished,
    }));
  }

  /** Takes the shard's lease for `owner`; the position to open it at, or undefined if taken. */
  async claim(
    shardId: string,
    owner: string,
    leaseMs: number,
  ): Promise<ShardPosition | undefined> {
    const { rows } = await this.db.query<{
      start_position: string;
      sequence_number: string | null;
    }>(
      `UPDATE modelship_stream_checkpoints
          SET owner = $5, lease_until = now() + make_interval(secs => $6), updated_at = now()
        WHERE app = $1 AND consumer = $2 AND stream = $3 AND shard_id = $4 AND NOT finished
          AND (owner IS NULL OR owner = $5 OR lease_until < now())
        RETURNING start_position, sequence_number`,
      [...this.key, shardId, owner, leaseMs / 1000],
    );
    const row = rows[0];
    if (!row) return undefined;
    return row.sequence_number
      ? { after: row.sequence_number }
      : { start: parseStoredStart(row.start_position) };
  }

  /** Records that everything up to `sequenceNumber` is done, and renews the lease. */
  async checkpoint(
    shardId: string,
    owner: string,
    update: { sequenceNumber?: string; leaseMs: number; finished?: boolean },
  ): Promise<void> {
    const result = await this.db.query(
      `UPDATE modelship_stream_checkpoints
          SET sequence_number = coalesce($6, sequence_number), finished = $7,
              lease_until = now() + make_interval(secs => $8), updated_at = now(),
              owner = CASE WHEN $7 THEN NULL ELSE owner END
        WHERE app = $1 AND consumer = $2 AND stream = $3 AND shard_id = $4 AND owner = $5`,
      [
        ...this.key,
        shardId,
        owner,
        update.sequenceNumber ?? null,
        update.finished ?? false,
        update.leaseMs / 1000,
      ],
    );
    if (result.rowCount === 0)
      throw new LeaseLostError(`${shardId}: the lease passed to another task`);
  }

  /** Gives the lease back (the worker stops), so another task can take the shard at once. */
  async release(shardId: string, owner: string): Promise<void> {
    await this.db.query(
      `UPDATE modelship_stream_checkpoints SET owner = NULL, lease_until = NULL, updated_at = now()
        WHERE app = $1 AND consumer = $2 AND stream = $3 AND shard_id = $4 AND owner = $5`,
      [...this.key, shardId, owner],
    );
  }
}

/**
 * Moves a version's checkpoints (all its streams) to the archive table, in one transaction.
 * Returns how many rows moved (0 when there were none: a second revert).
 */
export async function archiveCheckpoints(
  db: TransactionalDb,
  options: { app: string; consumer: string; at: Date },
): Promise<number> {
  return inTransaction(db, async (client) => {
    // An app that never ran a stream version has no such table: nothing to archive, nothing made.
    const { rows } = await client.query<{ found: string | null }>(
      "SELECT to_regclass('modelship_stream_checkpoints')::text AS found",
    );
    if (!rows[0]?.found) return 0;
    const moved = await client.query(
      `WITH gone AS (DELETE FROM modelship_stream_checkpoints WHERE app = $1 AND consumer = $2 RETURNING *)
       INSERT INTO modelship_stream_checkpoints_archive SELECT *, $3::timestamptz FROM gone`,
      [options.app, options.consumer, options.at],
    );
    return moved.rowCount ?? 0;
  });
}
