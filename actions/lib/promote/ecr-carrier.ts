/**
 * The AWS image carrier of a promotion: when the target environment pulls from another ECR
 * registry (another account or region), the image is copied there by digest and verified; when
 * both environments share one repository there is nothing to copy.
 */
import { copyImageByDigest, type EcrRepositoryRef } from "../aws/ecr-copy.js";
import type { CarriedImage, ImageCarrier } from "./core.js";

/** A repository as the environment's tasks pull from it. */
export interface EcrPlace extends EcrRepositoryRef {
  region: string;
}

/** The image reference tasks pull: `<account>.dkr.ecr.<region>.amazonaws.com/<repo>@<digest>`. */
export function ecrImageRef(place: EcrPlace, digest: string): string {
  return `${place.registryId}.dkr.ecr.${place.region}.amazonaws.com/${place.repository}@${digest}`;
}

/** An ImageCarrier from one ECR repository to another. */
export function ecrImageCarrier(options: {
  source: EcrPlace;
  target: EcrPlace;
  fetch?: typeof fetch;
}): ImageCarrier {
  const { source, target } = options;
  const same =
    source.registryId === target.registryId &&
    source.region === target.region &&
    source.repository === target.repository;
  return async ({ digest, names }): Promise<CarriedImage> => {
    const image = ecrImageRef(target, digest);
    if (same)
      return { image, digest, detail: "same registry: nothing to copy" };
    const copied = await copyImageByDigest({
      source,
      target,
      digest,
      tag: names.imageTag,
      fetch: options.fetch,
    });
    return {
      image,
      digest: copied.digest,
      detail: `copied to ${image} (${copied.copiedBlobs.length} blob(s) uploaded, digest verified)`,
    };
  };
}
