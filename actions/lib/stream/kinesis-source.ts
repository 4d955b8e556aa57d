/**
 * The stream worker's ports on AWS: the input Kinesis stream as a source and the output stream as
 * a sink. The SDK calls are in ../aws/kinesis.ts; this file only maps them onto the ports.
 */
import type { KinesisClient } from "@aws-sdk/client-kinesis";
import {
  getRecords,
  isExpiredIterator,
  listShards,
  putRecords,
  shardIterator,
  type Backoff,
  type IteratorPosition,
} from "../aws/kinesis.js";
import {
  ExpiredIteratorError,
  type DecisionSink,
  type OutputRecord,
  type ShardInfo,
  type ShardPosition,
  type ShardRead,
  type StreamSource,
} from "./types.js";

/** Options of KinesisSource and KinesisSink. */
export interface KinesisStreamOptions {
  kinesis: KinesisClient;
  stream: string;
  backoff?: Backoff;
  /** Called on each throttled call (the worker counts them). */
  onThrottle?(): void;
}

function iteratorPosition(position: ShardPosition): IteratorPosition {
  if ("after" in position)
    return { type: "AFTER_SEQUENCE_NUMBER", sequenceNumber: position.after };
  return position.start;
}

/** See the module comment. */
export class KinesisSource implements StreamSource {
  readonly name: string;

  constructor(private readonly options: KinesisStreamOptions) {
    this.name = `kinesis:${options.stream}`;
  }

  async listShards(signal?: AbortSignal): Promise<ShardInfo[]> {
    const shards = await listShards(this.options.kinesis, {
      stream: this.options.stream,
      signal,
    });
    return shards.map((shard) => ({
      shardId: shard.ShardId ?? "",
      parentShardIds: [shard.ParentShardId, shard.AdjacentParentShardId].filter(
        (id): id is string => Boolean(id),
      ),
      closed: Boolean(shard.SequenceNumberRange?.EndingSequenceNumber),
    }));
  }

  async openShard(shardId: string, position: ShardPosition): Promise<string> {
    const iterator = await shardIterator(this.options.kinesis, {
      stream: this.options.stream,
      shardId,
      position: iteratorPosition(position),
    });
    return tagIterator(shardId, iterator);
  }

  /** Kinesis answers at once; `waitMs` is the caller's pause between empty reads. */
  async read(
    iterator: string,
    options: { limit: number; signal?: AbortSignal },
  ): Promise<ShardRead> {
    const shardId = shardOfIterator(iterator);
    let page;
    try {
      page = await getRecords(this.options.kinesis, {
        iterator: iteratorOf(iterator),
        limit: options.limit,
        backoff: this.options.backoff,
        signal: options.signal,
        onThrottle: this.options.onThrottle,
      });
    } catch (error) {
      if (isExpiredIterator(error))
        throw new ExpiredIteratorError(`the iterator of ${shardId} expired`);
      throw error;
    }
    return {
      records: page.records.map((record) => ({
        shardId,
        sequenceNumber: record.SequenceNumber ?? "",
        partitionKey: record.PartitionKey ?? "",
        data: Buffer.from(record.Data ?? new Uint8Array()),
        arrivedAt: record.ApproximateArrivalTimestamp ?? new Date(),
      })),
      next: page.next && tagIterator(shardId, page.next),
      behindMs: page.millisBehindLatest,
    };
  }
}

// Kinesis iterators are opaque and do not name their shard; the worker's iterator carries it.
const SEPARATOR = "\n";
const tagIterator = (shardId: string, iterator: string) =>
  `${shardId}${SEPARATOR}${iterator}`;
const shardOfIterator = (tagged: string) =>
  tagged.slice(0, tagged.indexOf(SEPARATOR));
const iteratorOf = (tagged: string) =>
  tagged.slice(tagged.indexOf(SEPARATOR) + 1);

/** The output stream: decisions put with the input's partition key, refused entries retried. */
export class KinesisSink implements DecisionSink {
  readonly name: string;

  constructor(private readonly options: KinesisStreamOptions) {
    this.name = `kinesis:${options.stream}`;
  }

  async put(records: OutputRecord[], signal?: AbortSignal): Promise<void> {
    await putRecords(this.options.kinesis, {
      stream: this.options.stream,
      entries: records.map((record) => ({
        PartitionKey: record.partitionKey,
        Data: record.data,
      })),
      backoff: this.options.backoff,
      signal,
      onThrottle: this.options.onThrottle,
    });
  }
}
