import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadModel } from "../../example-app/src/model/model.js";

// The CLI as a user runs it (`npx tsx example-app/src/model/train.ts`), in a child process whose
// working directory is a scratch dir, so relative flags and the metrics default resolve there.
const repo = resolve(import.meta.dirname, "..", "..");
const tsx = join(repo, "node_modules", ".bin", "tsx");
const trainScript = join(repo, "example-app", "src", "model", "train.ts");

function runTrain(args: string[], cwd: string) {
  const result = spawnSync(tsx, [trainScript, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const config = {
  seed: 42,
  test_fraction: 0.3,
  model: "random_forest",
  n_estimators: 25,
  max_depth: 4,
  max_features: 0.75,
};

describe("train CLI", () => {
  it("writes <out-dir>/model.json and the metrics file, and prints a summary", () => {
    const cwd = mkdtempSync(join(tmpdir(), "train-cli-"));
    writeFileSync(join(cwd, "cfg.json"), JSON.stringify(config));
    const run = runTrain(["--config", "cfg.json", "--out-dir", "out"], cwd);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/trained on 105 rows, tested on 45/);
    expect(run.stdout).toMatch(
      /accuracy 0\.\d{4} {2}macro F1 0\.\d{4} {2}log loss \d\.\d{4}/,
    );
    expect(run.stdout).toContain(`wrote ${join(cwd, "out", "model.json")}`);

    const metrics = JSON.parse(readFileSync(join(cwd, "metrics.json"), "utf8"));
    expect(metrics).toMatchObject({
      schema_version: 1,
      rows: { train: 105, test: 45, total: 150 },
    });
    expect(Object.keys(metrics.per_class)).toEqual([
      "setosa",
      "versicolor",
      "virginica",
    ]);
    const model = loadModel(join(cwd, "out", "model.json"));
    expect(model.predict([[5.1, 3.5, 1.4, 0.2]])[0]!.label).toBe("setosa");

    // A second run into another place gives the same bytes and the same metrics.
    const again = runTrain(
      ["--config", "cfg.json", "--out-dir", "out2", "--metrics", "m2.json"],
      cwd,
    );
    expect(again.code).toBe(0);
    expect(readFileSync(join(cwd, "out2", "model.json"), "utf8")).toBe(
      readFileSync(join(cwd, "out", "model.json"), "utf8"),
    );
    const m2 = JSON.parse(readFileSync(join(cwd, "m2.json"), "utf8"));
    expect({ ...m2, training_time_ms: 0 }).toEqual({
      ...metrics,
      training_time_ms: 0,
    });
  });

  it.each([
    [
      "a bad value",
      { ...config, max_depth: 0 },
      /^train: .*cfg\.json: "max_depth" is 0: it must be an integer from 1 to 32\n$/,
    ],
    ["an unknown key", { ...config, trees: 3 }, /unknown key "trees"/],
  ])("exits 1 on %s without writing files", (_name, cfg, message) => {
    const cwd = mkdtempSync(join(tmpdir(), "train-cli-bad-"));
    writeFileSync(join(cwd, "cfg.json"), JSON.stringify(cfg));
    const run = runTrain(["--config", "cfg.json", "--out-dir", "out"], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
    expect(existsSync(join(cwd, "out"))).toBe(false);
    expect(existsSync(join(cwd, "metrics.json"))).toBe(false);
  });

  it.each([
    [
      "an unknown flag",
      ["--bogus"],
      /train: Unknown option '--bogus'[\s\S]*usage: train/,
    ],
    [
      "a missing config file",
      ["--config", "nope.json"],
      /train: cannot read config file .*nope\.json/,
    ],
  ])("exits 1 on %s", (_name, args, message) => {
    const cwd = mkdtempSync(join(tmpdir(), "train-cli-bad-"));
    const run = runTrain(args, cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});
