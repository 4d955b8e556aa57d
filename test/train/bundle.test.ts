import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, runBundle } from "../helpers/run-bundle.js";

const EXAMPLE_TRAIN = path.join(ROOT, "example-app/src/model/train.ts");
const WRITE_METRICS = `node -e 'require("fs").writeFileSync("out/metrics.json", JSON.stringify({accuracy: 0.9, per_class: {setosa: {f1: 1}}}))'`;

describe("train bundle, run as the runner does", () => {
  it("runs a shell command in working-directory and sets the outputs", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "train-bundle-"));
    const run = await runBundle("train", {
      inputs: {
        command: `mkdir -p out && ${WRITE_METRICS}`,
        "working-directory": dir,
        "metrics-file": "out/metrics.json",
        "timeout-minutes": "2",
      },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.metrics ?? "")).toEqual({
      accuracy: 0.9,
      "per_class.setosa.f1": 1,
    });
    expect(run.outputs["metrics-file"]).toBe(
      path.join(dir, "out/metrics.json"),
    );
    expect(Number(run.outputs["duration-seconds"])).toBeGreaterThan(0);
    expect(run.summary).toContain("| `per_class.setosa.f1` | 1 |");
  });

  // Exit 1: the stage failed (the command itself); exit 2: a usage or configuration error,
  // which includes a metrics file that is missing or not made of numbers.
  it.each([
    [{ command: "exit 7" }, 1, /training command exited with code 7/],
    [
      { command: "true", "timeout-minutes": "0" },
      2,
      /"timeout-minutes" must be at least/,
    ],
    [
      { command: "true", "timeout-minutes": "soon" },
      2,
      /must be a number, got "soon"/,
    ],
    [{ command: "true" }, 2, /metrics\.json" does not exist/],
    [
      { command: `echo '{"a": {"b": null}}' > metrics.json` },
      2,
      /key "a\.b" must be a number, got null/,
    ],
    [
      { command: "sleep 30", "timeout-minutes": "0.02" },
      1,
      /"sleep 30" timed out after 1 s/,
    ],
  ])("fails clearly for %p (exit %i)", async (inputs, code, message) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "train-bundle-"));
    const run = await runBundle("train", {
      inputs: { "working-directory": dir, ...inputs },
    });
    expect(run.code).toBe(code);
    expect(run.stdout).toMatch(/::error::train failed: /);
    expect(run.stdout).toMatch(message);
  });

  (existsSync(EXAMPLE_TRAIN) ? it : it.skip)(
    "trains the real example model and sets metrics",
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "train-example-"));
      const run = await runBundle("train", {
        inputs: {
          command: `npx tsx example-app/src/model/train.ts --out-dir ${dir} --metrics ${dir}/metrics.json`,
          "metrics-file": `${dir}/metrics.json`,
        },
        timeoutMs: 180_000,
      });
      expect(run.code).toBe(0);
      const metrics = JSON.parse(run.outputs.metrics ?? "{}");
      expect(metrics.accuracy).toBeGreaterThan(0.8);
      expect(metrics).toHaveProperty(["per_class.setosa.f1"]);
      expect(metrics).toHaveProperty(["rows.test"]);
      expect(existsSync(path.join(dir, "model.json"))).toBe(true);
      const file = JSON.parse(readFileSync(`${dir}/metrics.json`, "utf8"));
      expect(file.accuracy).toBe(metrics.accuracy);
    },
    200_000,
  );
});
