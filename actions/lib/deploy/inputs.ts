import path from "node:path";
import {
  APP_INPUT,
  CLOUDFORMATION_ROLE_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
  ENVIRONMENT_INPUT,
  readCloudFormationRoleArn,
  readEnvironment,
} from "../common-inputs.js";
import { optionalDatabaseUrl } from "../db/url.js";
import { ConfigurationError } from "../errors.js";
import { originOf, type InputTable } from "../input-table.js";
import {
  numberInput,
  optionalInput,
  parseKeyValues,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import {
  metricsToObject,
  parseMetrics,
  readMetricsFileSync,
} from "../metrics-file.js";
import {
  environmentApp,
  parseAppName,
  parseVersion,
  type VersionNames,
} from "../version.js";
import {
  builtInTemplate,
  checkDeclared,
  readTemplate,
  type TemplateFile,
} from "./template.js";
import {
  checkOutputStream,
  KIND_INPUT,
  KIND_TEMPLATES,
  readDeployKind,
} from "./kind.js";
import { parseTrafficSplit } from "./traffic.js";
import type { DeployKind } from "../config/types.js";

/** How the stacks are deployed: the inputs deploy-stack shares with the root action and the CLI. */
export const DEPLOY_SETTINGS_INPUTS: InputTable = [
  KIND_INPUT,
  {
    name: "template",
    help: "version stack template (default the shipped one of the kind)",
  },
  {
    name: "parameters",
    config: "deploy.parameters",
    help: "extra version stack parameters, one Key=Value per line",
  },
  {
    name: "shared-parameters",
    config: "deploy.shared-parameters",
    help: "shared stack parameters (first deploy), one Key=Value per line",
  },
  CLOUDFORMATION_ROLE_INPUT,
  {
    name: "keep-versions",
    default: "3",
    config: "deploy.keep-versions",
    help: "after a shift to 100%, online versions past the newest this many with no traffic are reverted",
  },
  {
    name: "timeout-minutes",
    default: "30",
    config: "deploy.timeout-minutes",
    help: "longest wait for one stack operation, in minutes",
  },
  {
    name: "poll-seconds",
    default: "2",
    help: "seconds between polls of the stack and the service",
  },
  {
    name: "max-failed-tasks",
    default: "3",
    help: "failed tasks after which the deploy stops waiting and fails",
  },
];

/** deploy-stack's inputs (action.yml, CLI flags, modelship.yml's `deploy` section). */
export const DEPLOY_INPUTS: InputTable = [
  { name: "version", required: true, help: "model version to deploy" },
  { name: "image", required: true, help: "image reference to run" },
  { name: "image-digest", help: "the image's sha256 digest, recorded" },
  {
    name: "gateway-image",
    help: "modelship's gateway image (build-push's gateway-image): the version's sidecar",
  },
  APP_INPUT,
  ENVIRONMENT_INPUT,
  {
    name: "traffic",
    config: "deploy.traffic",
    help: "explicit split, e.g. v3=90,v4=10, or v3=100,v4=shadow",
  },
  {
    name: "canary-weight",
    config: "deploy.canary-weight",
    help: "percent of traffic the new version gets (the rest keep their shares)",
  },
  { name: "metrics", help: "training metrics (JSON or a file), recorded" },
  DATABASE_URL_INPUT,
  ...DEPLOY_SETTINGS_INPUTS,
  CONFIG_INPUT,
];

/** How to deploy, whatever the version: checked before the pipeline's first side effect. */
export interface DeploySettings {
  /** What the version is: its template and how it is reached (deploy/kind.ts). */
  kind: DeployKind;
  template: TemplateFile;
  sharedTemplate: TemplateFile;
  /** Extra or overriding parameters of the version stack. */
  parameters: Map<string, string>;
  /** Parameters for creating or updating the shared stack; undefined = leave it alone. */
  sharedParameters?: Map<string, string>;
  /** The CloudFormation service role: the change sets' and DeleteStack's RoleARN. */
  cloudFormationRoleArn?: string;
  /** Online versions kept after a shift to 100%; older ones with no traffic are reverted. */
  keepVersions: number;
  timeoutMs: number;
  pollMs: number;
  maxFailedTasks: number;
}

/** Everything deploy-stack needs, validated; nothing here has touched AWS. */
export interface DeployRequest extends DeploySettings {
  app: string;
  /**
   * The version's names in the environment it is deployed to: `names.environment` decides every
   * AWS name (environmentApp) and the registry rows; the ECR repository stays the app's.
   */
  names: VersionNames;
  image: string;
  imageDigest?: string;
  /** The gateway sidecar's image (the template's GatewayImageUri); none: no sidecar. */
  gatewayImage?: string;
  traffic: Map<string, number>;
  /** The split's shadows (given with an explicit split only; a canary leaves roles alone). */
  shadows?: ReadonlySet<string>;
  /**
   * Set instead of an explicit traffic split: the new version gets this percent and the versions
   * serving now share the rest in their current proportions (read from the listener).
   */
  canaryWeight?: number;
  databaseUrl?: string;
  /** Flat training metrics (`a.b` keys), recorded in deployments. */
  metrics?: Record<string, number>;
}

/** Where templates and user paths are found. */
export interface DeployDirs {
  /** The bundle's directory: the shipped templates are found by walking up from it. */
  actionDir: string;
  /** The user's workspace: relative paths resolve against it. */
  workspace: string;
}

/** The canary weight input: a whole percent from 1 to 100. */
export function readCanaryWeight(read: InputSource): number | undefined {
  return numberInput(read, "canary-weight", undefined, {
    min: 1,
    max: 100,
    integer: true,
  });
}

function readParameters(
  read: InputSource,
  name: "parameters" | "shared-parameters",
  template: TemplateFile,
): Map<string, string> | undefined {
  const raw = optionalInput(read, name);
  if (raw === undefined) return undefined;
  const parameters = parseKeyValues(raw, `input "${name}"`);
  checkDeclared(parameters, template, name);
  return parameters;
}

/** Reads the deploy settings (DEPLOY_SETTINGS_INPUTS): templates, parameters and waits. */
export function readDeploySettings(
  read: InputSource,
  dirs: DeployDirs,
): DeploySettings {
  const kind = readDeployKind(read);
  const userTemplate = optionalInput(read, "template");
  const template = readTemplate(
    userTemplate
      ? path.resolve(dirs.workspace, userTemplate)
      : builtInTemplate(dirs.actionDir, KIND_TEMPLATES[kind] as string),
    'input "template"',
  );
  const sharedTemplate = readTemplate(
    builtInTemplate(dirs.actionDir, "shared.yml"),
    "shared template",
  );
  const number = (name: string, rule: Parameters<typeof numberInput>[3]) =>
    numberInput(read, name, undefined, rule) as number;
  return {
    kind,
    template,
    sharedTemplate,
    parameters: readParameters(read, "parameters", template) ?? new Map(),
    sharedParameters: readParameters(read, "shared-parameters", sharedTemplate),
    cloudFormationRoleArn: readCloudFormationRoleArn(read),
    keepVersions: number("keep-versions", { min: 1, max: 100, integer: true }),
    timeoutMs: number("timeout-minutes", { min: 1, max: 360 }) * 60_000,
    pollMs: number("poll-seconds", { min: 0.1, max: 3 }) * 1000,
    maxFailedTasks: number("max-failed-tasks", {
      min: 1,
      max: 100,
      integer: true,
    }),
  };
}

/** The `metrics` input: inline JSON or a file, in the metrics-file shape (leaves are numbers). */
function readMetricsInput(
  raw: string | undefined,
  workspace: string,
): Record<string, number> | undefined {
  if (raw === undefined) return undefined;
  const metrics = raw.startsWith("{")
    ? parseMetrics(raw, 'input "metrics"')
    : readMetricsFileSync(path.resolve(workspace, raw), 'input "metrics"');
  return metricsToObject(metrics);
}

function readImage(read: InputSource): { image: string; digest?: string } {
  const image = requiredInput(read, "image");
  if (/\s/.test(image) || image.startsWith("-") || image.length > 512) {
    throw new ConfigurationError(
      `input "image" ${JSON.stringify(image.slice(0, 80))} is not an image reference (repository:tag or repository@sha256:...)`,
    );
  }
  const given = optionalInput(read, "image-digest");
  const digest = given ?? /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
  if (digest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new ConfigurationError(
      `input "image-digest" ${JSON.stringify(digest.slice(0, 80))} must look like sha256:<64 hex digits>`,
    );
  }
  return { image, digest };
}

/**
 * Reads and validates every deploy-stack input. Runs before any AWS call, so a bad version,
 * traffic split, template path, parameter or metrics file fails in seconds with the offending
 * value (a file's contents are never quoted). The version is named in the environment that
 * `environmentInput` chooses (the CLI's is `env`).
 */
export function readDeployInputs(
  read: InputSource,
  dirs: DeployDirs,
  environmentInput: string = ENVIRONMENT_INPUT.name,
): DeployRequest {
  const names = parseVersion(
    requiredInput(read, "version"),
    readEnvironment(read, environmentInput),
  );
  const app = parseAppName(requiredInput(read, "app"));
  const { image, digest } = readImage(read);
  const split = parseTrafficSplit(read("traffic"), names.version);
  let canaryWeight = readCanaryWeight(read);
  if (canaryWeight !== undefined && optionalInput(read, "traffic")) {
    if (originOf(read, "canary-weight") === "input")
      throw new ConfigurationError(
        `inputs "traffic" and "canary-weight" cannot be combined: give an explicit split or a canary weight`,
      );
    canaryWeight = undefined; // an explicit split beats modelship.yml's deploy.canary-weight
  }
  const request: DeployRequest = {
    app,
    names,
    image,
    imageDigest: digest,
    gatewayImage: optionalInput(read, "gateway-image"),
    traffic: split.weights,
    shadows: optionalInput(read, "traffic") ? split.shadows : undefined,
    canaryWeight,
    databaseUrl: optionalDatabaseUrl(read),
    ...readDeploySettings(read, dirs),
    metrics: readMetricsInput(optionalInput(read, "metrics"), dirs.workspace),
  };
  checkOutputStream({
    kind: request.kind,
    scopedApp: environmentApp(app, names.environment),
    parameters: request.parameters,
  });
  return request;
}
