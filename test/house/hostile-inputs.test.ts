import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  MAX_METRICS_BYTES,
  parseMetrics,
  readMetricsFileSync,
} from "../../actions/lib/metrics-file.js";
import { loadCases } from "../../actions/lib/smoke/cases.js";
import {
  readTrainInputs,
  TRAIN_INPUTS,
} from "../../actions/lib/train/inputs.js";
import { inputsFor } from "../helpers/inputs.js";

// Bad files and values get a clear error that names the input, never a file's contents, and
// never a crash or a stall.

const dir = mkdtempSync(path.join(os.tmpdir(), "hostile-"));
const file = (name: string, text: string) => {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
};
const SECRET = "root:$6$hashhashhash:20229:0:99999:7:::";

describe("hostile files and values", () => {
  it.each([
    ["a metrics file", () => readMetricsFileSync(file("m.json", SECRET))],
    ["a cases file", () => loadCases(file("c.json", SECRET))],
  ])(
    "%s that is not JSON is named, and its contents are not quoted",
    (_what, read) => {
      let message = "";
      try {
        read();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/not valid JSON( \(error at position \d+\))?$/);
      expect(message).not.toContain("root");
      expect(message).not.toContain("hash");
    },
  );

  it("a 10,000-level-deep metrics file names its depth limit, without a stack overflow", () => {
    const deep = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`;
    expect(() => parseMetrics(deep, "metrics file m.json")).toThrow(
      /metrics file m\.json: key "a\.a\.a.*" is nested more than 32 levels deep/,
    );
  });

  it("50 MB of metrics text is refused at once, and a 3 MB string value is not echoed", () => {
    const started = Date.now();
    expect(() =>
      parseMetrics("x".repeat(50 * 1024 * 1024), 'input "metrics"'),
    ).toThrow(/metrics may be at most/);
    expect(Date.now() - started).toBeLessThan(1000);
    const huge = JSON.stringify({ accuracy: "x".repeat(3 * 1024 * 1024) });
    let message = "";
    try {
      parseMetrics(huge, "metrics file m.json");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /key "accuracy" must be a number, got the string "x+…/,
    );
    expect(message.length).toBeLessThan(300);
  });

  it("a metrics file over the size cap is refused before it is read", () => {
    const big = file(
      "big.json",
      `{"a": 1, "pad": "${"x".repeat(MAX_METRICS_BYTES)}"}`,
    );
    const started = Date.now();
    expect(() => readMetricsFileSync(big)).toThrow(
      /a metrics file may be at most/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it.each(["40000", "1e12", "Infinity"])(
    "timeout-minutes %s, past what a Node timer holds, is refused",
    (minutes) => {
      expect(() =>
        readTrainInputs(
          inputsFor(TRAIN_INPUTS, { command: "x", "timeout-minutes": minutes }),
        ),
      ).toThrow(/input "timeout-minutes" must (be at most|be a number)/);
    },
  );
});
