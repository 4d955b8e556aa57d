// The Python fixture's train.py, run with the command its own modelship.yml gives, read by our
// metrics parser and judged by our gate with the fixture's own rules.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  configLookup,
  loadRepositoryConfig,
  type ConfigLookup,
} from "../../actions/lib/config/index.js";
import { evaluateGate } from "../../actions/lib/gate/evaluate.js";
import { parseRules } from "../../actions/lib/gate/rules.js";
import { parseMetrics, type Metrics } from "../../actions/lib/metrics-file.js";
import {
  copyPythonFixture,
  PYTHON_PARAMS,
  describeWithSklearn,
  runShell,
} from "../helpers/python-fixture.js";

describeWithSklearn("python-model train.py", () => {
  let repo: ReturnType<typeof copyPythonFixture>;
  let lookup: ConfigLookup;

  beforeAll(async () => {
    repo = copyPythonFixture();
    lookup = configLookup(
      (await loadRepositoryConfig({ cwd: repo.dir })).config,
    );
  });
  afterAll(() => repo.remove());

  /** Trains with `params` into runs/<name> and returns the metrics as our parser reads them. */
  function train(name: string, params: object): Metrics {
    writeFileSync(path.join(repo.dir, "params.json"), JSON.stringify(params));
    const runDir = path.join(repo.dir, "runs", name);
    const result = runShell(lookup("train.command") as string, repo.dir, {
      MODELSHIP_RUN_DIR: runDir,
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 0,
      stderr: "",
    });
    expect(existsSync(path.join(runDir, "model.pkl"))).toBe(true);
    const file = path.join(runDir, lookup("train.metrics-file") as string);
    return parseMetrics(readFileSync(file, "utf8"), file);
  }

  it("writes DVC-style metrics that our parser reads", () => {
    const metrics = train("v1", PYTHON_PARAMS.v1);
    expect(metrics.get("accuracy")).toBeCloseTo(0.9111, 4);
    expect(metrics.get("log_loss")).toBeCloseTo(0.2093, 4);
    expect(metrics.get("macro_f1")).toBeGreaterThan(0.9);
    expect(metrics.get("per_class.setosa.f1")).toBe(1);
    expect(metrics.get("n_test")).toBe(45);
  });

  it("is deterministic: the same params give the same metrics", () => {
    const first = train("again-1", PYTHON_PARAMS.v1);
    const second = train("again-2", PYTHON_PARAMS.v1);
    expect([...second]).toEqual([...first]);
  });

  it("writes into the current directory without MODELSHIP_RUN_DIR", () => {
    writeFileSync(
      path.join(repo.dir, "params.json"),
      JSON.stringify(PYTHON_PARAMS.v1),
    );
    expect(runShell("python3 train.py", repo.dir).status).toBe(0);
    expect(existsSync(path.join(repo.dir, "metrics.json"))).toBe(true);
    expect(existsSync(path.join(repo.dir, "model.pkl"))).toBe(true);
  });

  it("refuses an unknown hyperparameter, naming it", () => {
    writeFileSync(path.join(repo.dir, "params.json"), '{"n_trees": 5}');
    const result = runShell("python3 train.py", repo.dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("unknown parameter(s) n_trees");
  });

  it("gives a worse version that only the delta rules stop, and a better one that passes", () => {
    const rules = parseRules(lookup("gate.rules") as string);
    const v1 = train("gate-v1", PYTHON_PARAMS.v1);
    const judge = (candidate: Metrics) =>
      evaluateGate({
        candidate,
        baseline: { label: "v1", metrics: v1 },
        rules,
        history: [],
      });
    const worse = judge(train("gate-worse", PYTHON_PARAMS.worse));
    expect(worse.passed).toBe(false);
    expect(worse.failed.map((r) => r.rule.text)).toEqual([
      "accuracy delta >= -0.02",
      "log_loss delta <= 0.05",
    ]);
    const better = judge(train("gate-better", PYTHON_PARAMS.better));
    expect(better.failed).toEqual([]);
    expect(better.passed).toBe(true);
  });
});
