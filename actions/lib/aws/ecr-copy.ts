/**
 * Copies an image between two ECR registries (two accounts, or two regions) by digest, with the
 * ECR API alone: BatchGetImage reads the manifest, missing blobs are streamed from the source's
 * GetDownloadUrlForLayer URL into InitiateLayerUpload/UploadLayerPart/CompleteLayerUpload, and
 * PutImage writes the manifest byte for byte, so the digest cannot change. The copy is verified by
 * reading the manifest back from the target and hashing it.
 *
 * Limits: blobs pass through this process in parts of LAYER_PART_BYTES (memory stays bounded,
 * the time does not: a multi-GB image is better copied by ECR replication or `skopeo copy`);
 * a blob larger than MAX_BLOB_BYTES is refused; an index's child manifests must be in the same
 * source repository; foreign (non-distributable) layers are not copied.
 */
import { createHash } from "node:crypto";
import {
  BatchCheckLayerAvailabilityCommand,
  BatchGetImageCommand,
  PutImageCommand,
  type ECRClient,
} from "@aws-sdk/client-ecr";
import { MANIFEST_TYPES } from "../oci.js";
import { copyBlob } from "./ecr-blob.js";

/** One side of a copy: a repository in one registry (an account's, in one region). */
export interface EcrRepositoryRef {
  ecr: ECRClient;
  registryId: string;
  repository: string;
}

/** What to copy and how blobs are fetched (global fetch by default; tests pass loopback). */
export interface EcrCopyRequest {
  source: EcrRepositoryRef;
  target: EcrRepositoryRef;
  digest: string;
  /** Tag the copy gets in the target (the version), besides its digest. */
  tag?: string;
  fetch?: typeof fetch;
}

/** What the copy did. */
export interface EcrCopyResult {
  digest: string;
  /** Blobs that were uploaded (those the target lacked). */
  copiedBlobs: string[];
  /** Manifests written (children of an index first). */
  manifests: string[];
}

/** Parts a blob is uploaded in. */
export const LAYER_PART_BYTES = 8 * 1024 * 1024;
/** Largest blob copied through this process. */
export const MAX_BLOB_BYTES = 10 * 1024 ** 3;
const INDEX_TYPES = new Set([
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.index.v1+json",
]);

/** `sha256:<hex>` of a manifest as stored: the digest a registry names it by. */
export function manifestDigest(body: string): string {
  return `sha256:${createHash("sha256").update(body, "utf8").digest("hex")}`;
}

async function readManifest(side: EcrRepositoryRef, digest: string) {
  const result = await side.ecr.send(
    new BatchGetImageCommand({
      registryId: side.registryId,
      repositoryName: side.repository,
      imageIds: [{ imageDigest: digest }],
      acceptedMediaTypes: MANIFEST_TYPES,
    }),
  );
  const image = result.images?.[0];
  if (!image?.imageManifest) {
    const why = result.failures?.[0]?.failureReason ?? "not found";
    throw new Error(`${side.registryId}/${side.repository}@${digest}: ${why}`);
  }
  return {
    body: image.imageManifest,
    mediaType: image.imageManifestMediaType,
  };
}

interface Manifest {
  config?: { digest: string };
  layers?: { digest: string; mediaType?: string; urls?: string[] }[];
  manifests?: { digest: string }[];
}

/** The blobs a manifest needs, skipping foreign layers (they are fetched from their URLs). */
function blobsOf(manifest: Manifest): string[] {
  const layers = (manifest.layers ?? []).filter((l) => !l.urls?.length);
  return [manifest.config?.digest, ...layers.map((l) => l.digest)].filter(
    (d): d is string => typeof d === "string",
  );
}

async function missingBlobs(
  target: EcrRepositoryRef,
  blobs: string[],
): Promise<string[]> {
  if (blobs.length === 0) return [];
  const result = await target.ecr.send(
    new BatchCheckLayerAvailabilityCommand({
      registryId: target.registryId,
      repositoryName: target.repository,
      layerDigests: blobs,
    }),
  );
  const present = new Set(
    (result.layers ?? [])
      .filter((l) => l.layerAvailability === "AVAILABLE")
      .map((l) => l.layerDigest),
  );
  return blobs.filter((b) => !present.has(b));
}

async function putManifest(
  target: EcrRepositoryRef,
  manifest: { body: string; mediaType?: string },
  digest: string,
  tag: string | undefined,
): Promise<void> {
  try {
    await target.ecr.send(
      new PutImageCommand({
        registryId: target.registryId,
        repositoryName: target.repository,
        imageManifest: manifest.body,
        imageManifestMediaType: manifest.mediaType,
        imageDigest: digest,
        imageTag: tag,
      }),
    );
  } catch (error) {
    // A second promotion of the same image finds it there already: the copy is done.
    if ((error as Error).name !== "ImageAlreadyExistsException") throw error;
  }
}

async function copyManifest(
  request: EcrCopyRequest,
  digest: string,
  tag: string | undefined,
  result: EcrCopyResult,
): Promise<void> {
  const manifest = await readManifest(request.source, digest);
  if (manifestDigest(manifest.body) !== digest)
    throw new Error(
      `the source manifest of ${digest} hashes to ${manifestDigest(manifest.body)}: not copied`,
    );
  const parsed = JSON.parse(manifest.body) as Manifest;
  if (INDEX_TYPES.has(manifest.mediaType ?? "") || parsed.manifests) {
    for (const child of parsed.manifests ?? [])
      await copyManifest(request, child.digest, undefined, result);
  } else {
    const limits = {
      partBytes: LAYER_PART_BYTES,
      maxBytes: MAX_BLOB_BYTES,
      fetch: request.fetch ?? fetch,
    };
    for (const blob of await missingBlobs(request.target, blobsOf(parsed))) {
      await copyBlob(request.source, request.target, blob, limits);
      result.copiedBlobs.push(blob);
    }
  }
  await putManifest(request.target, manifest, digest, tag);
  result.manifests.push(digest);
}

/**
 * Copies the image `digest` from source to target (see the module comment) and verifies it: the
 * target's manifest for the digest must hash to the digest. Idempotent: a second copy uploads
 * nothing.
 */
export async function copyImageByDigest(
  request: EcrCopyRequest,
): Promise<EcrCopyResult> {
  const result: EcrCopyResult = {
    digest: request.digest,
    copiedBlobs: [],
    manifests: [],
  };
  await copyManifest(request, request.digest, request.tag, result);
  const copied = await readManifest(request.target, request.digest);
  const got = manifestDigest(copied.body);
  if (got !== request.digest)
    throw new Error(
      `the copy in ${request.target.registryId}/${request.target.repository} has digest ${got}, not ${request.digest}`,
    );
  return result;
}
