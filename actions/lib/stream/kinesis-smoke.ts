/**
 * The stream smoke test's port on Kinesis: the cases go on the input stream with PutRecords (the
 * entries Kinesis refuses are put again, as the worker's are), and the decisions are read from
 * every shard of the output stream from just before the put (AT_TIMESTAMP). Each look reads every
 * shard forward from where the previous look stopped, until it is caught up (MillisBehindLatest 0),
 * within a bounded number of reads and at most 5 reads a second per shard (Kinesis's limit, shared
 * with any other reader of the stream).
 */
import type { _Record, KinesisClient } from "@aws-sdk/client-kinesis";
import {
  getRecords,
  isExpiredIterator,
  listShards,
  putRecords,
  shardIterator,
  type Backoff,
} from "../aws/kinesis.js";
import type { Logger } from "../logger.js";
import { pause } from "./pause.js";
import type { PlacedEvent, SmokeDecision, StreamSmokePort } from "./smoke.js";
import type { OutputRecord } from "./types.js";

/** Options of KinesisSmokePort; every bound has a default. */
export interface KinesisSmokeOptions {
  kinesis: KinesisClient;
  input: string;
  output: string;
  logger: Logger;
  backoff?: Backoff;
  /** Read from this long before the put: the clocks of the runner and of Kinesis differ. */
  marginMs?: number;
  /** Least time between two reads of one shard (Kinesis allows 5 a second per shard). */
  readPauseMs?: number;
  /** Most reads of one shard in one look, however far behind it is. */
  readsPerLook?: number;
  /** Most GetRecords calls over the whole test. */
  maxReads?: number;
  /** Records larger than this are skipped unparsed (a decision is a few hundred bytes). */
  maxRecordBytes?: number;
}

const DEFAULTS = {
  marginMs: 10_000,
  readPauseMs: 200,
  readsPerLook: 10,
  maxReads: 5000,
  maxRecordBytes: 64 * 1024,
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === "object" && !Array.isArray(value);

/** A decision's label as text, as the local twin's `->> 'label'` gives it. */
function labelText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One shard being read: its next iterator (undefined once a closed shard is read to its end). */
interface ShardCursor {
  iterator?: string;
  lastReadAt: number;
}

/** See the module comment. */
export class KinesisSmokePort implements StreamSmokePort {
  readonly input: string;
  readonly output: string;
  private readonly settings: typeof DEFAULTS;
  private readonly cursors = new Map<string, ShardCursor>();
  private readonly found = new Map<string, SmokeDecision>();
  private listed = false;
  private reads = 0;
  private warned = false;

  constructor(private readonly options: KinesisSmokeOptions) {
    this.input = options.input;
    this.output = options.output;
    this.settings = { ...DEFAULTS, ...definedOnly(options) };
  }

  async put(events: OutputRecord[]): Promise<PlacedEvent[]> {
    return putRecords(this.options.kinesis, {
      stream: this.input,
      entries: events.map((event) => ({
        PartitionKey: event.partitionKey,
        Data: event.data,
      })),
      backoff: this.options.backoff,
    });
  }

  async decisions(
    keys: readonly string[],
    version: string,
    since: Date,
  ): Promise<Map<string, SmokeDecision>> {
    const from = new Date(since.getTime() - this.settings.marginMs);
    // Once a shard ends (split or merged), its children are listed and read too.
    if (!this.listed) await this.openShards(from);
    const wanted = new Set(keys);
    await Promise.all(
      [...this.cursors.keys()].map((shardId) =>
        this.readShard(shardId, { wanted, version, from }),
      ),
    );
    return new Map([...this.found].filter(([key]) => wanted.has(key)));
  }

  private async openShards(from: Date): Promise<void> {
    const shards = await listShards(this.options.kinesis, {
      stream: this.output,
    });
    for (const shard of shards) {
      const shardId = shard.ShardId ?? "";
      if (this.cursors.has(shardId)) continue;
      this.cursors.set(shardId, {
        iterator: await this.iteratorAt(shardId, from),
        lastReadAt: 0,
      });
    }
    this.listed = true;
  }

  private iteratorAt(shardId: string, from: Date): Promise<string> {
    return shardIterator(this.options.kinesis, {
      stream: this.output,
      shardId,
      position: { type: "AT_TIMESTAMP", timestamp: from },
    });
  }

  private async readShard(
    shardId: string,
    look: { wanted: Set<string>; version: string; from: Date },
  ): Promise<void> {
    const cursor = this.cursors.get(shardId) as ShardCursor;
    for (let i = 0; i < this.settings.readsPerLook && cursor.iterator; i++) {
      if (!this.mayRead() || this.found.size >= look.wanted.size) return;
      await pause(cursor.lastReadAt + this.settings.readPauseMs - Date.now());
      cursor.lastReadAt = Date.now();
      this.reads++;
      let page;
      try {
        page = await getRecords(this.options.kinesis, {
          iterator: cursor.iterator,
          limit: 1000,
          backoff: this.options.backoff,
        });
      } catch (error) {
        if (!isExpiredIterator(error)) throw error;
        // Re-reading from the start only finds the same decisions again.
        cursor.iterator = await this.iteratorAt(shardId, look.from);
        continue;
      }
      for (const record of page.records) this.keep(record, look);
      cursor.iterator = page.next;
      if (!page.next) this.listed = false;
      if (page.millisBehindLatest === 0) return;
    }
  }

  private mayRead(): boolean {
    if (this.reads < this.settings.maxReads) return true;
    if (!this.warned)
      this.options.logger.warning(
        `stopped reading ${this.output} after ${this.reads} GetRecords calls`,
      );
    this.warned = true;
    return false;
  }

  private keep(
    record: _Record,
    look: { wanted: Set<string>; version: string },
  ): void {
    const key = record.PartitionKey ?? "";
    const data = record.Data ?? new Uint8Array();
    if (!look.wanted.has(key) || this.found.has(key)) return;
    if (data.byteLength > this.settings.maxRecordBytes) return;
    let body: unknown;
    try {
      body = JSON.parse(Buffer.from(data).toString("utf8"));
    } catch {
      return; // not a decision: another writer's record
    }
    if (!isObject(body) || body.version !== look.version) return;
    this.found.set(key, {
      label: labelText(body.label),
      arrivedAt: record.ApproximateArrivalTimestamp ?? new Date(),
    });
  }
}

function definedOnly(options: KinesisSmokeOptions): Partial<typeof DEFAULTS> {
  return Object.fromEntries(
    Object.keys(DEFAULTS)
      .map((name) => [name, options[name as keyof typeof DEFAULTS]])
      .filter(([, value]) => value !== undefined),
  );
}
