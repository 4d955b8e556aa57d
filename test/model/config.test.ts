import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  defaultConfigPath,
  loadModelConfig,
  parseModelConfig,
} from "../../example-app/src/model/config.js";

const good = {
  seed: 42,
  test_fraction: 0.3,
  model: "random_forest",
  n_estimators: 25,
  max_depth: 4,
  max_features: 0.75,
};

describe("parseModelConfig", () => {
  it("accepts the shipped config", () => {
    expect(loadModelConfig(defaultConfigPath())).toEqual(good);
  });

  it.each([
    ["seed", 0],
    ["seed", 2 ** 31 - 1],
    ["max_features", 0.25],
    ["max_features", 1],
    ["n_estimators", 1],
    ["max_depth", 1],
    ["test_fraction", 0.05],
  ])("accepts %s = %p", (key, value) => {
    expect(
      parseModelConfig({ ...good, [key]: value }, "cfg.json"),
    ).toMatchObject({ [key]: value });
  });

  it.each([
    ["seed", -1, '"seed" is -1: it must be an integer from 0 to 2147483647'],
    ["seed", 1.5, '"seed" is 1.5: it must be an integer'],
    ["seed", 2 ** 31, '"seed" is 2147483648'],
    [
      "test_fraction",
      0,
      '"test_fraction" is 0: it must be a number greater than 0 and less than 1',
    ],
    ["test_fraction", 1, '"test_fraction" is 1'],
    ["test_fraction", "0.3", '"test_fraction" is "0.3": it must be a number'],
    [
      "n_estimators",
      0,
      '"n_estimators" is 0: it must be an integer from 1 to 1000',
    ],
    ["n_estimators", "25", '"n_estimators" is "25"'],
    ["n_estimators", 2.5, '"n_estimators" is 2.5'],
    ["max_depth", 0, '"max_depth" is 0: it must be an integer from 1 to 32'],
    ["max_depth", null, '"max_depth" is null'],
    [
      "max_features",
      0.2,
      '"max_features" is 0.2: it must be a number from 0.25 to 1',
    ],
    ["max_features", 2, '"max_features" is 2'],
    ["model", "svm", '"model" is "svm": it must be "random_forest"'],
  ])("rejects %s = %p", (key, value, message) => {
    const raw = { ...good, [key]: value };
    expect(() => parseModelConfig(raw, "cfg.json")).toThrow(ConfigurationError);
    expect(() => parseModelConfig(raw, "cfg.json")).toThrow(
      `cfg.json: ${message}`,
    );
  });

  it.each([
    [
      "missing key",
      (({ max_depth: _, ...rest }) => rest)(good),
      '"max_depth" is missing',
    ],
    [
      "unknown key",
      { ...good, n_estimator: 3 },
      'unknown key "n_estimator": allowed keys are seed,',
    ],
    ["an array", [good], "must be a JSON object"],
    ["null", null, "must be a JSON object"],
  ])("rejects %s", (_name, raw, message) => {
    expect(() => parseModelConfig(raw, "cfg.json")).toThrow(message);
  });
});

describe("loadModelConfig", () => {
  const dir = mkdtempSync(join(tmpdir(), "model-config-"));

  it("names a missing file", () => {
    const file = join(dir, "nope.json");
    expect(() => loadModelConfig(file)).toThrow(ConfigurationError);
    expect(() => loadModelConfig(file)).toThrow(
      `cannot read config file ${file}`,
    );
  });

  it("names a file that is not JSON", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ seed: 42 ");
    expect(() => loadModelConfig(file)).toThrow(`${file}: is not valid JSON`);
  });
});
