/**
 * Writes scored rows to a local file in the input's format, batch by batch, and fsyncs it when
 * done: the worker publishes (renames or uploads) only a finished, durable file.
 *
 * - JSON Lines: `{"row": n, "input": {...}, "prediction": {...}}` per line.
 * - CSV and Parquet: `row`, the input's columns, then `predicted_label`, `predicted_value`,
 *   `probability_<class>` and `predicted_output` (JSON), those the first batch's predictions use.
 */
import { open, type FileHandle } from "node:fs/promises";
import {
  fileWriter,
  ParquetWriter,
  schemaFromColumnData,
} from "hyparquet-writer";
import type { BatchFormat } from "./formats.js";
import type { Prediction } from "./predict.js";
import type { BatchRecord } from "./read.js";

/** One input row and its prediction. */
export interface ScoredRow {
  row: number;
  input: BatchRecord;
  prediction: Prediction;
}

/** An output file being written. */
export interface OutputFile {
  write(rows: readonly ScoredRow[]): Promise<void>;
  /** Writes what is buffered, then flushes the file to disk. */
  finish(): Promise<void>;
  /** Closes the file unfinished (scoring failed; the caller deletes it). */
  discard(): Promise<void>;
}

/** The flat columns of CSV and Parquet, fixed by the first batch. */
export interface FlatColumns {
  inputs: string[];
  label: boolean;
  value: boolean;
  classes: string[];
  output: boolean;
}

/** The columns the first batch calls for. */
export function flatColumns(rows: readonly ScoredRow[]): FlatColumns {
  const inputs = Object.keys(rows[0]?.input ?? {});
  const classes = new Set<string>();
  const columns = {
    inputs,
    label: false,
    value: false,
    classes: [] as string[],
    output: false,
  };
  for (const { prediction } of rows) {
    columns.label ||= prediction.label !== undefined;
    columns.value ||= prediction.value !== undefined;
    columns.output ||= prediction.output !== undefined;
    for (const name of Object.keys(prediction.probabilities ?? {}))
      classes.add(name);
  }
  columns.classes = [...classes];
  return columns;
}

/** The header names of the flat columns. */
export function flatHeader(columns: FlatColumns): string[] {
  return [
    "row",
    ...columns.inputs,
    ...(columns.label ? ["predicted_label"] : []),
    ...(columns.value ? ["predicted_value"] : []),
    ...columns.classes.map((name) => `probability_${name}`),
    ...(columns.output ? ["predicted_output"] : []),
  ];
}

/** One row's values under flatHeader, in order. */
export function flatValues(columns: FlatColumns, scored: ScoredRow): unknown[] {
  const { prediction } = scored;
  return [
    scored.row,
    ...columns.inputs.map((name) => scored.input[name] ?? null),
    ...(columns.label ? [prediction.label ?? null] : []),
    ...(columns.value ? [prediction.value ?? null] : []),
    ...columns.classes.map((name) => prediction.probabilities?.[name] ?? null),
    ...(columns.output
      ? [
          prediction.output === undefined
            ? null
            : JSON.stringify(prediction.output),
        ]
      : []),
  ];
}

/** A CSV cell: quoted when it holds a comma, quote or line break; null is empty. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

class TextOutput implements OutputFile {
  private columns?: FlatColumns;

  constructor(
    private readonly handle: FileHandle,
    private readonly format: "csv" | "jsonl",
  ) {}

  async write(rows: readonly ScoredRow[]): Promise<void> {
    let text = "";
    if (this.format === "jsonl") {
      for (const { row, input, prediction } of rows)
        text += `${JSON.stringify({ row, input, prediction })}\n`;
    } else {
      if (!this.columns) {
        this.columns = flatColumns(rows);
        text += `${flatHeader(this.columns).map(csvCell).join(",")}\n`;
      }
      for (const scored of rows)
        text += `${flatValues(this.columns, scored).map(csvCell).join(",")}\n`;
    }
    await this.handle.write(text);
  }

  async finish(): Promise<void> {
    await this.handle.sync();
    await this.handle.close();
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/** Rows per Parquet row group: a reader holds one group at a time. */
export const PARQUET_GROUP_ROWS = 10_000;

class ParquetOutput implements OutputFile {
  private columns?: FlatColumns;
  private writer?: ParquetWriter;
  private pending: ScoredRow[] = [];

  constructor(private readonly file: string) {}

  async write(rows: readonly ScoredRow[]): Promise<void> {
    this.columns ??= flatColumns(rows);
    this.pending.push(...rows);
    if (this.pending.length >= PARQUET_GROUP_ROWS) await this.flush();
  }

  private types?: ("DOUBLE" | "STRING")[];

  /** Column data of the pending rows; each column's type is fixed by the first row group. */
  private columnData() {
    const columns = this.columns as FlatColumns;
    const names = flatHeader(columns);
    const values = this.pending.map((scored) => flatValues(columns, scored));
    const data = names.map((_, index) =>
      values.map((row) => row[index] ?? null),
    );
    this.types ??= data.map((column) =>
      column.every((v) => v === null || typeof v === "number")
        ? "DOUBLE"
        : "STRING",
    );
    const types = this.types;
    return names.map((name, index) => {
      const type = types[index] as "DOUBLE" | "STRING";
      const column = data[index] as unknown[];
      const cast = (v: unknown) =>
        v === null
          ? null
          : type === "DOUBLE"
            ? typeof v === "number"
              ? v
              : null
            : String(v);
      return { name, type, data: column.map(cast) };
    });
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const columnData = this.columnData();
    this.writer ??= new ParquetWriter({
      writer: fileWriter(this.file),
      schema: schemaFromColumnData({ columnData }),
    });
    await this.writer.write({ columnData, rowGroupSize: this.pending.length });
    this.pending = [];
  }

  async discard(): Promise<void> {
    this.pending = [];
  }

  async finish(): Promise<void> {
    await this.flush();
    if (!this.writer) return; // no rows: an empty file, as a CSV with no rows
    await this.writer.finish();
    const handle = await open(this.file, "r+");
    await handle.sync();
    await handle.close();
  }
}

/** Opens `file` (created or emptied) for the format's output. */
export async function openOutput(
  format: BatchFormat,
  file: string,
): Promise<OutputFile> {
  if (format === "parquet") {
    await (await open(file, "w")).close();
    return new ParquetOutput(file);
  }
  return new TextOutput(await open(file, "w"), format);
}
