/**
 * The typed shape of `modelship.yml`. The JSON Schema in modelship.schema.json is the source of
 * truth; these types mirror it, and test/config checks CONFIG_KEY_PATHS against the schema.
 */

/** A `KEY: value` map; values are kept as written (`1.10` stays "1.10") and become `KEY=value` lines. */
export type ConfigMap = Record<string, string>;

/** The `train` group: inputs of the train action. */
export interface TrainConfig {
  command?: string;
  "working-directory"?: string;
  "metrics-file"?: string;
  "timeout-minutes"?: number;
}

/** The `gate` group: inputs of the accuracy-gate action. */
export interface GateConfig {
  /** A list of rules, or one rule per line. */
  rules?: string | string[];
}

/** The `build` group: inputs of the build-push action. */
export interface BuildConfig {
  context?: string;
  dockerfile?: string;
  /** A shell command run before the image build (the local target sets MODELSHIP_RUN_DIR). */
  prepare?: string;
  "build-args"?: ConfigMap;
}

/** The `service` group: where the model service listens, and how the local target starts it. */
export interface ServiceConfig {
  port?: number;
  "predict-path"?: string;
  "health-path"?: string;
  "ready-path"?: string;
  start?: string;
}

/** The `smoke` group: inputs of the smoke-test action. */
export interface SmokeConfig {
  "cases-file"?: string;
  requests?: number;
  concurrency?: number;
  "p95-ms"?: number;
  "max-error-rate"?: number;
  "check-logs"?: boolean;
  "ready-timeout-seconds"?: number;
}

/** The `ab` group: the A/B verdict's rules and settings. */
export interface AbConfig {
  /** A list of rules, or one rule per line. */
  rules?: string | string[];
  level?: number;
  "min-samples"?: number;
  "max-wait-seconds"?: number;
  "on-insufficient"?: "pass" | "fail";
}

/** What a deployed version is. */
export type DeployKind = "online" | "batch" | "stream";

/** The `deploy` group: inputs of the deploy-stack action. */
export interface DeployConfig {
  kind?: DeployKind;
  "canary-weight"?: number;
  "keep-versions"?: number;
  "timeout-minutes"?: number;
  parameters?: ConfigMap;
  "shared-parameters"?: ConfigMap;
}

/** The `aws` group. */
export interface AwsConfig {
  region?: string;
  "cloudformation-role-arn"?: string;
}

/** A validated `modelship.yml`. Every key is optional; a missing file is `{}`. */
export interface RepositoryConfig {
  app?: string;
  train?: TrainConfig;
  gate?: GateConfig;
  build?: BuildConfig;
  service?: ServiceConfig;
  smoke?: SmokeConfig;
  ab?: AbConfig;
  deploy?: DeployConfig;
  aws?: AwsConfig;
}

/** Every key a lookup can ask for, as `group.key` (or `app`). */
export const CONFIG_KEY_PATHS = [
  "app",
  "train.command",
  "train.working-directory",
  "train.metrics-file",
  "train.timeout-minutes",
  "gate.rules",
  "build.context",
  "build.dockerfile",
  "build.prepare",
  "build.build-args",
  "service.port",
  "service.predict-path",
  "service.health-path",
  "service.ready-path",
  "service.start",
  "smoke.cases-file",
  "smoke.requests",
  "smoke.concurrency",
  "smoke.p95-ms",
  "smoke.max-error-rate",
  "smoke.check-logs",
  "smoke.ready-timeout-seconds",
  "ab.rules",
  "ab.level",
  "ab.min-samples",
  "ab.max-wait-seconds",
  "ab.on-insufficient",
  "deploy.kind",
  "deploy.canary-weight",
  "deploy.keep-versions",
  "deploy.timeout-minutes",
  "deploy.parameters",
  "deploy.shared-parameters",
  "aws.region",
  "aws.cloudformation-role-arn",
] as const;

/** One key of `modelship.yml`, e.g. `"smoke.p95-ms"`. */
export type ConfigKeyPath = (typeof CONFIG_KEY_PATHS)[number];
