/**
 * The stream worker's ports: a source of shards and records, and a sink for decisions. Kinesis
 * (actions/lib/aws/kinesis.ts) and the local twin (a Postgres table) implement both, so one worker
 * and one checkpoint store serve both.
 */

/** One shard as the source lists it. */
export interface ShardInfo {
  shardId: string;
  /** The shards it was split or merged from (read to their end before this one starts). */
  parentShardIds: string[];
  /** The shard takes no more records (split or merged away): reading it reaches an end. */
  closed: boolean;
}

/** Where a consumer group that has never read a shard starts in it. */
export type StartPosition =
  | { type: "LATEST" }
  | { type: "TRIM_HORIZON" }
  | { type: "AT_TIMESTAMP"; timestamp: Date };

/** Where to open a shard: after a checkpointed sequence number, or at a start position. */
export type ShardPosition =
  { after: string } | { start: StartPosition; sequence?: undefined };

/** One record read from a shard. */
export interface StreamRecord {
  shardId: string;
  /** The source's sequence number, a decimal string (Kinesis numbers pass 2^53). */
  sequenceNumber: string;
  partitionKey: string;
  data: Buffer;
  /** When the source accepted the record. */
  arrivedAt: Date;
}

/** What one read of a shard returned. */
export interface ShardRead {
  records: StreamRecord[];
  /** The iterator for the next read; undefined once a closed shard is read to its end. */
  next?: string;
  /** How far this read is behind the shard's newest record, in milliseconds. */
  behindMs: number;
  /** How many records the shard holds after this read, when the source can tell (the twin). */
  behindRecords?: number;
}

/** Where records come from. */
export interface StreamSource {
  /** A human name for messages, e.g. `kinesis:ml-events` or `local:ml-events`. */
  readonly name: string;
  listShards(signal?: AbortSignal): Promise<ShardInfo[]>;
  /** An iterator for the shard at `position`. */
  openShard(shardId: string, position: ShardPosition): Promise<string>;
  /**
   * The next records after `iterator`, at most `limit`. May wait up to `waitMs` for records when
   * there are none yet (the local twin wakes on NOTIFY); Kinesis answers at once.
   */
  read(
    iterator: string,
    options: { limit: number; waitMs: number; signal?: AbortSignal },
  ): Promise<ShardRead>;
}

/** One decision to put on the output stream. */
export interface OutputRecord {
  partitionKey: string;
  data: Buffer;
}

/** Where decisions go; put() resolves only once every record is accepted (none lost). */
export interface DecisionSink {
  readonly name: string;
  put(records: OutputRecord[], signal?: AbortSignal): Promise<void>;
}

/** A source that is throttled (Kinesis ProvisionedThroughputExceeded): retried after a pause. */
export class ThrottledError extends Error {
  override name = "ThrottledError";
}

/** An iterator that is too old to use (Kinesis gives them 5 minutes): reopen from the checkpoint. */
export class ExpiredIteratorError extends Error {
  override name = "ExpiredIteratorError";
}
