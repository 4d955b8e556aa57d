/**
 * Writes encoded rows to a version's two tables with COPY. COPY cannot skip rows that are already
 * there, so it fills a per-connection temporary staging table and one statement moves the rows into
 * both tables with ON CONFLICT DO NOTHING on (request_id, item): a replayed or retried batch adds
 * nothing twice. `npm run bench:ingest` measures this against a multi-row INSERT of unnest arrays.
 */
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { ensurePredictionTables, migrate } from "../db.js";
import { qualified, type VersionNames } from "../version.js";
import { INPUT_COLUMNS, OUTPUT_COLUMNS, STAGING_COLUMNS } from "./rows.js";

const STAGING = "modelship_log_staging";
/** undefined_table, invalid_schema_name. */
const MISSING = new Set(["42P01", "3F000"]);

/** Options for PostgresSink. */
export interface SinkOptions {
  pool: pg.Pool;
  names: VersionNames;
  /** A batch not committed within this time counts as failed and its connection is dropped. */
  writeTimeoutMs: number;
}

/** True for errors about the data itself (SQLSTATE classes 22 and 23), not the connection. */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^2[23]/.test(code);
}

/** The statement that moves the staged rows into both tables. */
export function moveSql(names: VersionNames): string {
  const { schema, inputs, outputs } = names.tables;
  const inputList = INPUT_COLUMNS.join(", ");
  const outputList = OUTPUT_COLUMNS.join(", ");
  return `WITH ins AS (
    INSERT INTO ${qualified(schema, inputs)} (${inputList})
    SELECT ${inputList} FROM ${STAGING} ON CONFLICT (request_id, item) DO NOTHING
  )
  INSERT INTO ${qualified(schema, outputs)} (${outputList})
  SELECT ${outputList} FROM ${STAGING} ON CONFLICT (request_id, item) DO NOTHING`;
}

const STAGING_SQL = `CREATE TEMP TABLE IF NOT EXISTS ${STAGING} (${STAGING_COLUMNS.map(
  ([name, type]) => `${name} ${type}`,
).join(", ")}) ON COMMIT DELETE ROWS`;

/** One transaction per batch: COPY into staging, then move into both tables. */
export class PostgresSink {
  private readonly move: string;
  private readonly staged = new WeakSet<pg.PoolClient>();
  private tablesReady = false;

  constructor(private readonly options: SinkOptions) {
    this.move = `${moveSql(options.names)}; COMMIT`;
  }

  /** Creates the schema and the version's tables (again after they went missing). */
  private async prepare(): Promise<void> {
    await migrate(this.options.pool);
    await ensurePredictionTables(this.options.pool, this.options.names);
    this.tablesReady = true;
  }

  /** Writes the concatenated COPY lines; rejects on any failure (nothing is then committed). */
  async write(payloads: readonly Buffer[]): Promise<void> {
    if (!this.tablesReady) await this.prepare();
    const client = await this.options.pool.connect();
    let timer: NodeJS.Timeout | undefined;
    const work = this.copy(client, payloads);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `writing the batch took longer than ${this.options.writeTimeoutMs} ms`,
            ),
          ),
        this.options.writeTimeoutMs,
      );
    });
    try {
      await Promise.race([work, timeout]);
      client.release();
    } catch (error) {
      work.catch(() => undefined); // a late failure of the abandoned batch is expected
      // Never reuse a connection that may be mid-transaction or mid-COPY.
      client.release(error instanceof Error ? error : new Error(String(error)));
      // Tables or schema gone (a fresh database behind the same URL): create them again.
      if (MISSING.has(String((error as { code?: unknown }).code)))
        this.tablesReady = false;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async copy(
    client: pg.PoolClient,
    payloads: readonly Buffer[],
  ): Promise<void> {
    if (!this.staged.has(client)) {
      await client.query(STAGING_SQL);
      this.staged.add(client);
    }
    await client.query("BEGIN");
    const stream = client.query(copyFrom(`COPY ${STAGING} FROM STDIN`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on("finish", resolve);
      stream.on("error", reject);
    });
    stream.end(payloads.length === 1 ? payloads[0] : Buffer.concat(payloads));
    await done;
    await client.query(this.move);
  }
}
