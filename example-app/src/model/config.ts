import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ConfigurationError } from "../../../actions/lib/errors.js";
import { FEATURES } from "./dataset.js";

/** The hyperparameters of one training run (the validated form of model.config.json). */
export interface ModelConfig {
  /** Seeds both the train/test split and the forest's bagging (a 31-bit non-negative integer). */
  seed: number;
  /** Share of each class held out for evaluation, in (0, 1). */
  test_fraction: number;
  /** The model family; only "random_forest" exists today. */
  model: "random_forest";
  /** Number of trees. */
  n_estimators: number;
  /** Maximum depth of each tree (1 = a single split). */
  max_depth: number;
  /** Share of the features each tree sees: it uses floor(4 × value) of them. */
  max_features: number;
}

/** The keys a config may have; anything else is a typo worth reporting. */
const KEYS = [
  "seed",
  "test_fraction",
  "model",
  "n_estimators",
  "max_depth",
  "max_features",
] as const;

/** The config file shipped with the example app (absolute path). */
export function defaultConfigPath(): string {
  return fileURLToPath(new URL("../../model.config.json", import.meta.url));
}

interface Bound {
  min: number;
  max: number;
  integer?: boolean;
  /** Whether min/max themselves are excluded. */
  open?: boolean;
}

function numberKey(
  raw: Record<string, unknown>,
  key: string,
  bound: Bound,
  source: string,
): number {
  const value = raw[key];
  const range = bound.open
    ? `greater than ${bound.min} and less than ${bound.max}`
    : `from ${bound.min} to ${bound.max}`;
  const rule = `${bound.integer ? "an integer" : "a number"} ${range}`;
  const fail = () =>
    new ConfigurationError(
      `${source}: "${key}" is ${JSON.stringify(value) ?? "missing"}: it must be ${rule}`,
    );
  if (typeof value !== "number" || !Number.isFinite(value)) throw fail();
  if (bound.integer && !Number.isInteger(value)) throw fail();
  const inside = bound.open
    ? value > bound.min && value < bound.max
    : value >= bound.min && value <= bound.max;
  if (!inside) throw fail();
  return value;
}

/**
 * Validates a parsed config object. Every key is required, unknown keys are rejected, and each
 * error names the key, its value and the rule, because a PR author edits this file by hand.
 */
export function parseModelConfig(raw: unknown, source: string): ModelConfig {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new ConfigurationError(
      `${source}: must be a JSON object with the keys ${KEYS.join(", ")}`,
    );
  const obj = raw as Record<string, unknown>;
  const unknown = Object.keys(obj).filter(
    (key) => !(KEYS as readonly string[]).includes(key),
  );
  if (unknown.length > 0)
    throw new ConfigurationError(
      `${source}: unknown key "${unknown[0]}": allowed keys are ${KEYS.join(", ")}`,
    );
  if (obj.model !== "random_forest")
    throw new ConfigurationError(
      `${source}: "model" is ${JSON.stringify(obj.model) ?? "missing"}: it must be "random_forest"`,
    );
  const minFeatures = 1 / FEATURES.length;
  return {
    seed: numberKey(
      obj,
      "seed",
      { min: 0, max: 2 ** 31 - 1, integer: true },
      source,
    ),
    test_fraction: numberKey(
      obj,
      "test_fraction",
      { min: 0, max: 1, open: true },
      source,
    ),
    model: "random_forest",
    n_estimators: numberKey(
      obj,
      "n_estimators",
      { min: 1, max: 1000, integer: true },
      source,
    ),
    max_depth: numberKey(
      obj,
      "max_depth",
      { min: 1, max: 32, integer: true },
      source,
    ),
    // Below 1/4 a tree would see no feature at all (the library takes floor(4 × value)).
    max_features: numberKey(
      obj,
      "max_features",
      { min: minFeatures, max: 1 },
      source,
    ),
  };
}

/** Reads, parses and validates a config file; unreadable or non-JSON files name the path. */
export function loadModelConfig(file: string): ModelConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigurationError(
      `cannot read config file ${file}: ${(error as Error).message}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `${file}: is not valid JSON: ${(error as Error).message}`,
    );
  }
  return parseModelConfig(raw, file);
}
