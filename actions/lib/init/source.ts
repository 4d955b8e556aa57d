import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../errors.js";

/** Where modelship's actions are published: `uses: <owner>/<repo>/actions/<name>@<ref>`. */
export interface ActionSource {
  owner: string;
  repo: string;
  /** The major tag users pin, e.g. `v1`. */
  ref: string;
}

/** The running modelship: its checkout (or installed package) and its package.json facts. */
export interface ModelshipInstall {
  /** Directory holding modelship's package.json, workflows/ and stack-templates/. */
  root: string;
  version: string;
  source: ActionSource;
}

const OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
/** package.json is small; anything bigger is not ours. */
const MAX_PACKAGE_BYTES = 64 * 1024;

/** Validates a GitHub owner (user or organisation) name, e.g. from `--owner`. */
export function parseOwner(raw: string, what = "--owner"): string {
  if (!OWNER_PATTERN.test(raw) || raw.endsWith("-")) {
    const shown = JSON.stringify(
      raw.length > 40 ? `${raw.slice(0, 40)}…` : raw,
    );
    throw new ConfigurationError(
      `${what} ${shown} is not a GitHub user or organisation name (letters, digits and single '-', max 39)`,
    );
  }
  return raw;
}

/**
 * Owner and repository from package.json's `repository` field: a string (`owner/repo`,
 * `github:owner/repo`, a github.com URL) or `{ "url": ... }`.
 */
export function parseRepositoryField(field: unknown): {
  owner: string;
  repo: string;
} {
  const url =
    typeof field === "string"
      ? field
      : typeof field === "object" && field !== null
        ? (field as { url?: unknown }).url
        : undefined;
  const match =
    typeof url === "string"
      ? /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/|git@github\.com:|git:\/\/github\.com\/)?([^/:\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(
          url,
        )
      : null;
  if (!match || !REPO_PATTERN.test(match[2] as string)) {
    throw new ConfigurationError(
      `modelship's package.json has no GitHub "repository" field to take the owner from: pass --owner OWNER`,
    );
  }
  return {
    owner: parseOwner(match[1] as string, "repository owner"),
    repo: match[2] as string,
  };
}

/** The major tag of a semantic version: `1.4.2` → `v1`. */
export function majorTag(version: string): string {
  const match = /^v?(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version);
  if (!match)
    throw new ConfigurationError(
      `modelship's version "${version}" is not a semantic version`,
    );
  return `v${match[1]}`;
}

function readPackage(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file) || statSync(file).size > MAX_PACKAGE_BYTES)
    return undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof parsed === "object" && parsed !== null
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the running modelship by walking up from `start` (the CLI's own directory, in source or
 * in its bundle) to the package.json named "modelship" that sits beside `workflows/`.
 */
export function locateModelship(start: string): ModelshipInstall {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const pkg = readPackage(path.join(dir, "package.json"));
    if (pkg?.name === "modelship" && existsSync(path.join(dir, "workflows"))) {
      const version = String(pkg.version ?? "");
      const { owner, repo } = parseRepositoryField(pkg.repository);
      return {
        root: dir,
        version,
        source: { owner, repo, ref: majorTag(version) },
      };
    }
    if (path.dirname(dir) === dir)
      throw new Error(
        `modelship's package.json and workflows/ are not above ${start}`,
      );
  }
}
