// Kinesis stubbed at the SDK boundary for the stream worker's tests: one closed parent shard split
// into two open children, records with Kinesis-sized sequence numbers, throttled reads, and a
// PutRecords whose first call has one entry refused.
import {
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  ProvisionedThroughputExceededException,
  PutRecordsCommand,
  type PutRecordsRequestEntry,
} from "@aws-sdk/client-kinesis";
import { mockClient } from "aws-sdk-client-mock";
import { irisEvent } from "./helpers.js";

export const kinesis = mockClient(KinesisClient);
export const PARENT = "shardId-000000000000";
export const LEFT = "shardId-000000000001";
export const RIGHT = "shardId-000000000002";

/** Kinesis-sized sequence numbers (beyond 2^53), distinct per shard and index. */
export const seqOf = (shard: string, index: number) =>
  `4963${shard.slice(-1)}${String(index).padStart(51, "0")}`;

/** What each shard holds: the parent's events 0-2, the children's 3-4 and 5-6. */
export const SHARD_EVENTS: Record<string, number[]> = {
  [PARENT]: [0, 1, 2],
  [LEFT]: [3, 4],
  [RIGHT]: [5, 6],
};

export function records(shard: string) {
  return (SHARD_EVENTS[shard] ?? []).map((index, position) => ({
    SequenceNumber: seqOf(shard, position),
    PartitionKey: irisEvent(index).partitionKey,
    Data: new Uint8Array(irisEvent(index).data),
    ApproximateArrivalTimestamp: new Date(Date.now() - 2000),
  }));
}

export function stubStream(options: { throttledReads: number }) {
  kinesis.on(ListShardsCommand).resolves({
    Shards: [
      {
        ShardId: PARENT,
        HashKeyRange: undefined,
        SequenceNumberRange: {
          StartingSequenceNumber: seqOf(PARENT, 0),
          EndingSequenceNumber: seqOf(PARENT, 9),
        },
      },
      {
        ShardId: LEFT,
        ParentShardId: PARENT,
        HashKeyRange: undefined,
        SequenceNumberRange: undefined,
      },
      {
        ShardId: RIGHT,
        ParentShardId: PARENT,
        HashKeyRange: undefined,
        SequenceNumberRange: undefined,
      },
    ],
  });
  kinesis
    .on(GetShardIteratorCommand)
    .callsFake((input: { ShardId: string }) => ({
      ShardIterator: `iter/${input.ShardId}/0`,
    }));
  let throttled = 0;
  kinesis
    .on(GetRecordsCommand)
    .callsFake((input: { ShardIterator: string }) => {
      const [, shard = "", step] = input.ShardIterator.split("/");
      if (shard === PARENT && throttled < options.throttledReads) {
        throttled++;
        throw new ProvisionedThroughputExceededException({
          message: "Rate exceeded for shard",
          $metadata: {},
        });
      }
      const first = step === "0";
      // The parent is closed: after its records, no next iterator. The children stay open.
      const next = shard === PARENT && !first ? undefined : `iter/${shard}/1`;
      return {
        Records: first ? records(shard) : [],
        NextShardIterator: next,
        MillisBehindLatest: first ? 2000 : 0,
      };
    });
  let puts = 0;
  kinesis
    .on(PutRecordsCommand)
    .callsFake((input: { Records: PutRecordsRequestEntry[] }) => {
      puts++;
      // The first put has its second entry throttled: only that one may be put again.
      return {
        FailedRecordCount: puts === 1 && input.Records.length > 1 ? 1 : 0,
        Records: input.Records.map((_, index) =>
          puts === 1 && index === 1
            ? {
                ErrorCode: "ProvisionedThroughputExceededException",
                ErrorMessage: "Rate exceeded",
              }
            : {
                SequenceNumber: `out-${puts}-${index}`,
                ShardId: "shardId-000000000000",
              },
        ),
      };
    });
}
