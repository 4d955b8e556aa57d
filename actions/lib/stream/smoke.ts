/**
 * The smoke test of a stream version on the local twin: it puts the smoke cases on the input
 * stream (partition keys unique to this run), waits for this version's decisions on the output
 * stream, and checks each decision's label and that each case's log row is in the version's
 * tables. Other versions consuming the same stream score the cases too; only this version's
 * decisions are read.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Logger } from "../logger.js";
import type { SmokeCase } from "../smoke/cases.js";
import { qualified, type VersionNames } from "../version.js";
import { putLocalEvents } from "./local-stream.js";
import { pause } from "./pause.js";

/** Options of runStreamSmoke. */
export interface StreamSmokeOptions {
  pool: pg.Pool;
  names: VersionNames;
  inputStream: string;
  outputStream: string;
  cases: SmokeCase[];
  timeoutMs: number;
  logger: Logger;
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

interface Decision {
  partition_key: string;
  label: string | null;
  arrived_at: Date;
}

async function readDecisions(
  options: StreamSmokeOptions,
  keys: string[],
): Promise<Map<string, Decision>> {
  const { rows } = await options.pool.query<Decision>(
    `SELECT partition_key, convert_from(data, 'UTF8')::jsonb ->> 'label' AS label, arrived_at
       FROM modelship_stream_events
      WHERE stream = $1 AND partition_key = ANY($2)
        AND convert_from(data, 'UTF8')::jsonb ->> 'version' = $3`,
    [options.outputStream, keys, options.names.version],
  );
  return new Map(rows.map((row) => [row.partition_key, row]));
}

async function countLogged(
  options: StreamSmokeOptions,
  requestIds: string[],
): Promise<number> {
  const { tables } = options.names;
  const { rows } = await options.pool.query<{ count: string }>(
    `SELECT count(*) AS count FROM ${qualified(tables.schema, tables.outputs)} WHERE request_id = ANY($1)`,
    [requestIds],
  );
  return Number(rows[0]?.count);
}

/** See the module comment. */
export async function runStreamSmoke(
  options: StreamSmokeOptions,
): Promise<StreamSmokeResult> {
  const run = randomUUID().slice(0, 8);
  const keys = options.cases.map((_, index) => `smoke-${run}-${index}`);
  const events = options.cases.map((c, index) => ({
    partitionKey: keys[index] as string,
    data: Buffer.from(JSON.stringify({ id: keys[index], features: c.input })),
  }));
  const putAt = Date.now();
  const placed = await putLocalEvents(
    options.pool,
    options.inputStream,
    events,
  );
  const requestIds = placed.map((p) => `${p.shardId}:${p.sequenceNumber}`);
  options.logger.info(
    `put ${events.length} smoke case(s) on ${options.inputStream}; waiting for ${options.names.version}'s decisions on ${options.outputStream}`,
  );
  const deadline = putAt + options.timeoutMs;
  let decisions = await readDecisions(options, keys);
  let logged = await countLogged(options, requestIds);
  while (
    (decisions.size < keys.length || logged < keys.length) &&
    Date.now() < deadline
  ) {
    await pause(100);
    decisions = await readDecisions(options, keys);
    logged = await countLogged(options, requestIds);
  }
  const reasons: string[] = [];
  options.cases.forEach((c, index) => {
    const decision = decisions.get(keys[index] as string);
    if (!decision)
      reasons.push(
        `${c.name}: no decision within ${options.timeoutMs / 1000} s`,
      );
    else if (decision.label !== c.label)
      reasons.push(
        `${c.name}: decided ${JSON.stringify(decision.label)}, expected ${JSON.stringify(c.label)}`,
      );
  });
  if (logged < keys.length)
    reasons.push(
      `${keys.length - logged} of ${keys.length} case(s) not in the log tables`,
    );
  const slowestMs = Math.max(
    0,
    ...[...decisions.values()].map((d) => d.arrived_at.getTime() - putAt),
  );
  return {
    passed: reasons.length === 0,
    decided: decisions.size,
    logged,
    reasons,
    slowestMs,
  };
}
