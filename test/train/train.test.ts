import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { CommandTimeoutError, nodeRunner } from "../../actions/lib/exec.js";
import { inputsFor } from "../helpers/inputs.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { train } from "../../actions/lib/train/core.js";
import {
  readTrainInputs as readInputs,
  TRAIN_INPUTS,
} from "../../actions/lib/train/inputs.js";
import { trainSummary } from "../../actions/lib/train/summary.js";

function workdir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "train-"));
}

const run = (dir: string, command: string, extra: object = {}) =>
  train({
    command,
    workingDirectory: ".",
    metricsFile: "metrics.json",
    runner: nodeRunner,
    logger: memoryLogger(),
    cwd: dir,
    ...extra,
  });

describe("train (real bash, real files)", () => {
  it("runs a shell command line and reads nested metrics from the working directory", async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, "model"));
    const result = await run(
      dir,
      `echo training && printf '%s' '{"accuracy": 0.9, "per_class": {"a": {"f1": 0.8}}}' > out/m.json`,
      { workingDirectory: "model", metricsFile: "out/m.json" },
    ).catch((e: Error) => e);
    // `out/` does not exist: bash fails, and the error quotes the command and exit code.
    expect(result).toBeInstanceOf(Error);
    expect(String(result)).toMatch(/training command exited with code 1/);

    mkdirSync(path.join(dir, "model", "out"));
    const ok = await run(
      dir,
      `echo training && printf '%s' '{"accuracy": 0.9, "per_class": {"a": {"f1": 0.8}}}' > out/m.json`,
      { workingDirectory: "model", metricsFile: "out/m.json" },
    );
    expect(ok.metricsFile).toBe(path.join(dir, "model", "out", "m.json"));
    expect([...ok.metrics]).toEqual([
      ["accuracy", 0.9],
      ["per_class.a.f1", 0.8],
    ]);
    expect(ok.durationSeconds).toBeGreaterThanOrEqual(0);
    const summary = trainSummary(ok, "python train.py");
    expect(summary).toContain("| `per_class.a.f1` | 0.8 |");
    expect(summary).toContain("```sh\npython train.py\n```");
  });

  it("measures duration with the injected clock", async () => {
    const dir = workdir();
    let t = 1_000;
    const result = await run(dir, `echo '{"a": 1}' > metrics.json`, {
      now: () => (t += 2_345),
    });
    expect(result.durationSeconds).toBe(2.3);
  });

  it("fails with the exit code of the command", async () => {
    await expect(run(workdir(), "exit 3")).rejects.toThrow(
      'training command exited with code 3: "exit 3"',
    );
  });

  it("times out, naming the user's command", async () => {
    const error = await run(workdir(), "sleep 20", {
      timeoutMinutes: 0.01,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandTimeoutError);
    expect(String(error)).toMatch(/"sleep 20" timed out after 1 s/);
  });

  it("names a metrics file the command did not write", async () => {
    const dir = workdir();
    await expect(run(dir, "true")).rejects.toThrow(
      `metrics file "${path.join(dir, "metrics.json")}" does not exist`,
    );
  });

  it("names the file and key of a non-numeric metric", async () => {
    const dir = workdir();
    await expect(
      run(dir, `echo '{"scores": {"f1": "n/a"}}' > metrics.json`),
    ).rejects.toThrow(/metrics\.json": key "scores\.f1" must be a number/);
  });

  it("warns when the command left an old metrics file untouched", async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "metrics.json"), '{"a": 1}');
    const logger = memoryLogger();
    await run(dir, "true", { logger });
    expect(logger.text()).toMatch(/was not rewritten by the command/);
  });

  it("rejects a missing working directory before running anything", async () => {
    const dir = workdir();
    await expect(
      run(dir, "touch ran", { workingDirectory: "nope" }),
    ).rejects.toThrow(ConfigurationError);
  });
});

describe("train inputs", () => {
  it("applies the defaults", () => {
    expect(
      readInputs(inputsFor(TRAIN_INPUTS, { command: "make train" })),
    ).toEqual({
      command: "make train",
      workingDirectory: ".",
      metricsFile: "metrics.json",
      timeoutMinutes: undefined,
    });
  });

  it.each([
    [{}, /input "command" \(or "train.command" in modelship.yml\) is required/],
    [
      { command: "x", "timeout-minutes": "abc" },
      /"timeout-minutes" must be a number, got "abc"/,
    ],
    [{ command: "x", "timeout-minutes": "NaN" }, /must be a number, got "NaN"/],
    [{ command: "x", "timeout-minutes": "0" }, /must be at least/],
    [{ command: "x", "timeout-minutes": "-5" }, /must be at least/],
  ])("rejects %p", (inputs, message) => {
    expect(() => readInputs(inputsFor(TRAIN_INPUTS, inputs))).toThrow(message);
  });

  it("accepts a fractional timeout", () => {
    const inputs = readInputs(
      inputsFor(TRAIN_INPUTS, { command: "x", "timeout-minutes": "1.5" }),
    );
    expect(inputs.timeoutMinutes).toBe(1.5);
  });
});
