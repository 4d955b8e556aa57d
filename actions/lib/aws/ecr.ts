import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  GetAuthorizationTokenCommand,
  GetDownloadUrlForLayerCommand,
  type ECRClient,
} from "@aws-sdk/client-ecr";
import { describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";
import {
  MANIFEST_TYPES,
  configBlobLabels,
  manifestConfigDigest,
  type RemoteRepository,
} from "../oci.js";

/** Credentials for `docker login` to an ECR registry. */
export interface EcrLogin {
  /** Registry host without scheme, e.g. `123456789012.dkr.ecr.us-east-1.amazonaws.com`. */
  registry: string;
  username: string;
  password: string;
  expiresAt?: Date;
}

/** An AWS error's name (the SDK sets `name` to the exception type). */
function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

/**
 * Gets a registry login from GetAuthorizationToken and decodes it (`base64("AWS:<password>")`).
 * `mask` is called on the token and the password before anything else can see them.
 */
export async function ecrLogin(options: {
  ecr: ECRClient;
  mask: (secret: string) => void;
  registryId?: string;
}): Promise<EcrLogin> {
  const resource = options.registryId
    ? `registry ${options.registryId}`
    : "the account's default registry";
  return describeFailure("ECR GetAuthorizationToken", resource, async () => {
    const result = await options.ecr.send(
      new GetAuthorizationTokenCommand(
        options.registryId ? { registryIds: [options.registryId] } : {},
      ),
    );
    const data = result.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint) {
      throw new Error("the response held no authorization data");
    }
    options.mask(data.authorizationToken);
    const decoded = Buffer.from(data.authorizationToken, "base64").toString();
    const colon = decoded.indexOf(":");
    if (colon < 1)
      throw new Error("the token is not of the form user:password");
    const password = decoded.slice(colon + 1);
    options.mask(password);
    return {
      registry: data.proxyEndpoint
        .replace(/^https?:\/\//, "")
        .replace(/\/+$/, ""),
      username: decoded.slice(0, colon),
      password,
      expiresAt: data.expiresAt,
    };
  });
}

/**
 * Creates the repository when it is missing, with immutable tags and scan on push. An existing
 * repository is left as it is (a warning says so when its tags are mutable).
 */
export async function ensureEcrRepository(options: {
  ecr: ECRClient;
  repository: string;
  logger: Logger;
  registryId?: string;
}): Promise<{ created: boolean }> {
  const { ecr, repository, logger, registryId } = options;
  const resource = `ECR repository ${repository}`;
  const existing = await describeFailure(
    "ECR DescribeRepositories",
    resource,
    async () => {
      try {
        const result = await ecr.send(
          new DescribeRepositoriesCommand({
            repositoryNames: [repository],
            registryId,
          }),
        );
        return result.repositories?.[0];
      } catch (error) {
        if (errorName(error) === "RepositoryNotFoundException")
          return undefined;
        throw error;
      }
    },
  );
  if (existing) {
    if (existing.imageTagMutability !== "IMMUTABLE") {
      logger.warning(
        `${resource} has ${existing.imageTagMutability ?? "unknown"} tags; modelship relies on ` +
          "immutable tags, but leaves an existing repository's settings alone",
      );
    }
    logger.info(`${resource} exists`);
    return { created: false };
  }
  return describeFailure("ECR CreateRepository", resource, async () => {
    try {
      await ecr.send(
        new CreateRepositoryCommand({
          repositoryName: repository,
          registryId,
          imageTagMutability: "IMMUTABLE",
          imageScanningConfiguration: { scanOnPush: true },
        }),
      );
      logger.info(`created ${resource} (immutable tags, scan on push)`);
      return { created: true };
    } catch (error) {
      // Another job created it between our describe and create: that is what we wanted.
      if (errorName(error) === "RepositoryAlreadyExistsException") {
        return { created: false };
      }
      throw error;
    }
  });
}

/** Options for ecrRepository. */
export interface EcrRepositoryOptions {
  ecr: ECRClient;
  repository: string;
  registryId?: string;
  /** Fetches the presigned config-blob URL; injected for tests, default the global fetch. */
  fetch?: typeof fetch;
}

/** Reads tags and image configs of one ECR repository through the ECR API. */
export function ecrRepository(options: EcrRepositoryOptions): RemoteRepository {
  const { ecr, repository, registryId } = options;
  const doFetch = options.fetch ?? fetch;
  return {
    describeTag: (tag) =>
      describeFailure(
        "ECR DescribeImages/BatchGetImage",
        `${repository}:${tag}`,
        async () => {
          let digest: string | undefined;
          try {
            const found = await ecr.send(
              new DescribeImagesCommand({
                repositoryName: repository,
                registryId,
                imageIds: [{ imageTag: tag }],
              }),
            );
            digest = found.imageDetails?.[0]?.imageDigest;
          } catch (error) {
            const name = errorName(error);
            if (
              name === "ImageNotFoundException" ||
              name === "RepositoryNotFoundException"
            ) {
              return undefined;
            }
            throw error;
          }
          if (!digest) return undefined;
          const got = await ecr.send(
            new BatchGetImageCommand({
              repositoryName: repository,
              registryId,
              imageIds: [{ imageDigest: digest }],
              acceptedMediaTypes: MANIFEST_TYPES,
            }),
          );
          const manifest = got.images?.[0]?.imageManifest ?? "";
          return { digest, configDigest: manifestConfigDigest(manifest) };
        },
      ),
    configLabels: (configDigest) =>
      describeFailure(
        "ECR GetDownloadUrlForLayer",
        `${repository}@${configDigest}`,
        async () => {
          const result = await ecr.send(
            new GetDownloadUrlForLayerCommand({
              repositoryName: repository,
              registryId,
              layerDigest: configDigest,
            }),
          );
          if (!result.downloadUrl) throw new Error("no download URL returned");
          const response = await doFetch(result.downloadUrl);
          if (!response.ok) {
            throw new Error(`config blob download answered ${response.status}`);
          }
          return configBlobLabels(await response.text());
        },
      ),
  };
}
