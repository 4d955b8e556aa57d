import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { APP_INPUT, CONFIG_INPUT } from "../common-inputs.js";
import { ConfigurationError } from "../errors.js";
import type { InputTable } from "../input-table.js";
import {
  booleanInput,
  optionalInput,
  parseKeyValues,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import { parseVersion } from "../version.js";
import type { BuildPushOptions } from "./build-push.js";
import { findGatewayContext } from "./gateway-image.js";
import {
  ecrRegistry,
  parseCommitSha,
  parsePlatform,
  parseRegistryHost,
  parseRepositoryName,
} from "./names.js";

/** How an image is built and where it goes: shared by build-push, the root action and the CLI. */
export const BUILD_SETTINGS_INPUTS: InputTable = [
  {
    name: "context",
    path: true,
    default: ".",
    config: "build.context",
    help: "build context directory",
  },
  {
    name: "dockerfile",
    path: true,
    config: "build.dockerfile",
    help: "Dockerfile (default <context>/Dockerfile)",
  },
  {
    name: "repository",
    help: "image repository name (default the app name)",
  },
  {
    name: "build-args",
    config: "build.build-args",
    help: "build arguments, one KEY=VALUE per line",
  },
  { name: "registry", help: "registry host (default the account's ECR)" },
  { name: "registry-username", help: "user for a non-ECR registry" },
  {
    name: "registry-password",
    secret: true,
    help: "password for a non-ECR registry",
  },
  { name: "platform", help: "target platform, e.g. linux/amd64" },
  {
    name: "prepare",
    config: "build.prepare",
    help: "shell command run before the build, with MODELSHIP_RUN_DIR set",
  },
  {
    name: "gateway",
    default: "true",
    config: "build.gateway",
    help: "also push modelship's gateway image (the version's sidecar) into the repository",
  },
];

/** build-push's inputs (action.yml, CLI flags, modelship.yml's `build` section). */
export const BUILD_PUSH_INPUTS: InputTable = [
  { name: "version", required: true, help: "model version: the image tag" },
  APP_INPUT,
  ...BUILD_SETTINGS_INPUTS,
  { name: "push", default: "true", help: "push after building (true/false)" },
  CONFIG_INPUT,
];

const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseBuildArgs(raw: string): Map<string, string> {
  const args = parseKeyValues(raw, 'input "build-args"');
  for (const key of args.keys()) {
    if (!BUILD_ARG_KEY.test(key)) {
      throw new ConfigurationError(
        `input "build-args": "${key}" is not a valid ARG name (letters, digits, '_')`,
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
  const username = optionalInput(read, "registry-username");
  const password = optionalInput(read, "registry-password");
  if (username === undefined && password === undefined) return {};
  if (!registry || ecrRegistry(registry)) {
    throw new ConfigurationError(
      `inputs "registry-username"/"registry-password" are for a non-ECR "registry"; ` +
        "ECR logs in with GetAuthorizationToken",
    );
  }
  if (username === undefined || password === undefined) {
    throw new ConfigurationError(
      `inputs "registry-username" and "registry-password" must be given together`,
    );
  }
  return { registryUsername: username, registryPassword: password };
}

/** How to build and push, whatever the version (BUILD_SETTINGS_INPUTS and the run's context). */
export type BuildSettings = Omit<BuildPushOptions, "version" | "push">;

function readSourceDate(
  env: Record<string, string | undefined>,
): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) {
    throw new ConfigurationError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch.slice(0, 40)}"`,
    );
  }
  return epoch ? new Date(Number(epoch) * 1000) : undefined;
}

/**
 * Reads and validates the build settings and the run's context (`GITHUB_SHA`, the source URL,
 * `SOURCE_DATE_EPOCH`). Every mistake is a ConfigurationError raised before anything is built.
 */
export function readBuildSettings(
  read: InputSource,
  env: Record<string, string | undefined>,
): BuildSettings {
  const repository = parseRepositoryName(
    optionalInput(read, "repository") ?? requiredInput(read, "app"),
  );
  const context = requiredInput(read, "context");
  const dockerfile =
    optionalInput(read, "dockerfile") ?? path.join(context, "Dockerfile");
  checkPaths(context, dockerfile);
  const rawRegistry = optionalInput(read, "registry");
  const registry = rawRegistry ? parseRegistryHost(rawRegistry) : undefined;
  const platform = optionalInput(read, "platform");
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    context,
    dockerfile,
    repository,
    buildArgs: parseBuildArgs(read("build-args")),
    registry,
    ...parseCredentials(read, registry),
    platform: platform === undefined ? undefined : parsePlatform(platform),
    prepare: optionalInput(read, "prepare"),
    gateway: booleanInput(read, "gateway", true),
    gatewayContext: findGatewayContext(),
    gatewayBaseImage: env.MODELSHIP_GATEWAY_BASE_IMAGE?.trim() || undefined,
    sha: parseCommitSha(env.GITHUB_SHA ?? ""),
    sourceUrl: env.GITHUB_REPOSITORY
      ? `${server}/${env.GITHUB_REPOSITORY}`
      : undefined,
    created: readSourceDate(env),
  };
}

/** Reads and validates every build-push input (BUILD_PUSH_INPUTS). */
export function readBuildPushInputs(
  read: InputSource,
  env: Record<string, string | undefined>,
): BuildPushOptions {
  return {
    version: parseVersion(requiredInput(read, "version")),
    ...readBuildSettings(read, env),
    push: booleanInput(read, "push", true),
  };
}
