import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ConfigurationError } from "../../../actions/lib/errors.js";

/** The model's input features, in the column order the model expects. */
export const FEATURES: readonly string[] = Object.freeze([
  "sepal_length",
  "sepal_width",
  "petal_length",
  "petal_width",
]);

/** The classes the model predicts; a label's index here is its numeric class in the forest. */
export const LABELS: readonly string[] = Object.freeze([
  "setosa",
  "versicolor",
  "virginica",
]);

/** The name of the label column in the CSV. */
export const LABEL_COLUMN = "species";

/** A labelled data set: `x[i]` are the features of row i (FEATURES order), `y[i]` its class index. */
export interface Dataset {
  x: number[][];
  y: number[];
}

/** The iris CSV shipped with the example app (absolute path). */
export function defaultDataPath(): string {
  return fileURLToPath(new URL("../../data/iris.csv", import.meta.url));
}

/**
 * Parses the iris CSV. The header must be exactly FEATURES then `species`; every row needs four
 * finite numbers and a known label. Errors name the source and line, so a bad edit to the data is
 * found at once rather than as a strange metric.
 */
export function parseIrisCsv(text: string, source: string): Dataset {
  const lines = text.split(/\r?\n/);
  const expected = [...FEATURES, LABEL_COLUMN].join(",");
  const header = (lines[0] ?? "").trim();
  if (header !== expected)
    throw new ConfigurationError(
      `${source}:1: header is "${header}": it must be "${expected}"`,
    );
  const data: Dataset = { x: [], y: [] };
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const row = parseRow(line, `${source}:${i + 2}`);
    data.x.push(row.features);
    data.y.push(row.label);
  });
  if (data.y.length === 0)
    throw new ConfigurationError(`${source}: no data rows after the header`);
  for (const [index, label] of LABELS.entries()) {
    if (!data.y.includes(index))
      throw new ConfigurationError(
        `${source}: no rows of class "${label}": every class in ${LABELS.join(", ")} needs rows`,
      );
  }
  return data;
}

function parseRow(
  line: string,
  where: string,
): { features: number[]; label: number } {
  const cells = line.split(",").map((cell) => cell.trim());
  if (cells.length !== FEATURES.length + 1)
    throw new ConfigurationError(
      `${where}: has ${cells.length} columns: expected ${FEATURES.length + 1}`,
    );
  const features = FEATURES.map((name, column) => {
    const cell = cells[column] ?? "";
    const value = Number(cell);
    if (cell === "" || !Number.isFinite(value))
      throw new ConfigurationError(
        `${where}: ${name} is "${cell}": it must be a finite number`,
      );
    return value;
  });
  const labelText = cells[FEATURES.length] ?? "";
  const label = LABELS.indexOf(labelText);
  if (label < 0)
    throw new ConfigurationError(
      `${where}: ${LABEL_COLUMN} is "${labelText}": it must be one of ${LABELS.join(", ")}`,
    );
  return { features, label };
}

/** Reads and parses a CSV file; a missing file is a ConfigurationError naming the path. */
export function loadDataset(file: string): Dataset {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigurationError(
      `cannot read data file ${file}: ${(error as Error).message}`,
    );
  }
  return parseIrisCsv(text, file);
}
