/**
 * Reads one shard for as long as the worker holds its lease: read, score, checkpoint, repeat. The
 * checkpoint follows the decisions, the log rows and the dead letters of a read (scoreRecords
 * resolves once they are durable), so a crash anywhere re-reads from the last checkpoint: at least
 * once, and the log tables, keyed by shard and sequence number, never get a row twice.
 */
import { errorMessage } from "../errors.js";
import { pause } from "./pause.js";
import type { Logger } from "../logger.js";
import { LeaseLostError, type CheckpointStore } from "./checkpoints.js";
import type { StreamMetrics } from "./metrics.js";
import { scoreRecords, type ScoreContext } from "./score.js";
import {
  ExpiredIteratorError,
  type ShardPosition,
  type StreamSource,
} from "./types.js";

/** What a shard reader needs. */
export interface ShardContext {
  source: StreamSource;
  checkpoints: CheckpointStore;
  score: ScoreContext;
  metrics: StreamMetrics;
  logger: Logger;
  /** This task's name in the leases. */
  owner: string;
  leaseMs: number;
  /** Most records per read. */
  readLimit: number;
  /** How long a read may wait for records (the twin wakes on NOTIFY; Kinesis ignores it). */
  waitMs: number;
  /** Pause after a read that found nothing (Kinesis allows 5 reads per second per shard). */
  idleMs: number;
  /** Pause after a failed read or score before the shard is opened again from its checkpoint. */
  retryMs: number;
  signal: AbortSignal;
}

/** How a shard reader ended. */
export type ShardOutcome = "finished" | "stopped" | "lost";

/** The state of one shard reader between reads. */
interface Cursor {
  shardId: string;
  iterator: string;
  /** The last checkpointed sequence number (where a reopen starts). */
  checkpointed?: string;
  initial: ShardPosition;
  renewedAt: number;
}

const reopenAt = (cursor: Cursor): ShardPosition =>
  cursor.checkpointed ? { after: cursor.checkpointed } : cursor.initial;

/** One read, scored and checkpointed; false once the shard is read to its end. */
async function step(cursor: Cursor, context: ShardContext): Promise<boolean> {
  const { source, checkpoints, metrics, owner, leaseMs, signal } = context;
  const read = await source.read(cursor.iterator, {
    limit: context.readLimit,
    waitMs: context.waitMs,
    signal,
  });
  metrics.read(cursor.shardId, {
    newestArrival: read.records.at(-1)?.arrivedAt,
    behindMs: read.behindMs,
    behindRecords: read.behindRecords,
  });
  const last = read.records.at(-1)?.sequenceNumber;
  if (last) {
    const counts = await scoreRecords(read.records, context.score);
    await checkpoints.checkpoint(cursor.shardId, owner, {
      sequenceNumber: last,
      leaseMs,
      finished: !read.next,
    });
    metrics.checkpoints.inc();
    metrics.scored(cursor.shardId, counts);
    cursor.checkpointed = last;
    cursor.renewedAt = Date.now();
  } else if (!read.next || Date.now() - cursor.renewedAt > leaseMs / 3) {
    await checkpoints.checkpoint(cursor.shardId, owner, {
      leaseMs,
      finished: !read.next,
    });
    cursor.renewedAt = Date.now();
  }
  if (!read.next) return false;
  cursor.iterator = read.next;
  if (!last) await pause(context.idleMs, signal);
  return true;
}

/** See the module comment. Never throws: the outcome says how it ended. */
export async function consumeShard(
  shardId: string,
  initial: ShardPosition,
  context: ShardContext,
): Promise<ShardOutcome> {
  const { logger, signal } = context;
  const checkpointed = "after" in initial ? initial.after : undefined;
  const cursor: Cursor = {
    shardId,
    iterator: "",
    checkpointed,
    initial,
    renewedAt: Date.now(),
  };
  let open = false;
  while (!signal.aborted) {
    try {
      if (!open)
        cursor.iterator = await context.source.openShard(
          shardId,
          reopenAt(cursor),
        );
      open = true;
      if (!(await step(cursor, context))) {
        logger.info(`${shardId}: read to its end (closed by a split or merge)`);
        return "finished";
      }
    } catch (error) {
      if (error instanceof LeaseLostError) {
        logger.warning(`${shardId}: ${error.message}; leaving it`);
        return "lost";
      }
      if (signal.aborted) break;
      open = false;
      if (error instanceof ExpiredIteratorError) continue;
      logger.error(
        `${shardId}: ${errorMessage(error)}; reading again from ${cursor.checkpointed ?? "the start position"}`,
      );
      await pause(context.retryMs, signal);
    }
  }
  await context.checkpoints
    .release(shardId, context.owner)
    .catch(() => undefined);
  return "stopped";
}
