import path from "node:path";
import { ECRClient } from "@aws-sdk/client-ecr";
import type { CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import type { VersionNames } from "../version.js";
import { dockerBuild } from "./docker.js";
import { ecrLogin } from "../aws/ecr.js";
import { LABELS, buildFingerprint, ecrRegistry, imageNames } from "./names.js";
import { publishGatewayImage } from "./gateway-image.js";
import { publish, remoteFor, type Target } from "./publish.js";

/** Validated inputs of build-push (the shell and the CLI build this). */
export interface BuildPushOptions {
  context: string;
  dockerfile: string;
  repository: string;
  version: VersionNames;
  buildArgs: Map<string, string>;
  /** `host[:port]`; undefined = the account's ECR registry. */
  registry?: string;
  registryUsername?: string;
  registryPassword?: string;
  push: boolean;
  platform?: string;
  /**
   * A shell command run before the build (modelship.yml's `build.prepare`), with MODELSHIP_RUN_DIR
   * set to `runDir`: for example to copy the trained model into the context.
   */
  prepare?: string;
  /** The run directory the training left its files in; default the working directory. */
  runDir?: string;
  /** Also build and push modelship's gateway image into the repository (when pushing). */
  gateway?: boolean;
  /** Its build context (actions/gateway with its bundle); undefined when none was found. */
  gatewayContext?: string;
  /** Its BASE_IMAGE (MODELSHIP_GATEWAY_BASE_IMAGE; default the Dockerfile's node:20-slim). */
  gatewayBaseImage?: string;
  /** Full commit SHA (the revision label and the commit tag). */
  sha: string;
  /** `<server>/<owner>/<repo>` for the source label, when known. */
  sourceUrl?: string;
  /**
   * The created label. Undefined = the commit's committer time from git (the reproducible-builds
   * convention), else now: a rebuild of the same commit on a warm cache then gets the same image ID.
   */
  created?: Date;
}

/** What build-push talks to. */
export interface BuildPushDeps {
  run: CommandRunner;
  logger: Logger;
  /** Hides a secret in all later log output (core.setSecret in the action). */
  mask: (secret: string) => void;
  /** ECR client; default `new ECRClient({})` (or the registry's region), made only when needed. */
  ecr?: ECRClient;
  fetch?: typeof fetch;
}

/** What happened, and the outputs. */
export interface BuildPushResult {
  /** `<registry>/<repository>:<version>` */
  image: string;
  /** Manifest digest in the registry; undefined when push is off. */
  digest?: string;
  /** `<registry>/<repository>@<digest>` */
  imageRef?: string;
  imageId: string;
  commitImage: string;
  /** pushed | already-pushed (identical) | same-source (earlier run of this commit) | built (push off) */
  outcome: "pushed" | "already-pushed" | "same-source" | "built";
  pushed: boolean;
  repositoryCreated: boolean;
  /** What became of the commit tag. */
  commitTag: "pushed" | "present" | "held-by-other-image" | "not-pushed";
  /** The gateway image by digest (`<registry>/<repository>@sha256:...`), when one was published. */
  gatewayImage?: string;
}

/** Finds the registry and its credentials: ECR via GetAuthorizationToken, else the inputs. */
async function resolveTarget(
  options: BuildPushOptions,
  deps: BuildPushDeps,
): Promise<Target> {
  const ecrHost = options.registry ? ecrRegistry(options.registry) : undefined;
  if (options.registry && !ecrHost) {
    if (options.registryPassword) deps.mask(options.registryPassword);
    const login =
      options.registryUsername === undefined
        ? undefined
        : {
            username: options.registryUsername,
            password: options.registryPassword ?? "",
          };
    return { host: options.registry, login };
  }
  const ecr =
    deps.ecr ?? new ECRClient(ecrHost ? { region: ecrHost.region } : {});
  const registryId = ecrHost?.accountId;
  const login = await ecrLogin({ ecr, mask: deps.mask, registryId });
  return { host: options.registry ?? login.registry, ecr, registryId, login };
}

/** The commit's committer time, or now when the context is not a git checkout of it. */
async function commitTime(
  run: CommandRunner,
  options: BuildPushOptions,
): Promise<Date> {
  const result = await run(
    "git",
    ["-C", options.context, "log", "-1", "--format=%ct", options.sha],
    { silent: true, ignoreReturnCode: true, timeoutMs: 30_000 },
  ).catch(() => undefined);
  const seconds = Number(result?.exitCode === 0 ? result.stdout.trim() : NaN);
  return Number.isFinite(seconds) && seconds > 0
    ? new Date(seconds * 1000)
    : new Date();
}

function labelsFor(
  options: BuildPushOptions,
  fingerprint: string,
  created: Date,
): Record<string, string> {
  return {
    ...(options.sourceUrl ? { [LABELS.source]: options.sourceUrl } : {}),
    [LABELS.revision]: options.sha,
    [LABELS.version]: options.version.version,
    [LABELS.created]: created.toISOString(),
    [LABELS.buildInputs]: fingerprint,
  };
}

/**
 * Builds the image with `docker build`, tags it with the version and the commit SHA, and pushes
 * it unless the version tag already holds it. Fails when the tag holds a different image.
 */
export async function buildPush(
  options: BuildPushOptions,
  deps: BuildPushDeps,
): Promise<BuildPushResult> {
  const { logger, run } = deps;
  const target = await logger.group("Registry", async () => {
    const found = await resolveTarget(options, deps);
    logger.info(`registry ${found.host}${found.ecr ? " (ECR)" : ""}`);
    return found;
  });
  const names = imageNames(
    target.host,
    options.repository,
    options.version.imageTag,
    options.sha,
  );
  if (options.prepare) {
    const prepare = options.prepare;
    await logger.group(`Prepare: ${prepare}`, () =>
      run("bash", ["-c", prepare], {
        env: { MODELSHIP_RUN_DIR: path.resolve(options.runDir ?? ".") },
      }),
    );
  }
  const fingerprint = buildFingerprint(options);
  const created = options.created ?? (await commitTime(run, options));
  const imageId = await logger.group(`Build ${names.versionRef}`, () =>
    dockerBuild(run, {
      context: options.context,
      dockerfile: options.dockerfile,
      tags: [names.versionRef, names.commitRef],
      labels: labelsFor(options, fingerprint, created),
      buildArgs: options.buildArgs,
      platform: options.platform,
    }),
  );
  logger.info(`built ${names.versionRef} as image ID ${imageId}`);
  const base = {
    image: names.versionRef,
    imageId,
    commitImage: names.commitRef,
  };
  if (!options.push) {
    logger.info("push is off: the image stays local");
    return {
      ...base,
      outcome: "built",
      pushed: false,
      repositoryCreated: false,
      commitTag: "not-pushed",
    };
  }
  const result = await logger.group(`Push ${names.versionRef}`, () =>
    publish({
      options,
      deps,
      target,
      names,
      local: { imageId, revision: options.sha, fingerprint },
    }),
  );
  if (!options.gateway) return result;
  const context = options.gatewayContext;
  if (!context) {
    logger.warning(
      "modelship's gateway bundle (actions/gateway/dist) is not next to this action: no gateway image, so the version runs without its sidecar",
    );
    return result;
  }
  const gateway = await logger.group("Gateway image", () =>
    publishGatewayImage({
      context,
      uri: names.uri,
      remote: remoteFor(target, options, deps),
      run,
      logger,
      platform: options.platform,
      baseImage: options.gatewayBaseImage,
    }),
  );
  return { ...result, gatewayImage: gateway.imageRef };
}
