/**
 * Kinesis calls of the stream worker (its task role makes them): list shards, open an iterator,
 * read records, and put decisions. The SDK retries throttling a few times on its own; these calls
 * add a longer backoff on top, and PutRecords retries exactly the entries Kinesis refused, so a
 * throttled burst loses no record.
 */
import {
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type KinesisClient,
  ListShardsCommand,
  ProvisionedThroughputExceededException,
  PutRecordsCommand,
  type PutRecordsRequestEntry,
  type Shard,
  type _Record,
} from "@aws-sdk/client-kinesis";
import { describeFailure } from "../errors.js";

/** Backoff for throttled calls: first pause, doubling up to the cap, for at most `attempts`. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
  attempts: number;
}

/** Generous: a throttled shard recovers within a second or two; no record may be given up early. */
export const DEFAULT_BACKOFF: Backoff = {
  initialMs: 100,
  maxMs: 5000,
  attempts: 20,
};

/** Kinesis takes at most 500 entries per PutRecords. */
export const MAX_PUT_ENTRIES = 500;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), {
      once: true,
    });
  });

const isThrottled = (error: unknown) =>
  error instanceof ProvisionedThroughputExceededException ||
  (error as { name?: string })?.name ===
    "ProvisionedThroughputExceededException" ||
  (error as { name?: string })?.name === "KMSThrottlingException";

/** Runs `call`, pausing and retrying while Kinesis says the shard is over its throughput. */
export async function withThrottleRetry<T>(
  call: () => Promise<T>,
  options: { backoff?: Backoff; signal?: AbortSignal; onThrottle?(): void },
): Promise<T> {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let delay = backoff.initialMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isThrottled(error) || attempt >= backoff.attempts) throw error;
      if (options.signal?.aborted) throw error;
      options.onThrottle?.();
      // Full jitter keeps several shards' retries from landing together.
      await sleep(delay / 2 + Math.random() * (delay / 2), options.signal);
      delay = Math.min(backoff.maxMs, delay * 2);
    }
  }
}

/** Every shard of the stream, closed ones included (pages followed). */
export async function listShards(
  kinesis: KinesisClient,
  options: { stream: string; signal?: AbortSignal },
): Promise<Shard[]> {
  const shards: Shard[] = [];
  let token: string | undefined;
  do {
    const page = await describeFailure("ListShards", options.stream, () =>
      kinesis.send(
        new ListShardsCommand(
          token ? { NextToken: token } : { StreamName: options.stream },
        ),
        { abortSignal: options.signal },
      ),
    );
    shards.push(...(page.Shards ?? []));
    token = page.NextToken;
  } while (token);
  return shards;
}

/** How GetShardIterator positions an iterator. */
export type IteratorPosition =
  | { type: "AFTER_SEQUENCE_NUMBER"; sequenceNumber: string }
  | { type: "LATEST" | "TRIM_HORIZON" }
  | { type: "AT_TIMESTAMP"; timestamp: Date };

/** An iterator for one shard. */
export async function shardIterator(
  kinesis: KinesisClient,
  options: { stream: string; shardId: string; position: IteratorPosition },
): Promise<string> {
  const { position } = options;
  const answer = await describeFailure(
    "GetShardIterator",
    `${options.stream}/${options.shardId}`,
    () =>
      kinesis.send(
        new GetShardIteratorCommand({
          StreamName: options.stream,
          ShardId: options.shardId,
          ShardIteratorType: position.type,
          StartingSequenceNumber:
            position.type === "AFTER_SEQUENCE_NUMBER"
              ? position.sequenceNumber
              : undefined,
          Timestamp:
            position.type === "AT_TIMESTAMP" ? position.timestamp : undefined,
        }),
      ),
  );
  if (!answer.ShardIterator)
    throw new Error(`GetShardIterator on ${options.shardId} gave no iterator`);
  return answer.ShardIterator;
}

/** What GetRecords answered. */
export interface RecordsPage {
  records: _Record[];
  next?: string;
  millisBehindLatest: number;
}

/** Reads up to `limit` records (throttling retried); ExpiredIteratorException passes through. */
export async function getRecords(
  kinesis: KinesisClient,
  options: {
    iterator: string;
    limit: number;
    backoff?: Backoff;
    signal?: AbortSignal;
    onThrottle?(): void;
  },
): Promise<RecordsPage> {
  const answer = await withThrottleRetry(
    () =>
      kinesis.send(
        new GetRecordsCommand({
          ShardIterator: options.iterator,
          Limit: Math.min(10_000, options.limit),
        }),
        { abortSignal: options.signal },
      ),
    options,
  );
  return {
    records: answer.Records ?? [],
    next: answer.NextShardIterator ?? undefined,
    millisBehindLatest: answer.MillisBehindLatest ?? 0,
  };
}

/** Whether an error is Kinesis saying the iterator is older than 5 minutes. */
export const isExpiredIterator = (error: unknown) =>
  error instanceof ExpiredIteratorException ||
  (error as { name?: string })?.name === "ExpiredIteratorException";

/** Where Kinesis placed one accepted entry. */
export interface PlacedRecord {
  shardId: string;
  sequenceNumber: string;
}

/**
 * Puts every entry, in pages of 500. Entries Kinesis refuses (throttled or an internal failure)
 * are put again, alone, after a backoff, until all are accepted or the attempts run out (then it
 * throws: the caller does not checkpoint, so the records are read and put again). Returns where
 * each entry was placed, in the entries' order.
 */
export async function putRecords(
  kinesis: KinesisClient,
  options: {
    stream: string;
    entries: PutRecordsRequestEntry[];
    backoff?: Backoff;
    signal?: AbortSignal;
    onThrottle?(): void;
  },
): Promise<PlacedRecord[]> {
  const placed: PlacedRecord[] = [];
  for (let i = 0; i < options.entries.length; i += MAX_PUT_ENTRIES)
    placed.push(
      ...(await putPage(kinesis, {
        ...options,
        entries: options.entries.slice(i, i + MAX_PUT_ENTRIES),
      })),
    );
  return placed;
}

async function putPage(
  kinesis: KinesisClient,
  options: Parameters<typeof putRecords>[1],
): Promise<PlacedRecord[]> {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const placed: PlacedRecord[] = [];
  // Positions (in this page) of the entries not yet accepted.
  let pending = options.entries.map((_, index) => index);
  let delay = backoff.initialMs;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const positions = pending;
    const entries = positions.map(
      (index) => options.entries[index] as PutRecordsRequestEntry,
    );
    // Throttling is retried inside; describeFailure names the call for anything else.
    const answer = await describeFailure("PutRecords", options.stream, () =>
      withThrottleRetry(
        () =>
          kinesis.send(
            new PutRecordsCommand({
              StreamName: options.stream,
              Records: entries,
            }),
          ),
        { ...options, backoff },
      ),
    );
    const results = answer.Records ?? [];
    positions.forEach((position, index) => {
      const result = results[index];
      if (result && !result.ErrorCode)
        placed[position] = {
          shardId: result.ShardId ?? "",
          sequenceNumber: result.SequenceNumber ?? "",
        };
    });
    const refused = positions.filter((_, index) => results[index]?.ErrorCode);
    if (refused.length === 0) return placed;
    const why = results.find((r) => r.ErrorCode);
    if (attempt >= backoff.attempts)
      throw new Error(
        `PutRecords on ${options.stream}: ${refused.length} record(s) still refused after ${attempt} attempts (${why?.ErrorCode}: ${why?.ErrorMessage ?? ""})`,
      );
    options.onThrottle?.();
    await sleep(delay / 2 + Math.random() * (delay / 2), options.signal);
    delay = Math.min(backoff.maxMs, delay * 2);
    pending = refused;
  }
  return placed;
}
