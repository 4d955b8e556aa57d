/**
 * The stream worker: keeps a reader on every shard of the input stream that this version's
 * consumer group may read now. A shard is read once its parents (a split's one, a merge's two) are
 * read to their end, and only by the task holding its lease, so several tasks of one version share
 * the shards and several versions each read every shard at their own position. The shard list is
 * read again every `rescanMs`, and at once when a shard ends (its children may start).
 */
import { randomUUID } from "node:crypto";
import { errorMessage } from "../errors.js";
import { pause } from "./pause.js";
import type { Logger } from "../logger.js";
import type { CheckpointStore, ShardCheckpoint } from "./checkpoints.js";
import { consumeShard, type ShardContext, type ShardOutcome } from "./shard.js";
import type { ShardInfo, ShardPosition, StartPosition } from "./types.js";

/** Options of runStreamWorker. */
export interface StreamWorkerOptions extends Omit<ShardContext, "owner"> {
  checkpoints: CheckpointStore;
  /** Where the group starts in shards it has never read. */
  start: StartPosition;
  /** How often the shard list is read again (default 10 s). */
  rescanMs?: number;
  /** This task's name in the leases (default a random one). */
  owner?: string;
  logger: Logger;
}

/** The shards that may be read now: not finished, not running, every parent finished. */
export function readyShards(
  shards: readonly ShardInfo[],
  checkpoints: readonly ShardCheckpoint[],
  running: ReadonlySet<string>,
): ShardInfo[] {
  const finished = new Set(
    checkpoints.filter((c) => c.finished).map((c) => c.shardId),
  );
  const listed = new Set(shards.map((s) => s.shardId));
  return shards.filter(
    (shard) =>
      !finished.has(shard.shardId) &&
      !running.has(shard.shardId) &&
      // A parent no longer listed has passed the stream's retention: nothing is left to read.
      shard.parentShardIds.every((p) => finished.has(p) || !listed.has(p)),
  );
}

/** See the module comment. Resolves once the signal aborts and every reader has stopped. */
export async function runStreamWorker(
  options: StreamWorkerOptions,
): Promise<void> {
  const { signal, logger, checkpoints, source } = options;
  const owner = options.owner ?? randomUUID();
  const context: ShardContext = { ...options, owner };
  const running = new Map<string, Promise<ShardOutcome>>();
  let wake: (() => void) | undefined;
  const rescan = () => wake?.();
  logger.info(
    `consuming ${source.name} as ${checkpoints.group.consumer} (task ${owner})`,
  );
  while (!signal.aborted) {
    try {
      const shards = await source.listShards(signal);
      await checkpoints.sync(shards, options.start);
      const ready = readyShards(
        shards,
        await checkpoints.list(),
        new Set(running.keys()),
      );
      for (const shard of ready) {
        const position = await checkpoints.claim(
          shard.shardId,
          owner,
          options.leaseMs,
        );
        if (!position) continue;
        logger.info(`${shard.shardId}: reading from ${describe(position)}`);
        const reader = consumeShard(shard.shardId, position, context).then(
          (outcome) => {
            running.delete(shard.shardId);
            if (outcome === "finished") rescan();
            return outcome;
          },
        );
        running.set(shard.shardId, reader);
      }
    } catch (error) {
      if (signal.aborted) break;
      logger.error(
        `listing the shards of ${source.name} failed: ${errorMessage(error)}`,
      );
    }
    await pause(options.rescanMs ?? 10_000, signal, (done) => (wake = done));
  }
  await Promise.allSettled(running.values());
}

function describe(position: ShardPosition): string {
  if ("after" in position) return `after ${position.after}`;
  const start = position.start;
  return start.type === "AT_TIMESTAMP"
    ? `${start.timestamp.toISOString()}`
    : start.type;
}
