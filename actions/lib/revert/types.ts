/** The revert core's types: the injected platform, its steps and its result. */

/** What revert needs from where the versions run. */
export interface RevertPlatform {
  /** Weight by version as the load balancer splits traffic now; {} when it forwards nowhere. */
  currentTraffic(): Promise<Record<string, number>>;
  /**
   * Makes the load balancer split traffic as `next` says (computed by revertedSplit; {} means
   * nothing is left to serve). Returns the split now in force ({} when there is no load balancer).
   */
  applyTraffic(next: Record<string, number>): Promise<Record<string, number>>;
  /**
   * True when anything of the version is left where it ran: a stack (or a local service) or
   * images. The traffic split is checked separately.
   */
  versionExists(version: string): Promise<boolean>;
  /** Deletes the version's stack; a missing stack is `alreadyGone`. */
  deleteVersion(
    version: string,
  ): Promise<{ deleted: boolean; alreadyGone: boolean }>;
  /**
   * Deletes the version's images and returns what was deleted (`repo:tag`). `repository` is a
   * fallback (from the deployments row) for when the platform was given none.
   */
  deleteImages(version: string, repository?: string): Promise<string[]>;
}

/** The five steps, in the order they run. */
export const REVERT_STEPS = [
  "traffic",
  "stack",
  "images",
  "tables",
  "record",
] as const;

/** How one step went. */
export interface RevertStep {
  step: (typeof REVERT_STEPS)[number];
  outcome: "done" | "no-op" | "skipped" | "failed";
  detail: string;
}

/** What revert did. */
export interface RevertResult {
  /** False when there was nothing left to do (a second run). */
  reverted: boolean;
  version: string;
  /** Version given all traffic, if any. */
  toVersion?: string;
  traffic: Record<string, number>;
  archivedTables: string[];
  droppedTables: string[];
  steps: RevertStep[];
}
