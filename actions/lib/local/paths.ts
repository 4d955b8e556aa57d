import { existsSync } from "node:fs";
import path from "node:path";

/** Where a version's training run puts its model and metrics (its MODELSHIP_RUN_DIR). */
export function runDir(stateDir: string, version: string): string {
  return path.join(stateDir, "runs", version);
}

/** True when the version's training run left a model behind. */
export function hasModel(stateDir: string, version: string): boolean {
  return existsSync(path.join(runDir(stateDir, version), "model.json"));
}
