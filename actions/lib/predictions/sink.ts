/**
 * Writes encoded rows to a version's two tables with COPY, in one transaction per batch.
 *
 * Rows that were never sent before (a batch from memory, first attempt) are copied straight into
 * both tables. A batch that may already be there in part (a retry after a failure whose COMMIT may
 * have happened, or a replay from the journal) is copied into per-connection temporary staging
 * tables and moved with INSERT … ON CONFLICT (request_id, item) DO NOTHING, so it adds nothing
 * twice; a straight copy that meets a row already there (unique violation) is redone that way.
 * `npm run bench:ingest` measures both against a multi-row INSERT of unnest arrays.
 */
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import { qualified, type VersionNames } from "../version.js";
import type { Payload } from "./record.js";
import { INPUT_COLUMNS, OUTPUT_COLUMNS, type Column } from "./rows.js";

/** undefined_table, invalid_schema_name: the tables must be created (again). */
const MISSING = new Set(["42P01", "3F000"]);
const UNIQUE_VIOLATION = "23505";
const STAGE_INPUTS = "modelship_log_inputs_staging";
const STAGE_OUTPUTS = "modelship_log_outputs_staging";

/** Options for PostgresSink. */
export interface SinkOptions {
  pool: pg.Pool;
  names: VersionNames;
  /** A batch not committed within this time counts as failed and its connection is dropped. */
  writeTimeoutMs: number;
}

/** `fresh`: rows never sent before; `idempotent`: rows Postgres may already have. */
export type WriteMode = "fresh" | "idempotent";

/** True for errors about the data itself (SQLSTATE classes 22 and 23), not the connection. */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^2[23]/.test(code);
}

const names = (columns: readonly Column[]) =>
  columns.map(([name]) => name).join(", ");

const stagingSql = (table: string, columns: readonly Column[]) =>
  `CREATE TEMP TABLE IF NOT EXISTS ${table} (${columns
    .map(([name, type]) => `${name} ${type}`)
    .join(", ")}) ON COMMIT DELETE ROWS`;

/** The statement that moves staged rows into both tables, skipping the ones already there. */
export function moveSql(version: VersionNames): string {
  const { schema, inputs, outputs } = version.tables;
  const move = (table: string, stage: string, columns: readonly Column[]) =>
    `INSERT INTO ${qualified(schema, table)} (${names(columns)})
     SELECT ${names(columns)} FROM ${stage} ON CONFLICT (request_id, item) DO NOTHING`;
  return `${move(inputs, STAGE_INPUTS, INPUT_COLUMNS)};
    ${move(outputs, STAGE_OUTPUTS, OUTPUT_COLUMNS)}`;
}

/** See the module comment. */
export class PostgresSink {
  private readonly move: string;
  private readonly copyInputs: string;
  private readonly copyOutputs: string;
  private readonly staged = new WeakSet<pg.PoolClient>();
  private tablesReady = false;

  constructor(private readonly options: SinkOptions) {
    const { schema, inputs, outputs } = options.names.tables;
    this.move = `${moveSql(options.names)}; COMMIT`;
    this.copyInputs = `COPY ${qualified(schema, inputs)} (${names(INPUT_COLUMNS)}) FROM STDIN`;
    this.copyOutputs = `COPY ${qualified(schema, outputs)} (${names(OUTPUT_COLUMNS)}) FROM STDIN`;
  }

  /** Creates the schema and the version's tables (again after they went missing). */
  private async prepare(): Promise<void> {
    await migrate(this.options.pool);
    await ensurePredictionTables(this.options.pool, this.options.names);
    this.tablesReady = true;
  }

  /** Writes the records' rows; rejects on any failure (nothing is then committed). */
  async write(payloads: readonly Payload[], mode: WriteMode): Promise<void> {
    if (!this.tablesReady) await this.prepare();
    try {
      await this.attempt(payloads, mode);
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (MISSING.has(code)) this.tablesReady = false;
      if (mode === "fresh" && code === UNIQUE_VIOLATION)
        return this.attempt(payloads, "idempotent");
      throw error;
    }
  }

  private async attempt(
    payloads: readonly Payload[],
    mode: WriteMode,
  ): Promise<void> {
    const client = await this.options.pool.connect();
    // A connection lost while checked out (the server restarting between two statements) is
    // reported as an 'error' event: unheard, it would crash the process. The next statement fails.
    const lost = () => undefined;
    client.on("error", lost);
    let timer: NodeJS.Timeout | undefined;
    const work = this.transaction(client, payloads, mode);
    const timeout = new Promise<never>((_, reject) => {
      const ms = this.options.writeTimeoutMs;
      timer = setTimeout(
        () => reject(new Error(`writing the batch took longer than ${ms} ms`)),
        ms,
      );
    });
    try {
      await Promise.race([work, timeout]);
      client.release();
    } catch (error) {
      work.catch(() => undefined); // a late failure of the abandoned batch is expected
      // Never reuse a connection that may be mid-transaction or mid-COPY.
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw error;
    } finally {
      clearTimeout(timer);
      client.off("error", lost);
    }
  }

  private async transaction(
    client: pg.PoolClient,
    payloads: readonly Payload[],
    mode: WriteMode,
  ): Promise<void> {
    const staging = mode === "idempotent";
    if (staging && !this.staged.has(client)) {
      await client.query(stagingSql(STAGE_INPUTS, INPUT_COLUMNS));
      await client.query(stagingSql(STAGE_OUTPUTS, OUTPUT_COLUMNS));
      this.staged.add(client);
    }
    await client.query("BEGIN");
    const inputs = payloads.map((p) => p.inputs);
    const outputs = payloads.map((p) => p.outputs);
    await copy(
      client,
      staging ? `COPY ${STAGE_INPUTS} FROM STDIN` : this.copyInputs,
      inputs,
    );
    await copy(
      client,
      staging ? `COPY ${STAGE_OUTPUTS} FROM STDIN` : this.copyOutputs,
      outputs,
    );
    await client.query(staging ? this.move : "COMMIT");
  }
}

async function copy(
  client: pg.PoolClient,
  sql: string,
  chunks: readonly Buffer[],
): Promise<void> {
  const stream = client.query(copyFrom(sql));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  stream.end(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
  await done;
}
