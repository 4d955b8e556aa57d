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
  /** Also push modelship's gateway image (the version's sidecar). */
  gateway?: boolean;
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
  /** An explicit split, e.g. `v3=90,v4=10` or `v3=100,v4=shadow`. */
  traffic?: string;
  "canary-weight"?: number;
  "keep-versions"?: number;
  "timeout-minutes"?: number;
  parameters?: ConfigMap;
  "shared-parameters"?: ConfigMap;
}

/** The `gateway` group: settings of `modelship gateway` that a repository fixes. */
export interface GatewayConfig {
  "feedback-path"?: string;
  "log-predictions"?: boolean;
  "shadow-queue"?: number;
  dashboard?: boolean;
}

/** The `aws` group. */
export interface AwsConfig {
  region?: string;
  "role-arn"?: string;
  "cloudformation-role-arn"?: string;
}

/** What one environment sets differently from the rest of the file (all optional). */
export interface EnvironmentConfig {
  aws?: AwsConfig;
  deploy?: Pick<
    DeployConfig,
    "canary-weight" | "keep-versions" | "parameters" | "shared-parameters"
  >;
  smoke?: Omit<SmokeConfig, "cases-file">;
  /** Name of the GitHub secret that holds this environment's DATABASE_URL. */
  "database-secret"?: string;
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
  gateway?: GatewayConfig;
  aws?: AwsConfig;
  /** Name of the GitHub secret that holds DATABASE_URL (the workflows read it). */
  "database-secret"?: string;
  /** The environments in pipeline order; an entry may be empty (null). */
  environments?: Record<string, EnvironmentConfig | null>;
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
  "build.gateway",
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
  "deploy.traffic",
  "deploy.canary-weight",
  "deploy.keep-versions",
  "deploy.timeout-minutes",
  "deploy.parameters",
  "deploy.shared-parameters",
  "gateway.feedback-path",
  "gateway.log-predictions",
  "gateway.shadow-queue",
  "gateway.dashboard",
  "aws.region",
  "aws.cloudformation-role-arn",
  "aws.role-arn",
  "database-secret",
  "environments",
] as const;

/** One key of `modelship.yml`, e.g. `"smoke.p95-ms"`. */
export type ConfigKeyPath = (typeof CONFIG_KEY_PATHS)[number];
