/** The deploy's rows in the deployments table: deploying, then serving or failed. */
import type pg from "pg";
import type { DeployStackResult } from "../aws/stack.js";
import { recordDeployment } from "../db/deployments.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import type { Logger } from "../logger.js";
import type { DeploySource } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { registryScopeOf } from "./scope.js";

/** Records the version's row with a status; a no-op without a database. */
export type Recorder = (
  status: "deploying" | "serving" | "failed",
  result?: DeployStackResult,
) => Promise<void>;

/** A Recorder for this request's version. */
export function recorder(
  req: DeployRequest,
  db: pg.Pool | undefined,
  source: DeploySource,
): Recorder {
  return async (
    status: "deploying" | "serving" | "failed",
    result?: DeployStackResult,
  ) => {
    if (!db) return;
    await recordDeployment(db, {
      ...registryScopeOf(req),
      version: req.names.version,
      status,
      image: req.image,
      imageDigest: req.imageDigest,
      kind: req.kind,
      stackId: result?.stackId,
      url: result?.outputs.VersionUrl,
      metrics: req.metrics,
      trafficWeight:
        status === "serving"
          ? (req.traffic.get(req.names.version) ?? 0)
          : undefined,
      commitSha: source.commitSha,
      repository: source.repository,
      ownerRun: source.ownerRun,
    });
  };
}

/** Before the stack: migrations, the version's prediction-log tables, and a `deploying` row. */
export async function prepareRecord(
  db: pg.Pool,
  req: DeployRequest,
  options: { logger: Logger; record: Recorder },
): Promise<void> {
  await migrate(db, options.logger);
  await ensurePredictionTables(db, req.names);
  await options.record("deploying");
}
