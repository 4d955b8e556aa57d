// Shared set-up for the service tests: a trained model, the app wired to a real Postgres, and
// reading back what the prediction log wrote.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { memoryLogger } from "../../actions/lib/logger.js";
import type { WriterOptions } from "../../actions/lib/predictions/types.js";
import { PredictionLogWriter } from "../../actions/lib/predictions/writer.js";
import {
  parseVersion,
  qualified,
  type VersionNames,
} from "../../actions/lib/version.js";
import { buildApp, type LogMode } from "../../example-app/src/app.js";
import { FEATURES, loadModel } from "../../example-app/src/model/model.js";
import { ROOT } from "../helpers/run-bundle.js";

/**
 * A model artifact trained by the real training CLI into a temp dir (once per machine and
 * config; the CLI writes atomically, so parallel workers may race harmlessly).
 */
export function trainedModelPath(): string {
  const file = path.join(
    os.tmpdir(),
    "modelship-service-test-model",
    "model.json",
  );
  if (!existsSync(file)) {
    const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
    execFileSync(
      process.execPath,
      [
        tsx,
        "example-app/src/model/train.ts",
        "--out-dir",
        path.dirname(file),
        "--metrics",
        path.join(path.dirname(file), `metrics-${process.pid}.json`),
      ],
      { cwd: ROOT, stdio: "ignore" },
    );
  }
  return file;
}

/** A pool that fails fast while its server is down (as the service's does). */
export function testPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 2000,
  });
  pool.on("error", () => undefined);
  return pool;
}

/** Options for serviceFixture. */
export interface FixtureOptions {
  databaseUrl: string;
  version?: string;
  logMode?: LogMode;
  writer?: Partial<WriterOptions>;
}

/** The app (for `inject`), its writer, pool and a recording logger. */
export async function serviceFixture(options: FixtureOptions) {
  const names = parseVersion(options.version ?? "t1");
  const logMode = options.logMode ?? "batched";
  const pool = testPool(options.databaseUrl);
  const logger = memoryLogger();
  const model = loadModel(trainedModelPath());
  const holder: { writer?: PredictionLogWriter } = {};
  const journalDir = mkdtempSync(path.join(os.tmpdir(), "service-journal-"));
  const { app, metrics } = buildApp({
    names,
    features: FEATURES,
    model: () => model,
    writer: () => holder.writer,
    pool: () => pool,
    logMode,
    durability: options.writer?.durability,
    logger: false,
  });
  if (logMode === "batched") {
    holder.writer = await PredictionLogWriter.open({
      pool,
      logger,
      names,
      journalDir,
      hooks: metrics.writerHooks,
      flushIntervalMs: 20,
      retryInitialMs: 20,
      retryMaxMs: 200,
      ...options.writer,
    });
  }
  // A real socket: fastify's inject (light-my-request) needs the ESM-only `cookie` package,
  // which jest's CommonJS runtime cannot load on Node 20.
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    base,
    request: (r: RequestSpec) => send(base, r),
    metrics,
    writer: holder.writer,
    pool,
    logger,
    names,
    model,
    journalDir,
    async close() {
      await app.close();
      const result = await holder.writer?.close(10_000);
      await pool.end();
      rmSync(journalDir, { recursive: true, force: true });
      return result;
    },
  };
}

/** Waits until the writer has put every row into Postgres. */
export async function waitForLogged(
  writer: PredictionLogWriter | undefined,
  ms = 10_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while ((writer?.backlog ?? 0) > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 10));
  if ((writer?.backlog ?? 0) > 0)
    throw new Error(`${writer?.backlog} row(s) still not in Postgres`);
}

/** One HTTP request in the test's terms. */
export interface RequestSpec {
  method?: string;
  url: string;
  /** Sent as JSON unless a string. */
  payload?: unknown;
  headers?: Record<string, string>;
}

/** A response with everything read. */
export interface Reply {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Sends one request to `base` over HTTP. */
export async function send(base: string, r: RequestSpec): Promise<Reply> {
  const headers: Record<string, string> = { ...r.headers };
  let body: string | undefined;
  if (r.payload !== undefined) {
    body =
      typeof r.payload === "string" ? r.payload : JSON.stringify(r.payload);
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(`${base}${r.url}`, {
    method: r.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  const text = await res.text();
  return {
    statusCode: res.status,
    headers: Object.fromEntries(res.headers),
    body: text,
    json: () => JSON.parse(text),
  };
}

/** One logged item, joined across the inputs and outputs tables. */
export interface LoggedItem {
  request_id: string;
  item: number;
  features: Record<string, number>;
  label: string;
  probabilities: Record<string, number>;
  model_version: string;
}

/** Everything a version's tables hold, inputs joined to outputs (a missing half shows as null). */
export async function loggedItems(
  url: string,
  names: VersionNames,
): Promise<LoggedItem[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { schema, inputs, outputs } = names.tables;
    const result = await client.query<LoggedItem>(
      `SELECT coalesce(i.request_id, o.request_id) AS request_id, coalesce(i.item, o.item) AS item,
              i.features, o.label, o.probabilities, o.model_version
         FROM ${qualified(schema, inputs)} i
         FULL JOIN ${qualified(schema, outputs)} o USING (request_id, item)
        ORDER BY 1, 2`,
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

/** A valid feature object, varied by `i` so rows differ. */
export function sampleInput(i: number): Record<string, number> {
  return {
    sepal_length: 4.5 + (i % 30) / 10,
    sepal_width: 2.5 + (i % 10) / 10,
    petal_length: 1 + (i % 50) / 10,
    petal_width: 0.1 + (i % 24) / 10,
  };
}
