import { ServiceCallError } from "../errors.js";
import type { ECRClient } from "@aws-sdk/client-ecr";
import type { CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import type {
  BuildPushDeps,
  BuildPushOptions,
  BuildPushResult,
} from "./build-push.js";
import { dockerLogin, dockerPush } from "./docker.js";
import { ecrRepository, ensureEcrRepository } from "../aws/ecr.js";
import { checkExisting, type LocalIdentity } from "./existing.js";
import type { ImageNames } from "./names.js";
import type { RemoteRepository } from "../oci.js";
import { httpRepository } from "./remote.js";

/** The registry build-push talks to, and how it logs in. */
export interface Target {
  host: string;
  ecr?: ECRClient;
  registryId?: string;
  login?: { username: string; password: string };
}

/** Read access to the repository images go to, through the ECR API or the registry's HTTP API. */
export function remoteFor(
  target: Target,
  options: BuildPushOptions,
  deps: BuildPushDeps,
): RemoteRepository {
  return target.ecr
    ? ecrRepository({
        ecr: target.ecr,
        repository: options.repository,
        registryId: target.registryId,
        fetch: deps.fetch,
      })
    : httpRepository({
        registry: target.host,
        repository: options.repository,
        username: target.login?.username,
        password: target.login?.password,
        fetch: deps.fetch,
      });
}

/** Pushes the built image unless the version tag already holds it (see checkExisting). */
export async function publish(args: {
  options: BuildPushOptions;
  deps: BuildPushDeps;
  target: Target;
  names: ImageNames;
  local: LocalIdentity;
}): Promise<BuildPushResult> {
  const { options, deps, target, names, local } = args;
  const { logger, run } = deps;
  let repositoryCreated = false;
  if (target.ecr) {
    const ensured = await ensureEcrRepository({
      ecr: target.ecr,
      repository: options.repository,
      logger,
      registryId: target.registryId,
    });
    repositoryCreated = ensured.created;
  }
  const remote = remoteFor(target, options, deps);
  const tag = options.version.imageTag;
  const existing = await checkExisting({
    remote,
    ref: names.versionRef,
    tag,
    local,
  });
  const base = {
    image: names.versionRef,
    imageId: local.imageId,
    commitImage: names.commitRef,
    repositoryCreated,
  };
  if (existing) {
    const { verdict, image } = existing;
    if (verdict.kind === "conflict") {
      throw new Error(
        `cannot push ${names.versionRef}: ${verdict.detail}. Tags are immutable: choose a new version`,
      );
    }
    logger.info(
      verdict.kind === "identical"
        ? `already pushed: ${names.versionRef} is ${image.digest} with the same image ID ${local.imageId}; nothing to push`
        : `already pushed: ${verdict.detail}`,
    );
    const commitTag = await commitTagState(remote, options.sha, image.digest);
    return {
      ...base,
      digest: image.digest,
      imageRef: `${names.uri}@${image.digest}`,
      outcome: verdict.kind === "identical" ? "already-pushed" : "same-source",
      pushed: false,
      commitTag,
    };
  }
  if (target.login) {
    await dockerLogin(run, { registry: target.host, ...target.login });
  }
  const digest = await pushAndConfirm({ run, logger, remote, names, tag });
  const commitTag = await pushCommitTag({
    run,
    logger,
    remote,
    names,
    options,
    digest,
  });
  return {
    ...base,
    digest,
    imageRef: `${names.uri}@${digest}`,
    outcome: "pushed",
    pushed: true,
    commitTag,
  };
}

/** Pushes the version tag and reads the digest back from the registry, which is authoritative. */
async function pushAndConfirm(args: {
  run: CommandRunner;
  logger: Logger;
  remote: RemoteRepository;
  names: ImageNames;
  tag: string;
}): Promise<string> {
  const printed = await dockerPush(args.run, args.names.versionRef);
  const stored = await args.remote.describeTag(args.tag);
  if (!stored) {
    throw new ServiceCallError(
      "registry lookup after docker push",
      args.names.versionRef,
      new Error("the pushed tag is not in the registry"),
    );
  }
  if (printed && printed !== stored.digest) {
    args.logger.warning(
      `docker push printed ${printed} but the registry holds ${stored.digest} for ${args.names.versionRef}; using the registry's`,
    );
  }
  args.logger.info(`pushed ${args.names.versionRef} as ${stored.digest}`);
  return stored.digest;
}

async function commitTagState(
  remote: RemoteRepository,
  sha: string,
  digest: string,
): Promise<BuildPushResult["commitTag"]> {
  const held = await remote.describeTag(sha);
  if (!held) return "not-pushed";
  return held.digest === digest ? "present" : "held-by-other-image";
}

/**
 * Pushes the commit tag unless it exists. With immutable tags one commit built as two versions
 * cannot move it, so it keeps pointing at the first image built from that commit.
 */
async function pushCommitTag(args: {
  run: CommandRunner;
  logger: Logger;
  remote: RemoteRepository;
  names: ImageNames;
  options: BuildPushOptions;
  digest: string;
}): Promise<BuildPushResult["commitTag"]> {
  const state = await commitTagState(
    args.remote,
    args.options.sha,
    args.digest,
  );
  if (state === "held-by-other-image") {
    args.logger.info(
      `${args.names.commitRef} already names an earlier image built from this commit; left as it is (tags are immutable)`,
    );
    return state;
  }
  if (state === "present") return state;
  await dockerPush(args.run, args.names.commitRef);
  return "pushed";
}
