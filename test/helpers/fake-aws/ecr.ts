/** ECR in the fake AWS: repositories of tags, each naming an image digest. */
import type {
  BatchDeleteImageCommandInput,
  DescribeImagesCommandInput,
  ImageIdentifier,
} from "@aws-sdk/client-ecr";
import { ACCOUNT, awsError, listOf } from "./resources.js";
import type { AwsWorld } from "./world.js";

function repositoryOf(world: AwsWorld, name: string | undefined) {
  const tags = world.repositories.get(name ?? "");
  if (!tags)
    throw awsError(
      "RepositoryNotFoundException",
      `The repository with name '${name}' does not exist in the registry with id '${ACCOUNT}'`,
    );
  return tags;
}

function describeImages(world: AwsWorld, input: DescribeImagesCommandInput) {
  const tags = repositoryOf(world, input.repositoryName);
  const imageDetails = listOf<ImageIdentifier>(input.imageIds).map((id) => {
    const digest = id.imageDigest ?? tags.get(id.imageTag ?? "");
    if (!digest || ![...tags.values()].includes(digest))
      throw awsError(
        "ImageNotFoundException",
        `The image with imageId {imageTag:'${id.imageTag}'} does not exist within the repository with name '${input.repositoryName}'`,
      );
    return {
      repositoryName: input.repositoryName,
      imageDigest: digest,
      imageTags: [...tags].filter(([, d]) => d === digest).map(([t]) => t),
    };
  });
  return { imageDetails };
}

function batchDeleteImage(
  world: AwsWorld,
  input: BatchDeleteImageCommandInput,
) {
  const tags = repositoryOf(world, input.repositoryName);
  const imageIds: ImageIdentifier[] = [];
  const failures = [];
  for (const id of listOf<ImageIdentifier>(input.imageIds)) {
    const digest = tags.get(id.imageTag ?? "");
    if (digest && tags.delete(id.imageTag ?? ""))
      imageIds.push({ imageTag: id.imageTag, imageDigest: digest });
    else failures.push({ imageId: id, failureCode: "ImageNotFound" });
  }
  const deleted = imageIds.map(
    (id) => `${input.repositoryName}:${id.imageTag}`,
  );
  world.change(`BatchDeleteImage ${deleted.join(" ")}`);
  return { imageIds, failures };
}

/** The ECR actions the fake answers, by name. */
export const ECR = {
  DescribeImages: describeImages,
  BatchDeleteImage: batchDeleteImage,
};
