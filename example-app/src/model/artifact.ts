import { renameSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { ConfigurationError } from "../../../actions/lib/errors.js";
import type { ModelConfig } from "./config.js";
import type { ForestJson } from "./forest.js";

/** Marks a file as our model artifact, so loading some other JSON fails clearly. */
export const ARTIFACT_FORMAT = "modelship-example-model";
/** Bump when the artifact layout changes incompatibly. */
export const ARTIFACT_FORMAT_VERSION = 1;

/**
 * The self-contained model artifact: everything needed to predict without the data or a
 * retrain. It holds no timestamps or paths, so the same config and data give identical bytes.
 */
export interface ModelArtifact {
  format: typeof ARTIFACT_FORMAT;
  format_version: number;
  model: "random_forest";
  features: string[];
  labels: string[];
  config: ModelConfig;
  training: { rows: number; data_sha256: string };
  forest: ForestJson;
}

/** The artifact as written to disk: compact JSON plus a final newline. */
export function serializeArtifact(artifact: ModelArtifact): string {
  return `${JSON.stringify(artifact)}\n`;
}

function isStringArray(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === "string")
  );
}

/** Parses and checks an artifact's text; errors name the source and what is wrong. */
export function parseArtifact(text: string, source: string): ModelArtifact {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `${source}: model artifact is not valid JSON: ${(error as Error).message}`,
    );
  }
  const a = raw as Partial<ModelArtifact> | null;
  if (typeof a !== "object" || a === null || a.format !== ARTIFACT_FORMAT)
    throw new ConfigurationError(
      `${source}: not a model artifact: "format" must be "${ARTIFACT_FORMAT}"`,
    );
  if (a.format_version !== ARTIFACT_FORMAT_VERSION)
    throw new ConfigurationError(
      `${source}: artifact format_version is ${JSON.stringify(a.format_version)}: this code reads version ${ARTIFACT_FORMAT_VERSION}`,
    );
  if (!isStringArray(a.features) || !isStringArray(a.labels))
    throw new ConfigurationError(
      `${source}: artifact needs non-empty "features" and "labels" string arrays`,
    );
  const forest = a.forest as Partial<ForestJson> | undefined;
  if (forest?.name !== "RFClassifier" || typeof forest.baseModel !== "object")
    throw new ConfigurationError(
      `${source}: artifact "forest" is not an ml-random-forest classifier`,
    );
  return a as ModelArtifact;
}

/**
 * Writes a file through a temporary sibling and a rename, so a reader (the service, a second
 * training run) never sees half a file.
 */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
