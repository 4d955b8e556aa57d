import { createHash } from "node:crypto";
import { describeFailure } from "../errors.js";
import {
  MANIFEST_TYPES,
  configBlobLabels,
  manifestConfigDigest,
  type RemoteRepository,
} from "../oci.js";
import { registryScheme } from "./names.js";

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
