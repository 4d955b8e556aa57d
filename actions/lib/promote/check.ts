/**
 * Whether a version may be promoted, decided from the registry alone before anything changes:
 * the source environment must run it, its smoke test there must have passed, and its image
 * digest must be recorded (the proof that the target gets the very artifact that was tested).
 */
import { ConfigurationError } from "../errors.js";
import { getDeployment, type Deployment } from "../db/deployments.js";
import type { Queryable } from "../db/pool.js";

/** A promotion refused by its checks (exit 1): the message says why, and nothing was changed. */
export class PromotionRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PromotionRefused";
  }
}

/** What a promotion moves: one version of one app, from an environment to the next. */
export interface PromotionRoute {
  app: string;
  version: string;
  from: string;
  to: string;
}

/** The environment a promotion to `to` comes from: `from` when given, else the one before `to`. */
export function promotionSource(
  environments: readonly string[],
  to: string,
  from: string | undefined,
): string {
  if (!environments.includes(to))
    throw new ConfigurationError(
      `--to "${to}" is not an environment of modelship.yml (environments: ${environments.join(", ")})`,
    );
  if (from !== undefined && !environments.includes(from))
    throw new ConfigurationError(
      `--from "${from}" is not an environment of modelship.yml (environments: ${environments.join(", ")})`,
    );
  const source = from ?? environments[environments.indexOf(to) - 1];
  if (source === undefined)
    throw new ConfigurationError(
      `"${to}" is the first environment (${environments.join(" → ")}): nothing comes before it to promote from; deploy to it with the pipeline`,
    );
  if (source === to)
    throw new ConfigurationError(
      `--from and --to are both "${to}": a promotion goes from one environment to another`,
    );
  return source;
}

function refuseSource(route: PromotionRoute, row: Deployment | undefined) {
  const { version, from } = route;
  if (!row)
    return `${version} was never deployed to ${from}: deploy it there first (the pipeline), then promote it`;
  if (row.smoke === "failed")
    return `${version} failed its smoke test in ${from}${row.status === "reverted" ? " and was reverted there" : ""}: fix it and ship a new version`;
  if (row.status === "reverted" || row.status === "failed")
    return `${from} no longer runs ${version} (it is ${row.status} there)`;
  if (row.smoke !== "passed")
    return `${version} has not passed its smoke test in ${from} (it is ${row.status} there, with no smoke test recorded as passed)`;
  if (row.status !== "serving")
    return `${from} does not run ${version} yet (it is ${row.status} there)`;
  if (!row.imageDigest)
    return `${from} recorded no image digest for ${version}, so the same artifact cannot be proven: redeploy it to ${from}`;
  return undefined;
}

/**
 * The source row of a promotion, when every check passes; throws PromotionRefused (why) when one
 * fails. A target that already runs the version under another digest is refused too: one version
 * name must mean one artifact everywhere.
 */
export async function checkPromotion(
  db: Queryable,
  route: PromotionRoute,
): Promise<{ source: Deployment; existing?: Deployment }> {
  const { app, version, from, to } = route;
  const source = await getDeployment(db, { app, environment: from }, version);
  const why = refuseSource(route, source);
  if (why || !source) throw new PromotionRefused(`not promoted: ${why}`);
  const existing = await getDeployment(db, { app, environment: to }, version);
  if (
    existing?.imageDigest &&
    existing.status !== "reverted" &&
    existing.imageDigest !== source.imageDigest
  )
    throw new PromotionRefused(
      `not promoted: ${to} already has ${version} with digest ${existing.imageDigest}, not ${from}'s ${source.imageDigest}`,
    );
  return { source, existing };
}
