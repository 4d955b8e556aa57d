// What the batch E2E tests share: the example's smoke cases as CSV files with the labels each row
// must get, and the labels read back from a scored output.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./run-bundle.js";

interface SmokeCase {
  input: Record<string, number>;
  label: string;
}

const CASES = JSON.parse(
  readFileSync(path.join(ROOT, "example-app/smoke-cases.json"), "utf8"),
) as SmokeCase[];
const COLUMNS = ["sepal_length", "sepal_width", "petal_length", "petal_width"];

/** The example's smoke cases, repeated to `rows` rows, as CSV; with the label each row must get. */
export function casesCsv(rows: number): { text: string; labels: string[] } {
  const picked = Array.from(
    { length: rows },
    (_, i) => CASES[i % CASES.length] as SmokeCase,
  );
  const lines = picked.map((c) =>
    COLUMNS.map((name) => c.input[name]).join(","),
  );
  return {
    text: `${COLUMNS.join(",")}\n${lines.join("\n")}\n`,
    labels: picked.map((c) => c.label),
  };
}

/** The `predicted_label` column of a scored CSV, row by row. */
export function csvLabels(text: string): string[] {
  const [header, ...lines] = text.trim().split("\n");
  const at = (header as string).split(",").indexOf("predicted_label");
  return lines.map((line) => line.split(",")[at] as string);
}
