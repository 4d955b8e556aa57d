/**
 * The local twin of a Kinesis stream, kept in Postgres: an append-only table of events with a
 * dense offset per shard, a record's shard chosen from the MD5 of its partition key like Kinesis
 * does, and `NOTIFY` on every put so readers wake at once instead of polling. Puts to one stream
 * are serialized by a row lock held to commit, so offsets become visible in order: a reader that
 * has seen offset n has seen every offset before it (a sequence would commit out of order).
 */
import { createIfMissing } from "../db/ddl.js";
import { createHash } from "node:crypto";
import pg from "pg";
import { inTransaction, type Queryable } from "../db/pool.js";
import { pause } from "./pause.js";
import type {
  DecisionSink,
  OutputRecord,
  ShardInfo,
  ShardPosition,
  ShardRead,
  StreamRecord,
  StreamSource,
} from "./types.js";

/** The channel puts notify on; the payload is the stream's name. */
export const STREAM_CHANNEL = "modelship_stream";
/** Most events one put takes (the CLI puts a file in chunks of this). */
export const MAX_PUT_EVENTS = 5000;

/** Creates the twin's tables (local state only: not part of the app's migrations). */
export async function ensureLocalStreamTables(db: Queryable): Promise<void> {
  await createIfMissing(async () => {
    await db.query(`CREATE TABLE IF NOT EXISTS modelship_streams (
      name       text PRIMARY KEY,
      shards     integer NOT NULL CHECK (shards BETWEEN 1 AND 64),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE TABLE IF NOT EXISTS modelship_stream_events (
      stream        text NOT NULL,
      shard         text NOT NULL,
      seq           bigint NOT NULL,
      partition_key text NOT NULL,
      data          bytea NOT NULL,
      arrived_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
      PRIMARY KEY (stream, shard, seq))`);
  });
}

/** Creates the stream with `shards` shards, unless it exists (its shard count then stays). */
export async function ensureLocalStream(
  db: Queryable,
  stream: string,
  shards = 1,
): Promise<void> {
  await ensureLocalStreamTables(db);
  await db.query(
    "INSERT INTO modelship_streams (name, shards) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    [stream, shards],
  );
}

/** The shard id of shard number `index`. */
export const localShardId = (index: number) =>
  `shard-${String(index).padStart(4, "0")}`;

/** The shard a partition key goes to among `shards`. */
export function shardOfKey(partitionKey: string, shards: number): string {
  const digest = createHash("md5").update(partitionKey).digest();
  return localShardId(digest.readUInt32BE(0) % shards);
}

/** Appends events (in order per shard) and notifies readers; returns each event's shard and offset. */
export async function putLocalEvents(
  pool: pg.Pool,
  stream: string,
  events: readonly OutputRecord[],
): Promise<{ shardId: string; sequenceNumber: string }[]> {
  if (events.length > MAX_PUT_EVENTS)
    throw new Error(`at most ${MAX_PUT_EVENTS} events per put`);
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ shards: number }>(
      "SELECT shards FROM modelship_streams WHERE name = $1 FOR UPDATE",
      [stream],
    );
    const shards = rows[0]?.shards;
    if (!shards) throw new Error(`no local stream named ${stream}`);
    const tips = await client.query<{ shard: string; seq: string }>(
      "SELECT shard, max(seq)::text AS seq FROM modelship_stream_events WHERE stream = $1 GROUP BY shard",
      [stream],
    );
    const next = new Map(tips.rows.map((r) => [r.shard, BigInt(r.seq)]));
    const placed = events.map((event) => {
      const shardId = shardOfKey(event.partitionKey, shards);
      const seq = (next.get(shardId) ?? 0n) + 1n;
      next.set(shardId, seq);
      return { shardId, sequenceNumber: seq.toString() };
    });
    await client.query(
      `INSERT INTO modelship_stream_events (stream, shard, seq, partition_key, data)
       SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[], $5::bytea[])`,
      [
        stream,
        placed.map((p) => p.shardId),
        placed.map((p) => p.sequenceNumber),
        events.map((e) => e.partitionKey),
        events.map((e) => e.data),
      ],
    );
    await client.query("SELECT pg_notify($1, $2)", [STREAM_CHANNEL, stream]);
    return placed;
  });
}

/**
 * Wake-ups for readers: one connection LISTENs, and every reader waiting on a stream is woken
 * when a put to it commits. Readers also wake on their timeout, so a lost connection only slows
 * them down to polling.
 */
export class StreamWaker {
  private readonly waiting = new Map<string, Set<() => void>>();
  private client?: pg.Client;

  constructor(private readonly databaseUrl: string) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on("error", () => (this.client = undefined));
    client.on("notification", (message) => {
      const wake = this.waiting.get(message.payload ?? "");
      this.waiting.delete(message.payload ?? "");
      wake?.forEach((resolve) => resolve());
    });
    await client.connect();
    await client.query(`LISTEN ${STREAM_CHANNEL}`);
    this.client = client;
  }

  /**
   * Starts watching `stream`: `woken` resolves on the next put to it, after `ms`, or when the
   * signal aborts; `cancel` resolves it at once. A reader watches before it reads, so a put that
   * commits between its read and its wait still wakes it.
   */
  watch(
    stream: string,
    ms: number,
    signal?: AbortSignal,
  ): { woken: Promise<void>; cancel(): void } {
    let done: () => void = () => undefined;
    const woken = pause(ms, signal, (wake) => (done = wake));
    const set = this.waiting.get(stream) ?? new Set();
    set.add(done);
    this.waiting.set(stream, set);
    return {
      woken: woken.finally(() => this.waiting.get(stream)?.delete(done)),
      cancel: () => done(),
    };
  }

  async stop(): Promise<void> {
    await this.client?.end().catch(() => undefined);
  }
}

const iteratorOf = (shardId: string, seq: string) => `${shardId}@${seq}`;
function parseIterator(iterator: string): { shardId: string; seq: string } {
  const at = iterator.lastIndexOf("@");
  return { shardId: iterator.slice(0, at), seq: iterator.slice(at + 1) };
}

/** A local stream as the worker's source. */
export class LocalStreamSource implements StreamSource {
  readonly name: string;

  constructor(
    private readonly options: {
      pool: pg.Pool;
      stream: string;
      waker?: StreamWaker;
    },
  ) {
    this.name = `local:${options.stream}`;
  }

  async listShards(): Promise<ShardInfo[]> {
    const { rows } = await this.options.pool.query<{ shards: number }>(
      "SELECT shards FROM modelship_streams WHERE name = $1",
      [this.options.stream],
    );
    const count = rows[0]?.shards ?? 0;
    return Array.from({ length: count }, (_, index) => ({
      shardId: localShardId(index),
      parentShardIds: [],
      closed: false,
    }));
  }

  async openShard(shardId: string, position: ShardPosition): Promise<string> {
    if ("after" in position) return iteratorOf(shardId, position.after);
    const start = position.start;
    if (start.type === "TRIM_HORIZON") return iteratorOf(shardId, "0");
    const { rows } = await this.options.pool.query<{ seq: string }>(
      `SELECT coalesce(max(seq), 0)::text AS seq FROM modelship_stream_events
        WHERE stream = $1 AND shard = $2 AND ($3::timestamptz IS NULL OR arrived_at < $3)`,
      [
        this.options.stream,
        shardId,
        start.type === "AT_TIMESTAMP" ? start.timestamp : null,
      ],
    );
    return iteratorOf(shardId, rows[0]?.seq ?? "0");
  }

  async read(
    iterator: string,
    options: { limit: number; waitMs: number; signal?: AbortSignal },
  ): Promise<ShardRead> {
    const watching =
      options.waitMs > 0
        ? this.options.waker?.watch(
            this.options.stream,
            options.waitMs,
            options.signal,
          )
        : undefined;
    let read = await this.readOnce(iterator, options.limit);
    if (read.records.length === 0 && watching) {
      await watching.woken;
      read = await this.readOnce(iterator, options.limit);
    } else watching?.cancel();
    return read;
  }

  private async readOnce(iterator: string, limit: number): Promise<ShardRead> {
    const { shardId, seq } = parseIterator(iterator);
    const { rows } = await this.options.pool.query<{
      seq: string;
      partition_key: string;
      data: Buffer;
      arrived_at: Date;
    }>(
      `SELECT e.seq::text AS seq, e.partition_key, e.data, e.arrived_at FROM modelship_stream_events e
        WHERE e.stream = $1 AND e.shard = $2 AND e.seq > $3 ORDER BY e.seq LIMIT $4`,
      [this.options.stream, shardId, seq, limit],
    );
    const records: StreamRecord[] = rows.map((row) => ({
      shardId,
      sequenceNumber: row.seq,
      partitionKey: row.partition_key,
      data: row.data,
      arrivedAt: row.arrived_at,
    }));
    const last = records.at(-1);
    const behind = await this.behind(shardId, last?.sequenceNumber ?? seq);
    return {
      records,
      next: iteratorOf(shardId, last?.sequenceNumber ?? seq),
      ...behind,
    };
  }

  /** How far `seq` is behind the shard's newest event, in events and in time. */
  private async behind(
    shardId: string,
    seq: string,
  ): Promise<{ behindMs: number; behindRecords: number }> {
    const { rows } = await this.options.pool.query<{
      tip: string | null;
      oldest: Date | null;
    }>(
      `SELECT (SELECT max(seq) FROM modelship_stream_events WHERE stream = $1 AND shard = $2)::text AS tip,
              (SELECT arrived_at FROM modelship_stream_events
                WHERE stream = $1 AND shard = $2 AND seq > $3 ORDER BY seq LIMIT 1) AS oldest`,
      [this.options.stream, shardId, seq],
    );
    const tip = BigInt(rows[0]?.tip ?? "0");
    const oldest = rows[0]?.oldest;
    return {
      behindRecords: Math.max(0, Number(tip - BigInt(seq))),
      behindMs: oldest ? Math.max(0, Date.now() - oldest.getTime()) : 0,
    };
  }
}

/** A local stream as the worker's decision sink (the output stream). */
export class LocalStreamSink implements DecisionSink {
  readonly name: string;

  constructor(private readonly options: { pool: pg.Pool; stream: string }) {
    this.name = `local:${options.stream}`;
  }

  async put(records: OutputRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += MAX_PUT_EVENTS)
      await putLocalEvents(
        this.options.pool,
        this.options.stream,
        records.slice(i, i + MAX_PUT_EVENTS),
      );
  }
}
