/**
 * Promotion: deploy to one environment the version another environment runs, by the image digest
 * its deployments row records. It never trains or builds: the artifact is carried as it is (copied
 * between registries by digest when they differ) and the target checks the digest before it runs
 * it. Every check runs before the first change, so a refused promotion changes nothing.
 */
import type pg from "pg";
import type { Logger } from "../logger.js";
import type { Deployed, PipelineTarget } from "../pipeline/target.js";
import { parseVersion, type VersionNames } from "../version.js";
import {
  checkPromotion,
  PromotionRefused,
  type PromotionRoute,
} from "./check.js";
import type { Deployment } from "../db/deployments.js";

/** The image as the target environment will pull it, with its digest verified there. */
export interface CarriedImage {
  image?: string;
  digest: string;
  /** One line for the report, e.g. "copied to 222….dkr.ecr…/iris@sha256:…". */
  detail: string;
}

/**
 * Makes the source's image available to the target environment (a cross-account copy) and
 * verifies the digest there. The local target and a registry shared by both environments need
 * none: the image is already where the target pulls from.
 */
export type ImageCarrier = (source: {
  image?: string;
  digest: string;
  names: VersionNames;
}) => Promise<CarriedImage>;

/** Everything a promotion needs. */
export interface PromoteOptions extends PromotionRoute {
  /** The registry holding both environments' rows. */
  db: pg.Pool;
  /** Where the version goes: the target environment's deploy target. */
  target: PipelineTarget;
  canaryWeight: number;
  carry?: ImageCarrier;
  approvedBy?: string;
  logger: Logger;
}

/** What a promotion did. */
export interface Promoted {
  names: VersionNames;
  /** The image as the target pulls it, when the target names images. */
  image?: string;
  digest: string;
  carried: string;
  deployed: Deployed;
  /** The source's training metrics, carried onto the target's row. */
  metrics: Record<string, number>;
}

function numericMetrics(raw: Record<string, unknown> | null) {
  return Object.fromEntries(
    Object.entries(raw ?? {}).filter(([, v]) => typeof v === "number"),
  ) as Record<string, number>;
}

/**
 * A version is promoted as what it is: the kind its source row records (rows from before kinds
 * were recorded are taken as they come) must be the one this promotion deploys.
 */
function checkKind(source: Deployment, options: PromoteOptions): void {
  const kind = options.target.kind ?? "online";
  if (source.kind && source.kind !== kind)
    throw new PromotionRefused(
      `${options.version} is a ${source.kind} version in ${options.from}, and this promotion deploys ${kind} versions: promote it with kind ${source.kind} (--kind ${source.kind}, or the promote action's kind input)`,
    );
}

/** Checks the promotion, then carries the image and deploys it (at the canary weight) in `to`. */
export async function promoteVersion(
  options: PromoteOptions,
): Promise<Promoted> {
  const { app, version, from, to, logger } = options;
  const names = parseVersion(version, to);
  const { source } = await checkPromotion(options.db, options);
  checkKind(source, options);
  const digest = source.imageDigest as string;
  logger.info(
    `${app} ${version}: ${from} runs it with digest ${digest} (smoke test passed there)`,
  );
  const carried = options.carry
    ? await options.carry({ image: source.image ?? undefined, digest, names })
    : { image: source.image ?? undefined, digest, detail: "no copy needed" };
  if (carried.digest !== digest)
    throw new Error(
      `the image carried to ${to} has digest ${carried.digest}, not ${digest}: not deployed`,
    );
  const metrics = numericMetrics(source.metrics);
  const deployed = await options.target.deploy({
    version: names,
    image: carried.image,
    digest,
    metrics,
    canaryWeight: options.canaryWeight,
    promotedFrom: from,
    approvedBy: options.approvedBy,
  });
  return {
    names,
    image: carried.image,
    digest,
    carried: carried.detail,
    deployed,
    metrics,
  };
}
