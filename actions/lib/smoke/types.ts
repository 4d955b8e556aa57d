import type { CaseChecks } from "./checks.js";
import type { LoadResult } from "./load.js";
import type { LoggedResult } from "./logged.js";
import type { SmokeOptions } from "./options.js";
import type { ReadyResult } from "./ready.js";

/** Knobs the action does not expose; tests shorten them. */
export interface SmokeTuning {
  /** Overall cap on the load step; default 120 s. */
  loadCapMs?: number;
  /** Pause between /ready polls; default 1 s. */
  readyPollMs?: number;
  /** How long to wait for log rows; default 15 s. */
  logTimeoutMs?: number;
}

/** Everything one smoke test found. `reasons` is empty exactly when it passed. */
export interface SmokeResult {
  passed: boolean;
  reasons: string[];
  options: SmokeOptions;
  ready: ReadyResult;
  cases?: CaseChecks;
  load?: LoadResult;
  logged?: LoggedResult;
  durationMs: number;
}
