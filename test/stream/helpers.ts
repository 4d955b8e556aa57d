// Shared pieces of the stream tests: iris-like events, polling, and reads of what a version logged.
import type pg from "pg";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { irisRow } from "../batch/model-server.js";

/** Event `index` as the stream carries it: an id beside the model's features. */
export function irisEvent(index: number): {
  partitionKey: string;
  data: Buffer;
} {
  const id = `ride-${index}`;
  return {
    partitionKey: id,
    data: Buffer.from(JSON.stringify({ id, features: irisRow(index) })),
  };
}

/** Waits until `check` holds, polling every 50 ms. */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  ms = 60_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How many output rows a version logged, and how many distinct (request_id, item) among them. */
export async function logged(
  pool: pg.Pool,
  version: string,
): Promise<{ total: number; distinct: number }> {
  const { tables } = parseVersion(version);
  const { rows } = await pool
    .query<{ total: string; distinct: string }>(
      `SELECT count(*) AS total, count(DISTINCT (request_id, item)) AS distinct
         FROM ${qualified(tables.schema, tables.outputs)}`,
    )
    .catch(() => ({ rows: [{ total: "0", distinct: "0" }] }));
  return { total: Number(rows[0]?.total), distinct: Number(rows[0]?.distinct) };
}

/** The decisions on a local output stream, parsed. */
export async function decisions(
  pool: pg.Pool,
  stream: string,
): Promise<
  {
    partitionKey: string;
    body: {
      version: string;
      shardId: string;
      sequenceNumber: string;
      label?: string;
    };
  }[]
> {
  const { rows } = await pool.query<{ partition_key: string; data: Buffer }>(
    "SELECT partition_key, data FROM modelship_stream_events WHERE stream = $1 ORDER BY shard, seq",
    [stream],
  );
  return rows.map((row) => ({
    partitionKey: row.partition_key,
    body: JSON.parse(row.data.toString("utf8")),
  }));
}
