import { ConfigurationError } from "../errors.js";
import {
  APP_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
} from "../common-inputs.js";
import { optionalDatabaseUrl } from "../db/url.js";
import { loadCases, type SmokeCase } from "./cases.js";
import type { InputTable } from "../input-table.js";
import {
  booleanInput,
  numberInput,
  optionalInput,
  requiredInput,
  type InputSource,
  type NumberRule,
} from "../inputs.js";
import {
  parseAppName,
  parseEnvironmentName,
  parseVersion,
} from "../version.js";
import { KIND_INPUT } from "../deploy/kind.js";

/** Bounds of the number inputs; the pipeline's copies of these inputs use the same ones. */
export const SMOKE_LIMITS = {
  requests: { min: 1, max: 100_000, integer: true },
  concurrency: { min: 1, max: 1000, integer: true },
  p95Ms: { min: 0, max: 600_000 },
  maxErrorRate: { min: 0, max: 1 },
  readyTimeoutSeconds: { min: 1, max: 3600 },
} as const;

/** Service paths smoke-test calls, each from modelship.yml's `service` section. */
export const SERVICE_PATH_INPUTS: InputTable = [
  {
    name: "predict-path",
    default: "/predict",
    config: "service.predict-path",
    help: "path of the model's predict endpoint",
  },
  {
    name: "ready-path",
    default: "/ready",
    config: "service.ready-path",
    help: "path that answers 200 once the model is loaded",
  },
  {
    name: "health-path",
    default: "/health",
    config: "service.health-path",
    help: "path of the liveness check (the load's target without cases)",
  },
];

/** The smoke-test bounds shared with the root action and the CLI's pipeline. */
export const SMOKE_TUNING_INPUTS: InputTable = [
  {
    name: "cases-file",
    path: true,
    config: "smoke.cases-file",
    help: "JSON file of smoke cases (inputs with expected labels)",
  },
  {
    name: "requests",
    default: "200",
    config: "smoke.requests",
    help: "exactly this many load requests",
  },
  {
    name: "concurrency",
    default: "10",
    config: "smoke.concurrency",
    help: "load requests in flight at once",
  },
  {
    name: "p95-ms",
    default: "500",
    config: "smoke.p95-ms",
    help: "fail when the p95 latency exceeds this (ms)",
  },
  {
    name: "max-error-rate",
    default: "0.01",
    config: "smoke.max-error-rate",
    help: "fail when the share of failed load requests exceeds this",
  },
  {
    name: "ready-timeout-seconds",
    default: "120",
    config: "smoke.ready-timeout-seconds",
    help: "how long to wait for the ready path",
  },
  {
    name: "check-logs",
    default: "true",
    config: "smoke.check-logs",
    help: "with a database URL, check the smoke requests were logged",
  },
  ...SERVICE_PATH_INPUTS,
];

/** The smoke-test action's inputs (action.yml, CLI flags, modelship.yml). */
export const SMOKE_INPUTS: InputTable = [
  {
    name: "url",
    help: "base URL of the version, e.g. http://127.0.0.1:8080 (kind online)",
  },
  KIND_INPUT,
  {
    name: "bucket",
    help: "kind batch: the app's bucket (deploy-stack's bucket output)",
  },
  {
    name: "input-stream",
    help: "kind stream: the Kinesis stream the cases go on (deploy-stack's input-stream output)",
  },
  {
    name: "output-stream",
    help: "kind stream: the Kinesis stream the decisions are read from (deploy-stack's output-stream output)",
  },
  { name: "version", help: "the model version every response must name" },
  ...SMOKE_TUNING_INPUTS,
  DATABASE_URL_INPUT,
  { ...APP_INPUT, default: undefined, help: "app name, for the report title" },
  {
    name: "environment",
    help: "environment the version runs in: its log tables, and the row the outcome is recorded on (default production)",
  },
  CONFIG_INPUT,
];

/** Everything one smoke test needs, validated. */
export interface SmokeOptions {
  /** Base URL of the version without a trailing slash, e.g. `https://alb/v/v3`. */
  url: string;
  /** The model version every response must name; undefined skips the version checks. */
  version?: string;
  casesFile?: string;
  /** The cases, read and checked with the inputs (before any request); else read from casesFile. */
  cases?: SmokeCase[];
  requests: number;
  concurrency: number;
  p95Ms: number;
  maxErrorRate: number;
  databaseUrl?: string;
  readyTimeoutSeconds: number;
  /** Check that the smoke requests were logged (needs databaseUrl). */
  checkLogs: boolean;
  /** The service's paths, each starting with '/'. */
  paths: ServicePaths;
  app?: string;
  /** The environment the version runs in: its log tables are that environment's. */
  environment?: string;
}

/** Where a model server answers. */
export interface ServicePaths {
  predict: string;
  ready: string;
  health: string;
}

/** A service path: starts with '/', no query, fragment, spaces or '..'. */
export function parseServicePath(raw: string, what: string): string {
  if (!/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/.test(raw) || raw.includes("..")) {
    throw new ConfigurationError(
      `${what} ${JSON.stringify(raw.slice(0, 80))} must be a path starting with "/" (no query, spaces or "..")`,
    );
  }
  return raw.replace(/\/+$/, "") || "/";
}

/** The service paths from their inputs (predict-path, ready-path, health-path). */
export function readServicePaths(read: InputSource): ServicePaths {
  const path = (name: string) =>
    parseServicePath(requiredInput(read, name), `input "${name}"`);
  return {
    predict: path("predict-path"),
    ready: path("ready-path"),
    health: path("health-path"),
  };
}

/** The options with the cases file read and checked (last, after every cheaper check). */
export function withCases<T extends { casesFile?: string }>(
  options: T,
): T & { cases?: SmokeCase[] } {
  return options.casesFile === undefined
    ? options
    : { ...options, cases: loadCases(options.casesFile) };
}

/** The tuning shared with the pipeline: bounds, paths, cases. Reads SMOKE_TUNING_INPUTS. */
export function readSmokeTuning(
  read: InputSource,
): Omit<SmokeOptions, "url" | "version" | "databaseUrl" | "app"> {
  const casesFile = optionalInput(read, "cases-file");
  const number = (name: string, rule: NumberRule) =>
    numberInput(read, name, undefined, rule) as number;
  return {
    casesFile,
    requests: number("requests", SMOKE_LIMITS.requests),
    concurrency: number("concurrency", SMOKE_LIMITS.concurrency),
    p95Ms: number("p95-ms", SMOKE_LIMITS.p95Ms),
    maxErrorRate: number("max-error-rate", SMOKE_LIMITS.maxErrorRate),
    readyTimeoutSeconds: number(
      "ready-timeout-seconds",
      SMOKE_LIMITS.readyTimeoutSeconds,
    ),
    checkLogs: booleanInput(read, "check-logs", true),
    paths: readServicePaths(read),
  };
}

/**
 * Validates a base URL: http(s) only, no query or fragment (paths are appended to it), and the
 * trailing slash dropped so `/ready` can be appended to `https://alb/v/v3` and `http://h:8080/` alike.
 */
export function parseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(
      `url "${raw}" is not a URL: give the service's base URL, e.g. http://127.0.0.1:8080 or https://alb.example.com/v/v3`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigurationError(
      `url "${raw}" must use http or https, not ${url.protocol.replace(":", "")}`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    // Never echo it: the value holds a password.
    throw new ConfigurationError(
      `url must not contain a user name or password (they would show in logs and the report)`,
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new ConfigurationError(
      `url "${raw}" must not have a query or fragment: paths such as /ready are appended to it`,
    );
  }
  return url.toString().replace(/\/+$/, "");
}

function requiredUrl(read: InputSource): string {
  const url = optionalInput(read, "url");
  if (url === undefined)
    throw new ConfigurationError(
      `input "url" is required for kind online: give the version's base URL (deploy-stack's version-url output)`,
    );
  return url;
}

/** Reads and validates the smoke-test inputs from any input source (the action, the CLI, tests). */
export function readSmokeOptions(read: InputSource): SmokeOptions {
  const version = optionalInput(read, "version");
  const app = optionalInput(read, "app");
  const environment = optionalInput(read, "environment");
  const options: SmokeOptions = {
    url: parseBaseUrl(requiredUrl(read)),
    version: version === undefined ? undefined : parseVersion(version).version,
    ...readSmokeTuning(read),
    databaseUrl: optionalDatabaseUrl(read),
    app: app === undefined ? undefined : parseAppName(app),
    environment:
      environment === undefined ? undefined : parseEnvironmentName(environment),
  };
  checkDatabaseNeeds(options);
  return withCases(options);
}

function checkDatabaseNeeds(options: SmokeOptions): void {
  if (options.databaseUrl === undefined || !options.checkLogs) return;
  if (options.version === undefined) {
    throw new ConfigurationError(
      `input "database-url" needs input "version": the log tables are named after the version`,
    );
  }
  if (options.casesFile === undefined) {
    throw new ConfigurationError(
      `input "database-url" needs input "cases-file": only predict requests are logged, and they need the cases' inputs`,
    );
  }
}
