/**
 * The gateway image, built by build-push next to the model image, into the same repository: the
 * task's execution role already pulls from there, and a task in private subnets reaches it as it
 * reaches the model image (no second registry, no public pull). Its tag is a hash of its build
 * inputs (`gateway-<12 hex>`), so a repository gets it once per gateway release, not per version.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import type { RemoteRepository } from "../oci.js";
import { dockerBuild, dockerPush } from "./docker.js";

const CONTEXT = path.join("actions", "gateway");

/**
 * modelship's gateway build context (actions/gateway, with its built bundle in dist/), found by
 * walking up from `from` (by default this module's own directory, in the source or a bundle).
 */
export function findGatewayContext(
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const context = path.join(dir, CONTEXT);
    if (
      existsSync(path.join(context, "Dockerfile")) &&
      existsSync(path.join(context, "dist", "index.js"))
    )
      return context;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? filesUnder(file) : [file];
    });
}

/** `gateway-` and 12 hex digits of the Dockerfile, the bundle and the base image. */
export function gatewayTag(context: string, baseImage = ""): string {
  const hash = createHash("sha256");
  for (const file of [
    path.join(context, "Dockerfile"),
    ...filesUnder(path.join(context, "dist")),
  ]) {
    hash.update(`${path.relative(context, file)}\0`);
    hash.update(readFileSync(file));
  }
  hash.update(`BASE_IMAGE=${baseImage}`);
  return `gateway-${hash.digest("hex").slice(0, 12)}`;
}

/** What publishing the gateway image needs. */
export interface GatewayImageRequest {
  context: string;
  /** `<registry>/<repository>`, where the model image goes. */
  uri: string;
  remote: RemoteRepository;
  run: CommandRunner;
  logger: Logger;
  platform?: string;
  /** BASE_IMAGE build argument (default: the Dockerfile's, node:20-slim). */
  baseImage?: string;
}

/** Builds and pushes the gateway image unless its tag is there already; returns it by digest. */
export async function publishGatewayImage(
  request: GatewayImageRequest,
): Promise<{ imageRef: string; pushed: boolean }> {
  const { logger, remote, run } = request;
  const tag = gatewayTag(request.context, request.baseImage);
  const ref = `${request.uri}:${tag}`;
  const existing = await remote.describeTag(tag);
  if (existing) {
    logger.info(`gateway image ${ref} is already there (${existing.digest})`);
    return { imageRef: `${request.uri}@${existing.digest}`, pushed: false };
  }
  await dockerBuild(run, {
    context: request.context,
    dockerfile: path.join(request.context, "Dockerfile"),
    tags: [ref],
    labels: { "org.opencontainers.image.title": "modelship gateway" },
    buildArgs: new Map(
      request.baseImage ? [["BASE_IMAGE", request.baseImage]] : [],
    ),
    platform: request.platform,
  });
  await dockerPush(run, ref);
  const stored = await remote.describeTag(tag);
  if (!stored) throw new Error(`the pushed tag ${ref} is not in the registry`);
  logger.info(`pushed the gateway image ${ref} as ${stored.digest}`);
  return { imageRef: `${request.uri}@${stored.digest}`, pushed: true };
}
