/** The gateway's settings, read once from its input table and checked before anything starts. */
import path from "node:path";
import { MAX_TIMER_MS } from "../common-inputs.js";
import { optionalDatabaseUrl } from "../db/url.js";
import { ConfigurationError } from "../errors.js";
import {
  booleanInput,
  numberInput,
  optionalInput,
  parseList,
  requiredInput,
  type InputSource,
  type NumberRule,
} from "../inputs.js";
import type { Durability } from "../predictions/types.js";
import {
  parseBaseUrl,
  parseServicePath,
  readServicePaths,
  type ServicePaths,
} from "../smoke/options.js";
import {
  parseAppName,
  parseEnvironmentName,
  parseVersion,
  type VersionNames,
} from "../version.js";

/** A shadow version and where its gateway answers. */
export interface ShadowTarget {
  version: string;
  url: string;
}

/** Where mirrored copies go: the app's shadows from the deployments table, none, or these. */
export type ShadowSetting =
  | { mode: "auto" }
  | { mode: "off" }
  | { mode: "fixed"; targets: ShadowTarget[] };

/** Bounds on what clients may send and hold. */
export interface HttpLimits {
  bodyLimit: number;
  responseLimit: number;
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

/** Everything the gateway runs with. */
export interface GatewaySettings {
  mode: "gateway" | "router";
  /** The model server (gateway mode). */
  upstream?: string;
  /** The version behind it (gateway mode). */
  names?: VersionNames;
  port: number;
  host: string;
  databaseUrl?: string;
  app: string;
  /** The app's environment: whose deployments rows and log tables (default production). */
  environment: string;
  paths: ServicePaths & { feedback: string };
  logPredictions: boolean;
  shadows: ShadowSetting;
  shadowQueue: number;
  /** Serve the app's dashboard under /_modelship/dashboard/. */
  dashboard: boolean;
  journal: { dir: string; maxBytes: number; durability: Durability };
  http: HttpLimits;
  upstreamTimeoutMs: number;
  upstreamConnections: number;
  drainTimeoutMs: number;
  watchMs: number;
}

const MS: NumberRule = { integer: true, min: 1, max: MAX_TIMER_MS };

function whole(read: InputSource, name: string, rule: NumberRule): number {
  return numberInput(read, name, undefined, {
    integer: true,
    ...rule,
  }) as number;
}

/** `auto`, `off`, or `v4=http://...` pairs (commas or newlines between them). */
export function parseShadows(raw: string): ShadowSetting {
  const text = raw.trim();
  if (text === "" || text === "auto") return { mode: "auto" };
  if (text === "off") return { mode: "off" };
  const targets = parseList(text, { commas: true }).map((pair) => {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw new ConfigurationError(
        `input "shadows": "${pair.slice(0, 80)}" is not version=URL (or use auto, off)`,
      );
    return {
      version: parseVersion(pair.slice(0, eq).trim()).version,
      url: parseBaseUrl(pair.slice(eq + 1).trim()),
    };
  });
  return { mode: "fixed", targets };
}

function readDurability(read: InputSource): Durability {
  const value = requiredInput(read, "durability");
  if (value !== "batched" && value !== "strict")
    throw new ConfigurationError(
      `input "durability" must be batched or strict, got ${JSON.stringify(value.slice(0, 40))}`,
    );
  return value;
}

function readHttpLimits(read: InputSource): HttpLimits {
  const requestTimeoutMs = whole(read, "request-timeout-ms", MS);
  return {
    bodyLimit: whole(read, "body-limit", { min: 1024, max: 256 * 1024 ** 2 }),
    responseLimit: whole(read, "response-limit", {
      min: 1024,
      max: 256 * 1024 ** 2,
    }),
    requestTimeoutMs,
    // Node requires headers to be due no later than the whole request.
    headersTimeoutMs: whole(read, "headers-timeout-ms", {
      ...MS,
      max: requestTimeoutMs,
    }),
    keepAliveTimeoutMs: whole(read, "keep-alive-timeout-ms", MS),
    maxConnections: whole(read, "max-connections", { min: 1, max: 1_000_000 }),
  };
}

/** The mode's own settings: the upstream and version of a gateway; a router needs neither. */
function readMode(read: InputSource, environment: string) {
  const router = booleanInput(read, "router", false);
  const upstream = optionalInput(read, "upstream");
  if (router) {
    if (upstream)
      throw new ConfigurationError(
        `--router routes to the versions the deployments table lists: drop --upstream`,
      );
    return { mode: "router" as const };
  }
  if (!upstream)
    throw new ConfigurationError(
      `input "upstream" (or MODELSHIP_UPSTREAM) is required: the model server's base URL, e.g. http://127.0.0.1:8080`,
    );
  return {
    mode: "gateway" as const,
    upstream: parseBaseUrl(upstream),
    names: parseVersion(requiredInput(read, "version"), environment),
  };
}

/** Reads and validates every setting; relative paths resolve against `cwd`. */
export function readGatewaySettings(
  read: InputSource,
  cwd: string,
): GatewaySettings {
  const environment = parseEnvironmentName(requiredInput(read, "environment"));
  const mode = readMode(read, environment);
  const databaseUrl = optionalDatabaseUrl(read);
  if (mode.mode === "router" && !databaseUrl)
    throw new ConfigurationError(
      `--router reads the app's versions and weights from Postgres: give --database-url (or DATABASE_URL)`,
    );
  const dashboard = booleanInput(read, "dashboard", false);
  if (dashboard && !databaseUrl)
    throw new ConfigurationError(
      `--dashboard shows what Postgres holds: give --database-url (or DATABASE_URL)`,
    );
  const journal = optionalInput(read, "journal-dir");
  const version = mode.names?.version ?? "router";
  return {
    ...mode,
    port: whole(read, "port", { min: 0, max: 65535 }),
    host: requiredInput(read, "host"),
    databaseUrl,
    app: parseAppName(requiredInput(read, "app")),
    environment,
    paths: {
      ...readServicePaths(read),
      feedback: parseServicePath(
        requiredInput(read, "feedback-path"),
        'input "feedback-path"',
      ),
    },
    logPredictions: booleanInput(read, "log-predictions", true),
    shadows: parseShadows(read("shadows")),
    shadowQueue: whole(read, "shadow-queue", { min: 1, max: 1_000_000 }),
    dashboard,
    journal: {
      dir: path.resolve(
        cwd,
        journal ?? path.join(".modelship", "journal", `gateway-${version}`),
      ),
      maxBytes: whole(read, "journal-max-bytes", { min: 1024 ** 2 }),
      durability: readDurability(read),
    },
    http: readHttpLimits(read),
    upstreamTimeoutMs: whole(read, "upstream-timeout-ms", MS),
    upstreamConnections: whole(read, "upstream-connections", {
      min: 1,
      max: 10_000,
    }),
    drainTimeoutMs: whole(read, "drain-timeout-ms", MS),
    watchMs: whole(read, "watch-ms", { min: 50, max: 3_600_000 }),
  };
}
