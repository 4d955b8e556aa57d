// Starts a gateway (or router) in this process from flags, as `modelship gateway` would, with its
// journal in a temp directory; and small helpers the gateway tests share.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { request } from "undici";
import {
  startGateway,
  type RunningGateway,
} from "../../actions/lib/gateway/gateway.js";
import { readGatewaySettings } from "../../actions/lib/gateway/options.js";
import { GATEWAY_FLAGS } from "../../actions/lib/gateway/settings.js";
import { tableInputs } from "../../actions/lib/input-table.js";
import { mapInputs } from "../../actions/lib/inputs.js";
import { memoryLogger } from "../../actions/lib/logger.js";

/** A gateway started for a test; `stop()` closes it and removes its journal. */
export interface TestGateway extends RunningGateway {
  logger: ReturnType<typeof memoryLogger>;
  stop(): Promise<void>;
}

/** Starts a gateway on a free port of 127.0.0.1 with these flags (no modelship.yml is read). */
export async function startTestGateway(
  flags: Record<string, string>,
): Promise<TestGateway> {
  const journal = mkdtempSync(path.join(os.tmpdir(), "gateway-journal-"));
  const read = tableInputs(GATEWAY_FLAGS, {
    given: mapInputs({
      host: "127.0.0.1",
      port: "0",
      "journal-dir": journal,
      "watch-ms": "100",
      "drain-timeout-ms": "10000",
      ...flags,
    }),
  });
  const logger = memoryLogger();
  const running = await startGateway(
    readGatewaySettings(read, os.tmpdir()),
    logger,
  );
  return {
    ...running,
    logger,
    async stop() {
      await running.close();
      rmSync(journal, { recursive: true, force: true });
    },
  };
}

/** POSTs JSON and returns status, headers and the parsed body. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, unknown>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked by the tests
}> {
  const answer = await request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await answer.body.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: answer.statusCode, headers: answer.headers, body: parsed };
}

/** Runs `task` for 0..count-1 with at most `concurrency` at once. */
export async function inParallel(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await task(i);
    }),
  );
}

/** Polls `read` until it returns `want` or `timeoutMs` passes; returns the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  want: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!want(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** Counts rows of a table (qualified name, quoted). */
export async function countRows(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${table}`,
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** One iris input whose petal width picks the fake model's label. */
export function irisInput(index: number) {
  return {
    sepal_length: 5 + (index % 10) / 10,
    sepal_width: 3,
    petal_length: 1.5 + (index % 5),
    petal_width: [0.2, 1.3, 2.1][index % 3] as number,
  };
}
