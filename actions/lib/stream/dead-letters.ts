/** Poison records: kept in a dead-letter table with the reason, so they can be looked at later. */
import type { Queryable } from "../db/pool.js";
import type { ConsumerGroup } from "./checkpoints.js";
import type { StreamRecord } from "./types.js";

/** A record the worker can never score as it is. */
export interface PoisonRecord {
  record: StreamRecord;
  reason: string;
}

/** Longest reason kept. */
const MAX_REASON = 2000;

/**
 * Stores poison records; a record dead-lettered again after a redelivery is kept once. Resolves
 * once they are committed, so the checkpoint that follows never skips an unstored one.
 */
export async function deadLetter(
  db: Queryable,
  group: ConsumerGroup,
  poison: readonly PoisonRecord[],
): Promise<void> {
  if (poison.length === 0) return;
  await db.query(
    `INSERT INTO modelship_stream_dead_letters
       (app, consumer, stream, shard_id, sequence_number, partition_key, data, reason)
     SELECT $1, $2, $3, * FROM unnest($4::text[], $5::text[], $6::text[], $7::bytea[], $8::text[])
     ON CONFLICT DO NOTHING`,
    [
      group.app,
      group.consumer,
      group.stream,
      poison.map((p) => p.record.shardId),
      poison.map((p) => p.record.sequenceNumber),
      poison.map((p) => p.record.partitionKey),
      poison.map((p) => p.record.data),
      poison.map((p) => p.reason.slice(0, MAX_REASON)),
    ],
  );
}

/** A version's dead letters, oldest first (for the CLI and the tests). */
export async function listDeadLetters(
  db: Queryable,
  group: Pick<ConsumerGroup, "app" | "consumer">,
): Promise<{ shardId: string; sequenceNumber: string; reason: string }[]> {
  const { rows } = await db.query<{
    shard_id: string;
    sequence_number: string;
    reason: string;
  }>(
    `SELECT shard_id, sequence_number, reason FROM modelship_stream_dead_letters
      WHERE app = $1 AND consumer = $2 ORDER BY created_at, shard_id, sequence_number`,
    [group.app, group.consumer],
  );
  return rows.map((row) => ({
    shardId: row.shard_id,
    sequenceNumber: row.sequence_number,
    reason: row.reason,
  }));
}
