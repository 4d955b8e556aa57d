/** The rows of the `deployments` table as types, and the scope every read and write is in. */
import type { DeployKind } from "../config/types.js";
import {
  DEFAULT_ENVIRONMENT,
  parseAppName,
  parseEnvironmentName,
} from "../version.js";

/** An app in one environment. */
export interface AppEnvironment {
  app: string;
  environment: string;
}

/** Whose rows a call reads or writes: an app (its default environment) or an app in one. */
export type RegistryScope = string | AppEnvironment;

/** The scope as app and environment, both validated. */
export function scopeOf(scope: RegistryScope): AppEnvironment {
  const { app, environment } =
    typeof scope === "string"
      ? { app: scope, environment: DEFAULT_ENVIRONMENT }
      : scope;
  return {
    app: parseAppName(app),
    environment: parseEnvironmentName(environment),
  };
}

export {
  archivePredictionTables,
  dropPredictionTables,
} from "./prediction-archive.js";

/** The lifecycle of one deployed version; matches the CHECK constraint of the table. */
export type DeploymentStatus = "deploying" | "serving" | "failed" | "reverted";

/** How the version's smoke test went in this environment; null before one ran. */
export type SmokeOutcome = "passed" | "failed";

/** `serving` versions take their traffic weight; a `shadow` gets mirrored copies only. */
export type DeploymentRole = "serving" | "shadow";

/** Every status, in lifecycle order. */
export const STATUSES: readonly DeploymentStatus[] = [
  "deploying",
  "serving",
  "failed",
  "reverted",
];

/** What a caller records; fields left out keep their stored value on an update. */
export interface DeploymentRecord {
  app: string;
  /** Its environment; default DEFAULT_ENVIRONMENT. */
  environment?: string;
  version: string;
  status: DeploymentStatus;
  image?: string;
  imageDigest?: string;
  stackId?: string;
  /** Where it runs; the table's default is `aws`. */
  target?: string;
  url?: string;
  /** Any JSON object (the training metrics); stored as jsonb. */
  metrics?: Record<string, unknown>;
  trafficWeight?: number;
  commitSha?: string;
  /** The source repository (`owner/name`), as tagged on the stack. */
  repository?: string;
  /**
   * The run deploying it (`<run id>/<attempt>`). It becomes the row's owner when the version is new,
   * failed or reverted, never while another run's deploy of it serves or is under way: a re-run of
   * a serving version does not own it, so its automatic revert cannot take production down.
   */
  ownerRun?: string;
  /** The environment it was promoted from (its image is that environment's, by digest). */
  promotedFrom?: string;
  /** Who approved the promotion (the GitHub actor of the approving run), when known. */
  approvedBy?: string;
  smoke?: SmokeOutcome;
  /** What the version is; left out keeps what is stored. */
  kind?: DeployKind;
}

/** One stored row. */
export interface Deployment {
  app: string;
  environment: string;
  version: string;
  status: DeploymentStatus;
  image: string | null;
  imageDigest: string | null;
  stackId: string | null;
  target: string;
  url: string | null;
  metrics: Record<string, unknown> | null;
  trafficWeight: number;
  role: DeploymentRole;
  commitSha: string | null;
  repository: string | null;
  ownerRun: string | null;
  promotedFrom: string | null;
  approvedBy: string | null;
  smoke: SmokeOutcome | null;
  /** What the version is; null on rows recorded before kinds were (migration 4). */
  kind: DeployKind | null;
  archivedTables: string[];
  createdAt: Date;
  updatedAt: Date;
  revertedAt: Date | null;
}

/**
 * A WHERE condition (on `deployments AS d`) for the rows of the default environment, which also
 * holds on a database from before environments (no column yet): the gate's baseline, the
 * dashboard and the A/B lineup read production, as they did.
 */
export const DEFAULT_ENVIRONMENT_ONLY = `COALESCE(to_jsonb(d) ->> 'environment', '${DEFAULT_ENVIRONMENT}') = '${DEFAULT_ENVIRONMENT}'`;

/** The columns of a Deployment, as SELECT lists them. */
export const COLUMNS = `app, environment, version, status, image, image_digest AS "imageDigest", stack_id AS "stackId",
  target, url, metrics, traffic_weight AS "trafficWeight", role, commit_sha AS "commitSha", repository, owner_run AS "ownerRun",
  promoted_from AS "promotedFrom", approved_by AS "approvedBy", smoke, kind, archived_tables AS "archivedTables", created_at AS "createdAt", updated_at AS "updatedAt",
  reverted_at AS "revertedAt"`;
