import { createHash } from "node:crypto";
import { describeFailure } from "../errors.js";
import { registryScheme } from "./names.js";

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

/** Options for the registry HTTP API client. */
export interface HttpRepositoryOptions {
  /** `host[:port]`; loopback hosts use http, others https. */
  registry: string;
  repository: string;
  username?: string;
  password?: string;
  /** Injected for tests; default the global fetch. */
  fetch?: typeof fetch;
}

/**
 * The OCI distribution (registry v2) HTTP API for one repository, with basic auth, and the bearer
 * token exchange that GHCR, Docker Hub and most hosted registries answer a 401 with.
 */
export function httpRepository(
  options: HttpRepositoryOptions,
): RemoteRepository {
  const doFetch = options.fetch ?? fetch;
  const base = `${registryScheme(options.registry)}://${options.registry}/v2/${options.repository}`;
  const basic =
    options.username === undefined
      ? undefined
      : `Basic ${Buffer.from(`${options.username}:${options.password ?? ""}`).toString("base64")}`;
  let bearer: string | undefined;

  async function get(url: string, accept?: string): Promise<Response> {
    const headers: Record<string, string> = accept ? { accept } : {};
    const auth = bearer ?? basic;
    if (auth) headers.authorization = auth;
    const response = await doFetch(url, { headers });
    const challenge = response.headers.get("www-authenticate") ?? "";
    if (response.status !== 401 || bearer || !/^bearer /i.test(challenge)) {
      return response;
    }
    bearer = `Bearer ${await bearerToken(challenge)}`;
    return doFetch(url, { headers: { ...headers, authorization: bearer } });
  }

  async function bearerToken(challenge: string): Promise<string> {
    const params = Object.fromEntries(
      [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const url = new URL(params.realm ?? "");
    for (const key of ["service", "scope"]) {
      if (params[key]) url.searchParams.set(key, params[key]);
    }
    const headers: Record<string, string> = basic
      ? { authorization: basic }
      : {};
    const response = await doFetch(url, { headers });
    if (!response.ok) {
      throw new Error(
        `token endpoint ${url.origin} answered ${response.status}`,
      );
    }
    const body = (await response.json()) as {
      token?: string;
      access_token?: string;
    };
    return body.token ?? body.access_token ?? "";
  }

  async function fail(response: Response): Promise<never> {
    const text = (await response.text()).slice(0, 300);
    const hint =
      response.status === 401
        ? " (give registry-username and registry-password)"
        : "";
    throw new Error(`HTTP ${response.status}${hint}: ${text}`);
  }

  return {
    describeTag: (tag) =>
      describeFailure(
        "GET /v2/.../manifests (registry API)",
        `${options.registry}/${options.repository}:${tag}`,
        async () => {
          const response = await get(
            `${base}/manifests/${tag}`,
            MANIFEST_TYPES.join(", "),
          );
          if (response.status === 404) return undefined;
          if (!response.ok) return fail(response);
          const body = await response.text();
          const digest =
            response.headers.get("docker-content-digest") ??
            `sha256:${createHash("sha256").update(body).digest("hex")}`;
          return { digest, configDigest: manifestConfigDigest(body) };
        },
      ),
    configLabels: (configDigest) =>
      describeFailure(
        "GET /v2/.../blobs (registry API)",
        `${options.registry}/${options.repository}@${configDigest}`,
        async () => {
          const response = await get(`${base}/blobs/${configDigest}`);
          if (!response.ok) return fail(response);
          return configBlobLabels(await response.text());
        },
      ),
  };
}
