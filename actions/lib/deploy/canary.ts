import { liveSplit } from "../aws/live-traffic.js";
import type { DeployClients } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import type { Logger } from "../logger.js";
import { isValidVersion } from "../version.js";
import { canaryTraffic, formatTraffic } from "./traffic.js";

/**
 * Replaces a request's traffic with a canary split over what the listener serves now: the new
 * version gets `canaryWeight` percent, the serving versions keep their proportions of the rest.
 */
export async function withCanary(
  req: DeployRequest,
  clients: DeployClients,
  logger: Logger,
): Promise<DeployRequest> {
  const live = await liveSplit({
    ...clients,
    app: req.app,
    environment: req.names.environment,
    logger,
  });
  // Only target groups tagged with a version can be re-weighted; others are left out (and say so).
  const current = new Map(
    Object.entries(live).filter(([v]) => isValidVersion(v)),
  );
  const unknown = Object.keys(live).filter((v) => !isValidVersion(v));
  if (unknown.length > 0)
    logger.warning(
      `canary: dropping untagged target groups ${unknown.join(", ")}`,
    );
  const traffic = canaryTraffic(
    current,
    req.names.version,
    req.canaryWeight ?? 100,
  );
  logger.info(
    `canary: ${formatTraffic(traffic)} (serving now: ${formatTraffic(current) || "nothing"})`,
  );
  return { ...req, traffic };
}
