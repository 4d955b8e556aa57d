import { ConfigurationError } from "../errors.js";
import {
  numberInput,
  optionalInput,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import { parseAppName, parseVersion } from "../version.js";

/** The smoke-test action's inputs, by their public names (as in action.yml). */
export const SMOKE_INPUTS = {
  url: "url",
  version: "version",
  casesFile: "cases-file",
  requests: "requests",
  concurrency: "concurrency",
  p95Ms: "p95-ms",
  maxErrorRate: "max-error-rate",
  databaseUrl: "database-url",
  readyTimeoutSeconds: "ready-timeout-seconds",
  app: "app",
} as const;

/** Defaults of the optional number inputs (also documented in action.yml). */
export const SMOKE_DEFAULTS = {
  requests: 200,
  concurrency: 10,
  p95Ms: 500,
  maxErrorRate: 0.01,
  readyTimeoutSeconds: 120,
} as const;

/** Everything one smoke test needs, validated. */
export interface SmokeOptions {
  /** Base URL of the version without a trailing slash, e.g. `https://alb/v/v3`. */
  url: string;
  /** The model version every response must name; undefined skips the version checks. */
  version?: string;
  casesFile?: string;
  requests: number;
  concurrency: number;
  p95Ms: number;
  maxErrorRate: number;
  databaseUrl?: string;
  readyTimeoutSeconds: number;
  app?: string;
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

/** Reads and validates the smoke-test inputs from any input source (the action, the CLI, tests). */
export function readSmokeOptions(read: InputSource): SmokeOptions {
  const n = SMOKE_INPUTS;
  const d = SMOKE_DEFAULTS;
  const version = optionalInput(read, n.version);
  const app = optionalInput(read, n.app);
  const options: SmokeOptions = {
    url: parseBaseUrl(requiredInput(read, n.url)),
    version: version === undefined ? undefined : parseVersion(version).version,
    casesFile: optionalInput(read, n.casesFile),
    requests: numberInput(read, n.requests, d.requests, {
      min: 1,
      max: 100_000,
      integer: true,
    }) as number,
    concurrency: numberInput(read, n.concurrency, d.concurrency, {
      min: 1,
      max: 1000,
      integer: true,
    }) as number,
    p95Ms: numberInput(read, n.p95Ms, d.p95Ms, { min: 0 }) as number,
    maxErrorRate: numberInput(read, n.maxErrorRate, d.maxErrorRate, {
      min: 0,
      max: 1,
    }) as number,
    databaseUrl: optionalInput(read, n.databaseUrl),
    readyTimeoutSeconds: numberInput(
      read,
      n.readyTimeoutSeconds,
      d.readyTimeoutSeconds,
      { min: 1, max: 3600 },
    ) as number,
    app: app === undefined ? undefined : parseAppName(app),
  };
  checkDatabaseNeeds(options);
  return options;
}

function checkDatabaseNeeds(options: SmokeOptions): void {
  if (options.databaseUrl === undefined) return;
  if (options.version === undefined) {
    throw new ConfigurationError(
      `input "${SMOKE_INPUTS.databaseUrl}" needs input "${SMOKE_INPUTS.version}": the log tables are named after the version`,
    );
  }
  if (options.casesFile === undefined) {
    throw new ConfigurationError(
      `input "${SMOKE_INPUTS.databaseUrl}" needs input "${SMOKE_INPUTS.casesFile}": only /predict requests are logged, and they need the cases' inputs`,
    );
  }
  if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    // Never echo the value: it usually holds a password.
    throw new ConfigurationError(
      `input "${SMOKE_INPUTS.databaseUrl}" must be a postgres:// or postgresql:// URL`,
    );
  }
}
