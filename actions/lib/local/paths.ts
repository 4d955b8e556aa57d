import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_ENVIRONMENT, parseEnvironmentName } from "../version.js";

/** Where a version's training run puts its model and metrics (its MODELSHIP_RUN_DIR). */
export function runDir(stateDir: string, version: string): string {
  return path.join(stateDir, "runs", version);
}

/**
 * Where the local target keeps an environment's services (their pids, logs and journals). The
 * default environment keeps the state directory itself, as before environments; another gets
 * `environments/<env>` under it. Postgres and the runs stay shared: a promoted version runs the
 * very run directory its first environment trained.
 */
export function environmentStateDir(
  stateDir: string,
  environment: string,
): string {
  return environment === DEFAULT_ENVIRONMENT
    ? stateDir
    : path.join(stateDir, "environments", parseEnvironmentName(environment));
}

/** True when the version's training run left a model behind. */
export function hasModel(stateDir: string, version: string): boolean {
  return existsSync(path.join(runDir(stateDir, version), "model.json"));
}
