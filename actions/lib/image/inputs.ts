import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../errors.js";
import {
  booleanInput,
  optionalInput,
  parseKeyValues,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import { parseVersion } from "../version.js";
import type { BuildPushOptions } from "./build-push.js";
import {
  ecrRegistry,
  parseCommitSha,
  parsePlatform,
  parseRegistryHost,
  parseRepositoryName,
} from "./names.js";

/** build-push's public input names (they match actions/build-push/action.yml). */
export const BUILD_PUSH_INPUTS = {
  context: "context",
  dockerfile: "dockerfile",
  repository: "repository",
  version: "version",
  buildArgs: "build-args",
  registry: "registry",
  registryUsername: "registry-username",
  registryPassword: "registry-password",
  push: "push",
  platform: "platform",
} as const;

const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseBuildArgs(raw: string): Map<string, string> {
  const args = parseKeyValues(raw, `input "${BUILD_PUSH_INPUTS.buildArgs}"`);
  for (const key of args.keys()) {
    if (!BUILD_ARG_KEY.test(key)) {
      throw new ConfigurationError(
        `input "${BUILD_PUSH_INPUTS.buildArgs}": "${key}" is not a valid ARG name (letters, digits, '_')`,
      );
    }
  }
  return args;
}

function checkPaths(context: string, dockerfile: string): void {
  if (!existsSync(context) || !statSync(context).isDirectory()) {
    throw new ConfigurationError(
      `input "context": "${context}" is not a directory`,
    );
  }
  if (!existsSync(dockerfile) || !statSync(dockerfile).isFile()) {
    throw new ConfigurationError(
      `input "dockerfile": "${dockerfile}" is not a file`,
    );
  }
}

function parseCredentials(
  read: InputSource,
  registry: string | undefined,
): { registryUsername?: string; registryPassword?: string } {
  const I = BUILD_PUSH_INPUTS;
  const username = optionalInput(read, I.registryUsername);
  const password = optionalInput(read, I.registryPassword);
  if (username === undefined && password === undefined) return {};
  if (!registry || ecrRegistry(registry)) {
    throw new ConfigurationError(
      `inputs "${I.registryUsername}"/"${I.registryPassword}" are for a non-ECR "${I.registry}"; ` +
        "ECR logs in with GetAuthorizationToken",
    );
  }
  if (username === undefined || password === undefined) {
    throw new ConfigurationError(
      `inputs "${I.registryUsername}" and "${I.registryPassword}" must be given together`,
    );
  }
  return { registryUsername: username, registryPassword: password };
}

/**
 * Reads and validates build-push's inputs and the run's context (`GITHUB_SHA`, the source URL,
 * `SOURCE_DATE_EPOCH`). Every mistake is a ConfigurationError raised before any AWS call.
 */
export function parseBuildPushInputs(
  read: InputSource,
  env: Record<string, string | undefined>,
): BuildPushOptions {
  const I = BUILD_PUSH_INPUTS;
  const version = parseVersion(requiredInput(read, I.version));
  const repository = parseRepositoryName(requiredInput(read, I.repository));
  const context = optionalInput(read, I.context) ?? ".";
  const dockerfile =
    optionalInput(read, I.dockerfile) ?? path.join(context, "Dockerfile");
  checkPaths(context, dockerfile);
  const rawRegistry = optionalInput(read, I.registry);
  const registry = rawRegistry ? parseRegistryHost(rawRegistry) : undefined;
  const platform = optionalInput(read, I.platform);
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) {
    throw new ConfigurationError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`,
    );
  }
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    context,
    dockerfile,
    repository,
    version,
    buildArgs: parseBuildArgs(read(I.buildArgs)),
    registry,
    ...parseCredentials(read, registry),
    push: booleanInput(read, I.push, true),
    platform: platform === undefined ? undefined : parsePlatform(platform),
    sha: parseCommitSha(env.GITHUB_SHA ?? ""),
    sourceUrl: env.GITHUB_REPOSITORY
      ? `${server}/${env.GITHUB_REPOSITORY}`
      : undefined,
    created: epoch ? new Date(Number(epoch) * 1000) : undefined,
  };
}
