/** OCI image facts shared by every registry client: what a tag holds and how to read manifests. */

/** What a registry holds under one tag. */
export interface RemoteImage {
  /** Manifest digest (`sha256:...`): what `image@digest` pins. */
  digest: string;
  /**
   * Digest of the image config (what `docker inspect` calls the image ID). Undefined when the
   * tag holds a multi-platform index, which has no single config.
   */
  configDigest?: string;
}

/** Read access to one repository of a registry (ECR API or the registry HTTP API). */
export interface RemoteRepository {
  /** The image under `tag`, or undefined when the tag does not exist. */
  describeTag(tag: string): Promise<RemoteImage | undefined>;
  /** The labels in the image config blob `configDigest`. */
  configLabels(configDigest: string): Promise<Record<string, string>>;
}

/** Manifest media types we accept; index types are listed so an index reads as one, not 404. */
export const MANIFEST_TYPES = [
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.index.v1+json",
];

/** The config digest of a manifest body, or undefined for an index or anything unreadable. */
export function manifestConfigDigest(body: string): string | undefined {
  try {
    const manifest = JSON.parse(body) as { config?: { digest?: unknown } };
    const digest = manifest.config?.digest;
    return typeof digest === "string" ? digest : undefined;
  } catch {
    return undefined;
  }
}

/** The labels of an image config JSON (Docker and OCI both keep them at `config.Labels`). */
export function configBlobLabels(body: string): Record<string, string> {
  const config = JSON.parse(body) as { config?: { Labels?: unknown } };
  const labels = config.config?.Labels;
  return labels && typeof labels === "object"
    ? (labels as Record<string, string>)
    : {};
}
