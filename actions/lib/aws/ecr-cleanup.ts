import {
  BatchDeleteImageCommand,
  DescribeImagesCommand,
  type ECRClient,
  type ImageDetail,
} from "@aws-sdk/client-ecr";
import { describeFailure, ServiceCallError } from "../errors.js";
import type { Logger } from "../logger.js";

/** build-push's commit tag: the full 40-hex SHA (a version is at most 32 characters). */
const COMMIT_TAG = /^[0-9a-f]{40}$/;
/** Failures that mean the tag is already gone. */
const GONE = new Set(["ImageNotFound", "ImageTagDoesNotMatchDigest"]);

function isMissing(error: unknown, ...names: string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}

/** The image under a tag, or undefined when the repository or the tag does not exist. */
export async function imageOfTag(options: {
  ecr: ECRClient;
  repository: string;
  tag: string;
}): Promise<ImageDetail | undefined> {
  const { ecr, repository, tag } = options;
  try {
    const out = await ecr.send(
      new DescribeImagesCommand({
        repositoryName: repository,
        imageIds: [{ imageTag: tag }],
      }),
    );
    return out.imageDetails?.[0];
  } catch (error) {
    if (
      isMissing(error, "ImageNotFoundException", "RepositoryNotFoundException")
    )
      return undefined;
    throw new ServiceCallError(
      "DescribeImages",
      `image ${repository}:${tag}`,
      error,
    );
  }
}

/**
 * The tags to delete for a version: its own tag, plus the commit tag on the same digest unless
 * another version tag still uses that image (one commit can be built as two versions).
 */
export function tagsToDelete(version: string, imageTags: string[]): string[] {
  const others = imageTags.filter((t) => t !== version && !COMMIT_TAG.test(t));
  const commit =
    others.length === 0 ? imageTags.filter((t) => COMMIT_TAG.test(t)) : [];
  return [version, ...commit];
}

/**
 * Deletes a version's image tags from ECR (the version tag and, when nothing else uses the image,
 * its commit tag), found by the digest the version tag points at. A missing repository, image or
 * tag counts as already deleted. Returns what was deleted as `repository:tag`.
 */
export async function deleteVersionImages(options: {
  ecr: ECRClient;
  repository: string;
  version: string;
  logger: Logger;
}): Promise<string[]> {
  const { ecr, repository, logger } = options;
  const tag = options.version; // a version is its own image tag (see VersionNames)
  const image = await imageOfTag({ ecr, repository, tag });
  if (!image) {
    logger.info(`image ${repository}:${tag} does not exist: nothing to delete`);
    return [];
  }
  const tags = tagsToDelete(tag, image.imageTags ?? [tag]);
  logger.info(
    `deleting ${tags.map((t) => `${repository}:${t}`).join(", ")} (digest ${image.imageDigest ?? "?"})`,
  );
  const out = await describeFailure(
    "BatchDeleteImage",
    `repository ${repository}`,
    () =>
      ecr.send(
        new BatchDeleteImageCommand({
          repositoryName: repository,
          imageIds: tags.map((t) => ({ imageTag: t })),
        }),
      ),
  );
  const failures = (out.failures ?? []).filter(
    (f) => !GONE.has(f.failureCode ?? ""),
  );
  if (failures.length > 0) {
    const reasons = failures
      .map((f) =>
        `${f.imageId?.imageTag ?? "?"}: ${f.failureCode} ${f.failureReason ?? ""}`.trim(),
      )
      .join("; ");
    throw new ServiceCallError(
      "BatchDeleteImage",
      `repository ${repository}`,
      reasons,
    );
  }
  return (out.imageIds ?? [])
    .map((id) => id.imageTag)
    .filter((t): t is string => t !== undefined)
    .map((t) => `${repository}:${t}`);
}
