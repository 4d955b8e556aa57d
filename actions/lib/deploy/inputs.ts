import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseTraffic } from "./traffic.js";
import { parseTemplate } from "../cfn/parse.js";
import { ConfigurationError, errorMessage } from "../errors.js";
import {
  numberInput,
  optionalInput,
  parseKeyValues,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import { parseAppName, parseVersion, type VersionNames } from "../version.js";

/** deploy-stack's inputs by their public names (as in action.yml). */
export const DEPLOY_INPUTS = {
  version: "version",
  image: "image",
  app: "app",
  template: "template",
  parameters: "parameters",
  traffic: "traffic",
  timeoutMinutes: "timeout-minutes",
  databaseUrl: "database-url",
  sharedParameters: "shared-parameters",
  metrics: "metrics",
  imageDigest: "image-digest",
  pollSeconds: "poll-seconds",
  maxFailedTasks: "max-failed-tasks",
  canaryWeight: "canary-weight",
} as const;

/** A CloudFormation template read from disk, with the parameters it declares. */
export interface TemplateFile {
  path: string;
  body: string;
  parameters: Set<string>;
}

/** Everything deploy-stack needs, validated; nothing here has touched AWS. */
export interface DeployRequest {
  app: string;
  names: VersionNames;
  image: string;
  imageDigest?: string;
  template: TemplateFile;
  sharedTemplate: TemplateFile;
  /** Extra or overriding parameters of the version stack. */
  parameters: Map<string, string>;
  /** Parameters for creating or updating the shared stack; undefined = leave it alone. */
  sharedParameters?: Map<string, string>;
  traffic: Map<string, number>;
  /**
   * Set instead of an explicit traffic split: the new version gets this percent and the versions
   * serving now share the rest in their current proportions (read from the listener).
   */
  canaryWeight?: number;
  timeoutMs: number;
  pollMs: number;
  maxFailedTasks: number;
  databaseUrl?: string;
  metrics?: Record<string, unknown>;
}

/** Walks up from `start` to the first directory holding `relative` (the action's repo root). */
export function findUp(start: string, relative: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Reads a template and the names of its parameters; a missing or broken file is the user's. */
export function readTemplate(file: string, what: string): TemplateFile {
  if (!existsSync(file)) {
    throw new ConfigurationError(`${what} "${file}" does not exist`);
  }
  const body = readFileSync(file, "utf8");
  const parsed = parseTemplate(body);
  const value = parsed.value;
  const declared =
    value && typeof value === "object" && !Array.isArray(value)
      ? value.Parameters
      : undefined;
  if (parsed.errors.length > 0 || !declared || typeof declared !== "object") {
    const why = parsed.errors[0]?.message ?? "it has no Parameters section";
    throw new ConfigurationError(
      `${what} "${file}" is not a usable CloudFormation template: ${why}`,
    );
  }
  return { path: file, body, parameters: new Set(Object.keys(declared)) };
}

function checkDeclared(
  params: Map<string, string>,
  template: TemplateFile,
  input: string,
): void {
  for (const key of params.keys()) {
    if (!template.parameters.has(key)) {
      throw new ConfigurationError(
        `input "${input}": parameter "${key}" is not declared in ${template.path} (it declares ${[...template.parameters].join(", ")})`,
      );
    }
  }
}

function parseMetrics(
  raw: string | undefined,
  workspace: string,
): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  const inline = raw.startsWith("{");
  const file = path.resolve(workspace, raw);
  if (!inline && !existsSync(file)) {
    throw new ConfigurationError(
      `input "metrics" must be a JSON object or a JSON file; "${raw}" is neither`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(inline ? raw : readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigurationError(
      `input "metrics" is not valid JSON: ${errorMessage(error)}`,
    );
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError(`input "metrics" must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

function parseImage(read: InputSource): { image: string; digest?: string } {
  const image = requiredInput(read, DEPLOY_INPUTS.image);
  if (/\s/.test(image) || image.startsWith("-")) {
    throw new ConfigurationError(
      `input "image" ${JSON.stringify(image)} is not an image reference (repository:tag or repository@sha256:...)`,
    );
  }
  const given = optionalInput(read, DEPLOY_INPUTS.imageDigest);
  const digest = given ?? /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
  if (digest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new ConfigurationError(
      `input "image-digest" ${JSON.stringify(digest)} must look like sha256:<64 hex digits>`,
    );
  }
  return { image, digest };
}

/**
 * Reads and validates every deploy-stack input. Runs before any AWS call, so a bad version,
 * traffic split, template path or parameter fails in seconds with the offending value.
 * `actionDir` locates the bundled templates; user paths are relative to `workspace`.
 */
export function parseDeployInputs(
  read: InputSource,
  options: { actionDir: string; workspace: string },
): DeployRequest {
  const names = parseVersion(requiredInput(read, DEPLOY_INPUTS.version));
  const app = parseAppName(
    optionalInput(read, DEPLOY_INPUTS.app) ?? "modelship",
  );
  const { image, digest } = parseImage(read);
  const traffic = parseTraffic(read(DEPLOY_INPUTS.traffic), names.version);
  const canaryWeight = numberInput(
    read,
    DEPLOY_INPUTS.canaryWeight,
    undefined,
    {
      min: 1,
      max: 100,
      integer: true,
    },
  );
  if (
    canaryWeight !== undefined &&
    optionalInput(read, DEPLOY_INPUTS.traffic)
  ) {
    throw new ConfigurationError(
      `inputs "traffic" and "canary-weight" cannot be combined: give an explicit split or a canary weight`,
    );
  }
  const builtIn = (name: string) =>
    findUp(options.actionDir, path.join("stack-templates", name)) ??
    path.join("stack-templates", name);
  const userTemplate = optionalInput(read, DEPLOY_INPUTS.template);
  const template = readTemplate(
    userTemplate
      ? path.resolve(options.workspace, userTemplate)
      : builtIn("version.yml"),
    'input "template"',
  );
  const sharedTemplate = readTemplate(builtIn("shared.yml"), "shared template");
  const parameters = parseKeyValues(
    read(DEPLOY_INPUTS.parameters),
    'input "parameters"',
  );
  checkDeclared(parameters, template, DEPLOY_INPUTS.parameters);
  const sharedRaw = optionalInput(read, DEPLOY_INPUTS.sharedParameters);
  const sharedParameters = sharedRaw
    ? parseKeyValues(sharedRaw, 'input "shared-parameters"')
    : undefined;
  if (sharedParameters)
    checkDeclared(
      sharedParameters,
      sharedTemplate,
      DEPLOY_INPUTS.sharedParameters,
    );
  const minutes = numberInput(read, DEPLOY_INPUTS.timeoutMinutes, 30, {
    min: 1,
    max: 360,
  });
  const seconds = numberInput(read, DEPLOY_INPUTS.pollSeconds, 2, {
    min: 0.1,
    max: 3,
  });
  const maxFailed = numberInput(read, DEPLOY_INPUTS.maxFailedTasks, 3, {
    min: 1,
    max: 100,
    integer: true,
  });
  return {
    app,
    names,
    image,
    imageDigest: digest,
    template,
    sharedTemplate,
    parameters,
    sharedParameters,
    traffic,
    canaryWeight,
    timeoutMs: (minutes ?? 30) * 60_000,
    pollMs: (seconds ?? 2) * 1000,
    maxFailedTasks: maxFailed ?? 3,
    databaseUrl: optionalInput(read, DEPLOY_INPUTS.databaseUrl),
    metrics: parseMetrics(
      optionalInput(read, DEPLOY_INPUTS.metrics),
      options.workspace,
    ),
  };
}
