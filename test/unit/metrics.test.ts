import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  formatNumber,
  metricsTable,
  parseMetrics,
  readMetricsFile,
} from "../../actions/lib/metrics-file.js";

describe("parseMetrics", () => {
  it.each([
    [
      "flat",
      '{"accuracy": 0.9, "loss": 0.1}',
      [
        ["accuracy", 0.9],
        ["loss", 0.1],
      ],
    ],
    [
      "nested, in file order",
      '{"b": 1, "per_class": {"setosa": {"f1": 1, "support": 10}}, "a": -2.5e-3}',
      [
        ["b", 1],
        ["per_class.setosa.f1", 1],
        ["per_class.setosa.support", 10],
        ["a", -0.0025],
      ],
    ],
    [
      "keys that already hold dots",
      '{"a.b": 1, "c": {"d.e": 2}}',
      [
        ["a.b", 1],
        ["c.d.e", 2],
      ],
    ],
    [
      "a string value that says NaN is not touched in keys",
      '{"NaN": 3}',
      [["NaN", 3]],
    ],
    ["unicode keys", '{"précision": 0.5}', [["précision", 0.5]]],
  ])("accepts %s", (_name, text, expected) => {
    expect([...parseMetrics(text, "m.json")]).toEqual(expected);
  });

  it.each([
    ["not JSON", "{accuracy: 0.9}", /m\.json: not valid JSON/],
    ["empty file", "", /m\.json: not valid JSON/],
    ["an array", "[1, 2]", /must be a JSON object of numbers, got an array/],
    ["a number", "0.9", /must be a JSON object of numbers, got number 0.9/],
    ["null", "null", /got null/],
    ["an empty object", "{}", /m\.json: the metrics object is empty/],
    [
      "a string leaf",
      '{"a": {"b": "0.9"}}',
      /key "a\.b" must be a number, got the string "0\.9"/,
    ],
    [
      "a null leaf",
      '{"a": {"b": null}}',
      /key "a\.b" must be a number, got null/,
    ],
    [
      "an array leaf",
      '{"scores": [1, 2]}',
      /key "scores" must be a number, got an array/,
    ],
    [
      "a boolean leaf",
      '{"ok": true}',
      /key "ok" must be a number, got boolean true/,
    ],
    [
      "NaN (as Python writes it)",
      '{"a": {"loss": NaN}}',
      /key "a\.loss" must be a number, got NaN/,
    ],
    ["Infinity", '{"x": Infinity}', /key "x" must be a number, got Infinity/],
    [
      "-Infinity",
      '{"x": -Infinity}',
      /key "x" must be a number, got -Infinity/,
    ],
    ["an empty nested object", '{"a": {}}', /key "a" is an empty object/],
    ["an empty key", '{"a": {"": 1}}', /key "a\." has an empty name/],
    [
      "a key given twice via dots",
      '{"a.b": 1, "a": {"b": 2}}',
      /key "a\.b" is given twice/,
    ],
  ])("rejects %s, naming the file and key", (_name, text, message) => {
    const run = () => parseMetrics(text, "m.json");
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
  });
});

describe("readMetricsFile", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "metrics-"));

  it("reads a file", async () => {
    const file = path.join(dir, "ok.json");
    writeFileSync(file, JSON.stringify({ accuracy: 0.95, rows: { test: 30 } }));
    expect([...(await readMetricsFile(file))]).toEqual([
      ["accuracy", 0.95],
      ["rows.test", 30],
    ]);
  });

  it("names a missing file", async () => {
    const file = path.join(dir, "missing.json");
    await expect(readMetricsFile(file)).rejects.toThrow(
      `metrics file "${file}" does not exist`,
    );
  });

  it("names the file and key of a bad leaf", async () => {
    const file = path.join(dir, "bad.json");
    writeFileSync(file, '{"per_class": {"setosa": {"f1": "high"}}}');
    await expect(readMetricsFile(file)).rejects.toThrow(
      `metrics file "${file}": key "per_class.setosa.f1" must be a number`,
    );
  });

  it("names a directory given as the file", async () => {
    await expect(readMetricsFile(dir)).rejects.toThrow(/is not a file/);
  });
});

describe("formatNumber", () => {
  it.each([
    [1, "1"],
    [0, "0"],
    [-3, "-3"],
    [0.9333333, "0.9333"],
    [0.000123456, "0.0001235"],
    [123.456, "123.5"],
    [1234.56, "1234.6"],
    [-0.0333333, "-0.03333"],
  ])("%p → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("renders a table", () => {
    expect(metricsTable(new Map([["a.b", 0.5]]))).toBe(
      "| Metric | Value |\n| --- | ---: |\n| `a.b` | 0.5 |",
    );
  });
});
