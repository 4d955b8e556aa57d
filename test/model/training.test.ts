import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RandomForestClassifier } from "ml-random-forest";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { parseArtifact } from "../../example-app/src/model/artifact.js";
import {
  defaultConfigPath,
  loadModelConfig,
  type ModelConfig,
} from "../../example-app/src/model/config.js";
import {
  defaultDataPath,
  loadDataset,
} from "../../example-app/src/model/dataset.js";
import {
  FEATURES,
  defaultModelPath,
  loadModel,
} from "../../example-app/src/model/model.js";
import { evaluate, round6 } from "../../example-app/src/model/metrics.js";
import { stratifiedSplit } from "../../example-app/src/model/split.js";
import {
  runTraining,
  type TrainingResult,
} from "../../example-app/src/model/pipeline.js";

const dir = mkdtempSync(join(tmpdir(), "model-training-"));
const config = loadModelConfig(defaultConfigPath());
const train = (c: ModelConfig): TrainingResult =>
  runTraining({ config: c, dataFile: defaultDataPath() });
const withoutTime = ({
  training_time_ms: _,
  ...rest
}: TrainingResult["metrics"]) => rest;

const first = train(config);
const modelFile = join(dir, "model.json");
writeFileSync(modelFile, first.artifactText);

describe("training", () => {
  it("is deterministic: identical artifact bytes and metrics except the time", () => {
    const second = train(config);
    expect(second.artifactText).toBe(first.artifactText);
    expect(withoutTime(second.metrics)).toEqual(withoutTime(first.metrics));
  });

  it("changes with the seed", () => {
    expect(train({ ...config, seed: 7 }).artifactText).not.toBe(
      first.artifactText,
    );
  });

  it("scores the default config well on the stratified 30% test set", () => {
    const m = first.metrics;
    expect(m.rows).toEqual({ train: 105, test: 45, total: 150 });
    expect(Object.values(m.per_class).map((c) => c.support)).toEqual([
      15, 15, 15,
    ]);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(m.macro_f1).toBeGreaterThanOrEqual(0.93);
    expect(m.log_loss).toBeLessThan(0.2);
    expect(m.training_time_ms).toBeGreaterThanOrEqual(0);
  });

  it("gives clearly worse metrics for a one-stump forest (the failing-gate demo)", () => {
    const worse = train({ ...config, n_estimators: 1, max_depth: 1 }).metrics;
    expect(first.metrics.accuracy - worse.accuracy).toBeGreaterThan(0.2);
    expect(first.metrics.macro_f1 - worse.macro_f1).toBeGreaterThan(0.3);
    expect(worse.log_loss - first.metrics.log_loss).toBeGreaterThan(0.2);
  });

  it("writes a self-contained artifact with no timestamps", () => {
    const artifact = parseArtifact(first.artifactText, "artifact");
    expect(artifact.features).toEqual([...FEATURES]);
    expect(artifact.labels).toEqual(["setosa", "versicolor", "virginica"]);
    expect(artifact.config).toEqual(config);
    expect(artifact.training.rows).toBe(105);
    expect(artifact.training.data_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.artifactText).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });
});

describe("loadModel / predict", () => {
  const model = loadModel(modelFile);
  const data = loadDataset(defaultDataPath());

  it("returns a probability for every label, summing to 1, and the most probable label", () => {
    const predictions = model.predict(data.x);
    expect(predictions).toHaveLength(150);
    for (const p of predictions) {
      expect(Object.keys(p.probabilities)).toEqual([...model.labels]);
      const values = Object.values(p.probabilities);
      expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
      expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(p.probabilities[p.label]).toBe(Math.max(...values));
    }
    const correct = predictions.filter(
      (p, i) => p.label === model.labels[data.y[i]!],
    ).length;
    expect(correct / 150).toBeGreaterThan(0.95);
  });

  it("reproduces the metrics the training run reported", () => {
    // Same artifact, same seeded split: the served model is exactly the evaluated one.
    const split = stratifiedSplit(data.y, config.test_fraction, config.seed);
    const probabilities = model
      .predict(split.test.map((i) => data.x[i]!))
      .map((p) => model.labels.map((l) => p.probabilities[l]!));
    const e = evaluate(
      split.test.map((i) => data.y[i]!),
      probabilities,
      model.labels,
    );
    expect(round6(e.accuracy)).toBe(first.metrics.accuracy);
    expect(round6(e.log_loss)).toBe(first.metrics.log_loss);
  });

  it("matches a soft vote over the library's own tree classification", () => {
    // Reference: ml-cart's recursive classify on each tree's feature subset, leaf
    // distributions averaged. The flattened trees in forest.ts must agree to the last bit.
    const forest = RandomForestClassifier.load(
      parseArtifact(first.artifactText, "a").forest as never,
    ) as unknown as {
      indexes: number[][];
      estimators: {
        root: {
          classify(row: number[]): {
            columns: number;
            get(r: number, c: number): number;
          };
        };
      }[];
    };
    const reference = (row: number[]) => {
      const sums = [0, 0, 0];
      forest.estimators.forEach((tree, t) => {
        const leaf = tree.root.classify(forest.indexes[t]!.map((c) => row[c]!));
        for (let c = 0; c < leaf.columns; c++)
          sums[c] = sums[c]! + leaf.get(0, c);
      });
      const total = sums.reduce((s, v) => s + v, 0);
      return sums.map((v) => v / total);
    };
    const predictions = model.predict(data.x);
    data.x.forEach((row, i) => {
      expect(model.labels.map((l) => predictions[i]!.probabilities[l])).toEqual(
        reference(row),
      );
    });
  });

  it("predicts every smoke case correctly", () => {
    const cases = JSON.parse(
      readFileSync(join(defaultConfigPath(), "..", "smoke-cases.json"), "utf8"),
    ) as {
      name: string;
      input: Record<string, number>;
      label: string;
    }[];
    expect(cases).toHaveLength(9);
    for (const label of model.labels)
      expect(cases.filter((c) => c.label === label)).toHaveLength(3);
    for (const c of cases) {
      expect(Object.keys(c.input)).toEqual([...FEATURES]);
      const [p] = model.predict([FEATURES.map((f) => c.input[f]!)]);
      expect({ name: c.name, label: p!.label }).toEqual({
        name: c.name,
        label: c.label,
      });
      expect(p!.probabilities[c.label]).toBeGreaterThan(0.7);
    }
  });

  it("is fast enough to call per request (10,000 rows well under a second)", () => {
    model.predict(data.x); // warm up
    const rows = Array.from({ length: 10_000 }, (_, i) => data.x[i % 150]!);
    const started = performance.now();
    model.predict(rows);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ["too few values", [[5.1, 3.5, 1.4]]],
    ["a string", [[5.1, "3.5", 1.4, 0.2]]],
    ["NaN", [[5.1, Number.NaN, 1.4, 0.2]]],
    ["Infinity", [[5.1, 3.5, Number.POSITIVE_INFINITY, 0.2]]],
  ])("rejects a row with %s", (_name, rows) => {
    expect(() => model.predict(rows as number[][])).toThrow(
      /row 0 must be 4 finite numbers/,
    );
  });

  it("defaults to example-app/model/model.json", () => {
    expect(defaultModelPath()).toBe(
      join(defaultConfigPath(), "..", "model", "model.json"),
    );
  });

  it.each([
    ["not JSON", "{", "model artifact is not valid JSON"],
    [
      "another JSON file",
      '{"accuracy": 1}',
      'not a model artifact: "format" must be "modelship-example-model"',
    ],
    [
      "a newer format",
      '{"format":"modelship-example-model","format_version":2}',
      "format_version is 2",
    ],
    [
      "no labels",
      '{"format":"modelship-example-model","format_version":1,"features":["a"],"labels":[]}',
      "non-empty",
    ],
    [
      "no forest",
      '{"format":"modelship-example-model","format_version":1,"features":["a"],"labels":["b"]}',
      '"forest" is not',
    ],
  ])("rejects an artifact that is %s", (_name, text, message) => {
    const file = join(dir, "bad.json");
    writeFileSync(file, text);
    expect(() => loadModel(file)).toThrow(ConfigurationError);
    expect(() => loadModel(file)).toThrow(message);
  });

  it("names a missing artifact and how to make it", () => {
    expect(() => loadModel(join(dir, "missing.json"))).toThrow(
      /cannot read model artifact .*missing\.json.*train\.ts/,
    );
  });
});
