/**
 * The smoke test of a stream version, on the local twin or on Kinesis (a port each): it puts the
 * smoke cases on the input stream (partition keys unique to this run), waits for this version's
 * decisions on the output stream, and checks each decision's label and that each case's log row is
 * in the version's tables (Postgres, by the request id the worker gives a record: its shard and
 * sequence number). Other versions consuming the same stream score the cases too; only this
 * version's decisions count.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Logger } from "../logger.js";
import type { SmokeCase } from "../smoke/cases.js";
import { qualified, type VersionNames } from "../version.js";
import { putLocalEvents } from "./local-stream.js";
import { pause } from "./pause.js";
import { requestIdOfRecord } from "./score.js";
import type { OutputRecord } from "./types.js";

/** One decision of the version under test, as read back from the output stream. */
export interface SmokeDecision {
  /** The decision's `label`; null when it has none (a regressor, or a broken model). */
  label: string | null;
  /** When the output stream accepted it. */
  arrivedAt: Date;
}

/** Where a put event landed: its shard and sequence number (its log rows' request id). */
export interface PlacedEvent {
  shardId: string;
  sequenceNumber: string;
}

/** The two streams as the smoke test sees them: the local twin's tables or Kinesis. */
export interface StreamSmokePort {
  /** The input and output streams' names, for messages. */
  readonly input: string;
  readonly output: string;
  /** Puts the events on the input stream; where each landed, in order. */
  put(events: OutputRecord[]): Promise<PlacedEvent[]>;
  /**
   * The decisions of `version` on the output stream for these partition keys, arrived since
   * `since`. Called again and again while the test waits; each call returns every decision found
   * so far.
   */
  decisions(
    keys: readonly string[],
    version: string,
    since: Date,
  ): Promise<Map<string, SmokeDecision>>;
}

/** Options of runStreamSmoke. */
export interface StreamSmokeOptions {
  port: StreamSmokePort;
  /** The log database (the version's tables). */
  pool: pg.Pool;
  names: VersionNames;
  cases: SmokeCase[];
  timeoutMs: number;
  logger: Logger;
  /** Pause between two looks at the output stream and the log tables; default 100 ms. */
  pollMs?: number;
}

/** How the smoke test went. */
export interface StreamSmokeResult {
  passed: boolean;
  /** Cases decided, of those put. */
  decided: number;
  logged: number;
  reasons: string[];
  /** Put-to-decision latency of the slowest case, in milliseconds. */
  slowestMs: number;
}

/** The local twin's streams (tables in the pool's database). */
export function localSmokePort(
  pool: pg.Pool,
  streams: { input: string; output: string },
): StreamSmokePort {
  return {
    ...streams,
    put: (events) => putLocalEvents(pool, streams.input, events),
    // The keys are unique to the run, so `since` adds nothing here (and the database's clock
    // need not agree with ours).
    async decisions(keys, version) {
      const { rows } = await pool.query<{
        partition_key: string;
        label: string | null;
        arrived_at: Date;
      }>(
        `SELECT partition_key, convert_from(data, 'UTF8')::jsonb ->> 'label' AS label, arrived_at
           FROM modelship_stream_events
          WHERE stream = $1 AND partition_key = ANY($2)
            AND convert_from(data, 'UTF8')::jsonb ->> 'version' = $3`,
        [streams.output, keys, version],
      );
      return new Map(
        rows.map((row) => [
          row.partition_key,
          { label: row.label, arrivedAt: row.arrived_at },
        ]),
      );
    },
  };
}

async function countLogged(
  options: StreamSmokeOptions,
  requestIds: string[],
): Promise<number> {
  const { tables } = options.names;
  const { rows } = await options.pool.query<{ count: string }>(
    `SELECT count(DISTINCT request_id) AS count FROM ${qualified(tables.schema, tables.outputs)} WHERE request_id = ANY($1)`,
    [requestIds],
  );
  return Number(rows[0]?.count);
}

function reasonsOf(
  options: StreamSmokeOptions,
  keys: string[],
  found: { decisions: Map<string, SmokeDecision>; logged: number },
): string[] {
  const reasons: string[] = [];
  options.cases.forEach((c, index) => {
    const decision = found.decisions.get(keys[index] as string);
    if (!decision)
      reasons.push(
        `${c.name}: no decision of ${options.names.version} on ${options.port.output} within ${options.timeoutMs / 1000} s`,
      );
    else if (decision.label !== c.label)
      reasons.push(
        `${c.name}: decided ${JSON.stringify(decision.label)}, expected ${JSON.stringify(c.label)}`,
      );
  });
  if (found.logged < keys.length)
    reasons.push(
      `${keys.length - found.logged} of ${keys.length} case(s) not in the log tables (${options.names.tables.outputs}) within ${options.timeoutMs / 1000} s`,
    );
  return reasons;
}

/** See the module comment. */
export async function runStreamSmoke(
  options: StreamSmokeOptions,
): Promise<StreamSmokeResult> {
  const { port, names } = options;
  const run = randomUUID().slice(0, 8);
  const keys = options.cases.map((_, index) => `smoke-${run}-${index}`);
  const events = options.cases.map((c, index) => ({
    partitionKey: keys[index] as string,
    data: Buffer.from(JSON.stringify({ id: keys[index], features: c.input })),
  }));
  const putAt = new Date();
  const placed = await port.put(events);
  // The worker's own request ids, so the check finds exactly the rows it wrote for these events.
  const requestIds = placed.map((p) => requestIdOfRecord(p));
  options.logger.info(
    `put ${events.length} smoke case(s) on ${port.input}; waiting for ${names.version}'s decisions on ${port.output}`,
  );
  const deadline = putAt.getTime() + options.timeoutMs;
  const look = async () => ({
    decisions: await port.decisions(keys, names.version, putAt),
    logged: await countLogged(options, requestIds),
  });
  let found = await look();
  while (
    (found.decisions.size < keys.length || found.logged < keys.length) &&
    Date.now() < deadline
  ) {
    await pause(Math.min(options.pollMs ?? 100, deadline - Date.now()));
    found = await look();
  }
  const reasons = reasonsOf(options, keys, found);
  const slowestMs = Math.max(
    0,
    ...[...found.decisions.values()].map(
      (d) => d.arrivedAt.getTime() - putAt.getTime(),
    ),
  );
  return {
    passed: reasons.length === 0,
    decided: found.decisions.size,
    logged: found.logged,
    reasons,
    slowestMs,
  };
}
