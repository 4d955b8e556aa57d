import { createHash } from "node:crypto";
import { ConfigurationError } from "../errors.js";

// ECR's documented repository-name pattern (lowercase, namespaces with '/').
const REPOSITORY_PATTERN =
  /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const REPOSITORY_RULE =
  "use lowercase letters, digits, '.', '_', '-' between them and '/' between namespaces (2-256 characters)";
// host[:port], host being a DNS name or IPv4 address; no scheme, no path.
const REGISTRY_PATTERN =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;
const ECR_HOST =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const SHA_PATTERN = /^[0-9a-f]{40}$/;
const PLATFORM_PATTERN = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

/** OCI label keys we set on every image. */
export const LABELS = {
  source: "org.opencontainers.image.source",
  revision: "org.opencontainers.image.revision",
  version: "org.opencontainers.image.version",
  created: "org.opencontainers.image.created",
  /** Hash of the build's own inputs (Dockerfile path, build args, platform); see buildFingerprint. */
  buildInputs: "dev.modelship.build-inputs",
} as const;

/** Validates an image repository name (the ECR rules, which are the strictest common ones). */
export function parseRepositoryName(raw: string): string {
  if (raw.length < 2 || raw.length > 256 || !REPOSITORY_PATTERN.test(raw)) {
    const hint =
      raw !== raw.toLowerCase() && REPOSITORY_PATTERN.test(raw.toLowerCase())
        ? ` (try ${JSON.stringify(raw.toLowerCase())})`
        : "";
    throw new ConfigurationError(
      `repository ${JSON.stringify(raw)} is not allowed: ${REPOSITORY_RULE}${hint}`,
    );
  }
  return raw;
}

/**
 * The ECR repository name in an image reference such as `1.dkr.ecr.r.amazonaws.com/repo:tag`
 * (FIPS and China hosts too), or undefined for an image anywhere else.
 */
export function ecrRepositoryOf(
  image: string | null | undefined,
): string | undefined {
  const slash = (image ?? "").indexOf("/");
  if (slash < 0 || !ECR_HOST.test((image ?? "").slice(0, slash)))
    return undefined;
  return /^([^:@]+)/.exec((image ?? "").slice(slash + 1))?.[1];
}

/** Validates a registry host (`host[:port]`, no scheme or path), lowercasing it. */
export function parseRegistryHost(raw: string): string {
  const host = raw.trim().toLowerCase();
  if (!REGISTRY_PATTERN.test(host)) {
    throw new ConfigurationError(
      `registry ${JSON.stringify(raw)} is not allowed: give a host[:port] such as ` +
        `"123456789012.dkr.ecr.us-east-1.amazonaws.com" or "ghcr.io", without "https://" or a path`,
    );
  }
  return host;
}

/** The account and region of an ECR registry host, or undefined for any other registry. */
export function ecrRegistry(
  host: string,
): { accountId: string; region: string } | undefined {
  const match = ECR_HOST.exec(host);
  return match
    ? { accountId: match[1] ?? "", region: match[2] ?? "" }
    : undefined;
}

/**
 * Registries on loopback are spoken to over plain HTTP (as Docker treats 127.0.0.0/8 as
 * insecure by default); every other registry over HTTPS.
 */
export function registryScheme(host: string): "http" | "https" {
  const name = host.replace(/:\d+$/, "");
  return name === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(name)
    ? "http"
    : "https";
}

/** Validates the commit SHA (GITHUB_SHA); the commit tag is the full 40-hex SHA. */
export function parseCommitSha(raw: string): string {
  const sha = raw.trim().toLowerCase();
  if (!SHA_PATTERN.test(sha)) {
    throw new ConfigurationError(
      `commit SHA ${JSON.stringify(raw)} is not a 40-character hex SHA (set GITHUB_SHA)`,
    );
  }
  return sha;
}

/** Validates a `--platform` value such as `linux/amd64` or `linux/arm64/v8`. */
export function parsePlatform(raw: string): string {
  if (!PLATFORM_PATTERN.test(raw)) {
    throw new ConfigurationError(
      `platform ${JSON.stringify(raw)} is not allowed: use os/arch[/variant], e.g. "linux/amd64"`,
    );
  }
  return raw;
}

/**
 * A stable hash of what, besides the commit, decides the image: the Dockerfile path, the build
 * args and the platform. Stored as a label so a re-run can tell "same source, rebuilt" from
 * "different image". Only the hash is published, never the build-arg values.
 */
export function buildFingerprint(input: {
  dockerfile: string;
  buildArgs: Map<string, string>;
  platform?: string;
}): string {
  const args = [...input.buildArgs.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const text = JSON.stringify([input.dockerfile, args, input.platform ?? ""]);
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}

/** Everything the build and the push need to name. */
export interface ImageNames {
  /** `<registry>/<repository>` */
  uri: string;
  /** `<uri>:<version>`: the immutable tag the deploy uses. */
  versionRef: string;
  /** `<uri>:<full commit sha>`: which commit the image came from. */
  commitRef: string;
}

/**
 * The image's names. The commit tag is the full 40-hex SHA: versions are at most 32 characters,
 * so a commit tag can never collide with a version tag.
 */
export function imageNames(
  registry: string,
  repository: string,
  versionTag: string,
  sha: string,
): ImageNames {
  const uri = `${registry}/${repository}`;
  return {
    uri,
    versionRef: `${uri}:${versionTag}`,
    commitRef: `${uri}:${sha}`,
  };
}
