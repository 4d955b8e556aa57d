// A small in-memory Kinesis behind aws-sdk-client-mock (the SDK boundary): named streams of
// shards, PutRecords (placed by partition key, optionally refusing entries once), iterators at
// TRIM_HORIZON, LATEST or AT_TIMESTAMP, and GetRecords pages with NextShardIterator and
// MillisBehindLatest. A test hooks onPut to play the worker on the other side.
import { createHash } from "node:crypto";
import {
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  PutRecordsCommand,
  type GetShardIteratorCommandInput,
  type PutRecordsRequestEntry,
} from "@aws-sdk/client-kinesis";
import { mockClient } from "aws-sdk-client-mock";

/** One record as the fake holds it. */
export interface FakeRecord {
  shardId: string;
  sequenceNumber: string;
  partitionKey: string;
  data: Buffer;
  arrivedAt: Date;
}

/** A Kinesis shard id. */
export const fakeShardId = (index: number) =>
  `shardId-${String(index).padStart(12, "0")}`;

export class FakeKinesis {
  readonly mock = mockClient(KinesisClient);
  private readonly streams = new Map<string, Map<string, FakeRecord[]>>();
  /** Called after each accepted PutRecords with what was placed. */
  onPut?: (stream: string, placed: FakeRecord[]) => void;
  /** How many entries the next PutRecords refuses (throttled), from its first. */
  refuseNext = 0;
  /** Most records per GetRecords page, whatever Limit asks (so paging shows). */
  pageSize = 2;

  addStream(name: string, shards: number): void {
    this.streams.set(
      name,
      new Map(Array.from({ length: shards }, (_, i) => [fakeShardId(i), []])),
    );
  }

  /** Appends a record to one shard; returns it. */
  append(
    stream: string,
    shardId: string,
    entry: { partitionKey: string; data: Buffer | string },
  ): FakeRecord {
    const records = this.shard(stream, shardId);
    const record = {
      shardId,
      sequenceNumber: `4963${shardId.slice(-1)}${String(records.length).padStart(51, "0")}`,
      partitionKey: entry.partitionKey,
      data: Buffer.from(entry.data),
      arrivedAt: new Date(),
    };
    records.push(record);
    return record;
  }

  records(stream: string, shardId: string): FakeRecord[] {
    return this.shard(stream, shardId);
  }

  private shard(stream: string, shardId: string): FakeRecord[] {
    const records = this.streams.get(stream)?.get(shardId);
    if (!records) throw new Error(`no shard ${stream}/${shardId}`);
    return records;
  }

  private shardOf(stream: string, partitionKey: string): string {
    const shards = [...(this.streams.get(stream)?.keys() ?? [])];
    const hash = createHash("md5").update(partitionKey).digest();
    return shards[hash.readUInt32BE(0) % shards.length] as string;
  }

  private put(stream: string, entries: PutRecordsRequestEntry[]) {
    const placed: FakeRecord[] = [];
    const results = entries.map((entry) => {
      if (this.refuseNext > 0) {
        this.refuseNext--;
        return {
          ErrorCode: "ProvisionedThroughputExceededException",
          ErrorMessage: "Rate exceeded for shard",
        };
      }
      const key = entry.PartitionKey ?? "";
      const record = this.append(stream, this.shardOf(stream, key), {
        partitionKey: key,
        data: Buffer.from(entry.Data ?? new Uint8Array()),
      });
      placed.push(record);
      return { ShardId: record.shardId, SequenceNumber: record.sequenceNumber };
    });
    this.onPut?.(stream, placed);
    return {
      FailedRecordCount: results.filter((r) => "ErrorCode" in r).length,
      Records: results,
    };
  }

  private iterator(input: GetShardIteratorCommandInput): string {
    const stream = input.StreamName ?? "";
    const records = this.shard(stream, input.ShardId ?? "");
    let position = 0;
    if (input.ShardIteratorType === "LATEST") position = records.length;
    if (input.ShardIteratorType === "AT_TIMESTAMP") {
      const at = (input.Timestamp as Date).getTime();
      const first = records.findIndex((r) => r.arrivedAt.getTime() >= at);
      position = first === -1 ? records.length : first;
    }
    return [stream, input.ShardId, position].join("|");
  }

  private read(iterator: string) {
    const [stream = "", shardId = "", at = "0"] = iterator.split("|");
    const records = this.shard(stream, shardId);
    const page = records.slice(Number(at), Number(at) + this.pageSize);
    const next = Number(at) + page.length;
    return {
      Records: page.map((r) => ({
        SequenceNumber: r.sequenceNumber,
        PartitionKey: r.partitionKey,
        Data: new Uint8Array(r.data),
        ApproximateArrivalTimestamp: r.arrivedAt,
      })),
      NextShardIterator: [stream, shardId, next].join("|"),
      MillisBehindLatest: next < records.length ? 1000 : 0,
    };
  }

  /** Installs the handlers (again after mock.reset()). */
  install(): void {
    this.mock.on(ListShardsCommand).callsFake((input) => ({
      Shards: [...(this.streams.get(input.StreamName ?? "")?.keys() ?? [])].map(
        (ShardId) => ({
          ShardId,
          HashKeyRange: undefined,
          SequenceNumberRange: undefined,
        }),
      ),
    }));
    this.mock
      .on(GetShardIteratorCommand)
      .callsFake((input) => ({ ShardIterator: this.iterator(input) }));
    this.mock
      .on(GetRecordsCommand)
      .callsFake((input) => this.read(input.ShardIterator ?? ""));
    this.mock
      .on(PutRecordsCommand)
      .callsFake((input) =>
        this.put(input.StreamName ?? "", input.Records ?? []),
      );
  }
}
