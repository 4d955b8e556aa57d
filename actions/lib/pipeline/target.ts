/** Where the pipeline ships to: the local machine or AWS. Same stages, different hands. */
import type { DeployKind } from "../config/types.js";
import type { RevertPlatform } from "../revert/types.js";
import type { SmokeCase } from "../smoke/cases.js";
import type { BatchDropbox } from "../smoke/batch.js";
import type { VersionNames } from "../version.js";
import type { StageOutcome } from "./stages.js";

/** What a deploy target did with a new version. */
export interface Deployed {
  url: string;
  versionUrl: string;
  detail: string;
  /**
   * The version's own smoke test, when the HTTP one does not fit it (a stream version: the cases
   * go on the input stream and the decisions are read from the output stream).
   */
  smoke?(
    cases: SmokeCase[],
  ): Promise<{ passed: boolean; reasons: string[]; detail: string }>;
  /**
   * Where a worker version takes its work, for its smoke test (deploy-stack's outputs of the
   * same names): a batch version's bucket, a stream version's streams.
   */
  places?: { bucket?: string; inputStream?: string; outputStream?: string };
}

/** A built image, when the target built one. */
export interface BuiltImage {
  outcome: StageOutcome;
  image?: string;
  digest?: string;
}

/** What a target deploys: a new build, or (with `promotedFrom`) a version proven elsewhere. */
export interface DeployArgs {
  /** The version, named in the environment it is deployed to. */
  version: VersionNames;
  image?: string;
  /** The image (or local artifact) digest; a promotion's must match what the target runs. */
  digest?: string;
  metrics: Record<string, number>;
  canaryWeight: number;
  /** The environment the version was promoted from. */
  promotedFrom?: string;
  /** Who approved the promotion, when known. */
  approvedBy?: string;
}

/** One target: how to build, deploy, shift traffic and revert there. */
export interface PipelineTarget {
  readonly name: "local" | "aws";
  /** What the versions deployed are (default online): a batch version's smoke test drops a file. */
  readonly kind?: DeployKind;
  /** The deployments registry (the local target starts its own Postgres). */
  databaseUrl(): Promise<string | undefined>;
  build(version: VersionNames): Promise<BuiltImage>;
  deploy(args: DeployArgs): Promise<Deployed>;
  /** Gives the version all traffic and marks it serving. */
  shiftAll(
    version: VersionNames,
    metrics: Record<string, number>,
  ): Promise<string>;
  revertPlatform(): RevertPlatform;
  /** Where a batch version's smoke test drops its file and reads the output. */
  batchDropbox?(version: VersionNames): BatchDropbox;
}
