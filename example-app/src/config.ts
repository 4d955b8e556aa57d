import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { GATEWAY_IN_FRONT_ENV } from "../../actions/lib/gateway/contract.js";
import { parseNumber, type NumberRule } from "../../actions/lib/inputs.js";
import type { Durability } from "../../actions/lib/predictions/types.js";
import { parseDatabaseUrl } from "../../actions/lib/db/url.js";
import { parseVersion, type VersionNames } from "../../actions/lib/version.js";
import type { HttpLimits, LogMode } from "./app.js";

/** The service's settings, all from the environment. */
export interface ServiceConfig {
  port: number;
  host: string;
  names: VersionNames;
  /** Unset: start an embedded Postgres with its data in `pgDataDir`. */
  databaseUrl?: string;
  /** Unset: the model module's default artifact path. */
  modelPath?: string;
  logMode: LogMode;
  durability: Durability;
  journalDir: string;
  journalMaxBytes: number;
  fsyncMs: number;
  pgDataDir: string;
  poolMax: number;
  maxQueue: number;
  batchSize: number;
  flushIntervalMs: number;
  drainTimeoutMs: number;
  http: HttpLimits;
  logLevel: string;
}

const LOG_MODES: readonly LogMode[] = ["batched", "off"];
const DURABILITIES: readonly Durability[] = ["batched", "strict"];
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace"];
/**
 * The longest duration accepted: far below what Node's timers hold (2^31-1 ms; a larger delay
 * fires after 1 ms instead).
 */
const HOUR_MS = 3_600_000;
/** File descriptors kept for the database pool, the journal and the process itself. */
const RESERVED_FDS = 100;

function envNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  rule: NumberRule,
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  return parseNumber(raw, name, { integer: true, ...rule });
}

function envChoice<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  if (raw === "sync" && name === "LOG_MODE")
    throw new ConfigurationError(
      `LOG_MODE=sync (an INSERT per request) was removed: use LOG_DURABILITY=strict to log each request durably before its reply`,
    );
  if (!choices.includes(raw as T))
    throw new ConfigurationError(
      `${name} must be one of ${choices.join(", ")}, got ${JSON.stringify(raw.slice(0, 40))}`,
    );
  return raw as T;
}

/** The soft limit on open files (Linux), or undefined where it cannot be read. */
export function openFileLimit(): number | undefined {
  try {
    const limits = readFileSync("/proc/self/limits", "utf8");
    const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1];
    return soft === undefined ? undefined : Number(soft);
  } catch {
    return undefined;
  }
}

/**
 * The HTTP limits: every request must arrive whole within REQUEST_TIMEOUT_MS (a client trickling
 * its body is cut off), headers within HEADERS_TIMEOUT_MS, idle keep-alive connections close after
 * KEEP_ALIVE_TIMEOUT_MS (above the ALB's 60 s idle timeout, so the ALB closes first), and
 * connections beyond MAX_CONNECTIONS are refused, which keeps the process below its open-file
 * limit (EMFILE) with room for the database and the journal.
 */
function parseHttpLimits(env: NodeJS.ProcessEnv): HttpLimits {
  const fds = openFileLimit();
  const fdRoom = fds === undefined ? undefined : fds - RESERVED_FDS;
  const requestTimeoutMs = envNumber(env, "REQUEST_TIMEOUT_MS", 10_000, {
    min: 100,
    max: HOUR_MS,
  });
  const maxConnections = envNumber(
    env,
    "MAX_CONNECTIONS",
    Math.max(10, Math.min(10_000, fdRoom ?? 1000)),
    { min: 1, max: Math.max(1, fdRoom ?? 1_000_000) },
  );
  return {
    requestTimeoutMs,
    headersTimeoutMs: envNumber(env, "HEADERS_TIMEOUT_MS", 5000, {
      min: 100,
      max: requestTimeoutMs, // Node requires headers to be due before the whole request
    }),
    keepAliveTimeoutMs: envNumber(env, "KEEP_ALIVE_TIMEOUT_MS", 65_000, {
      min: 1,
      max: HOUR_MS,
    }),
    maxConnections,
    bodyLimit: envNumber(env, "BODY_LIMIT_BYTES", 128 * 1024, {
      min: 1024,
      max: 64 * 1024 * 1024,
    }),
  };
}

/**
 * Reads the configuration: `PORT` (8080), `HOST` (0.0.0.0), `MODEL_VERSION` ("dev"),
 * `MODELSHIP_ENVIRONMENT` (production),
 * `DATABASE_URL`, `MODEL_PATH`, `LOG_MODE` (batched | off; off by default when `MODELSHIP_GATEWAY`
 * is `true`: a gateway in front logs), `LOG_DURABILITY` (batched | strict),
 * `LOG_JOURNAL_DIR` (.modelship/journal/<version> under the working directory),
 * `LOG_JOURNAL_MAX_BYTES` (1 GiB), `LOG_FSYNC_MS` (5), `PGDATA_DIR` (.modelship/pg),
 * `PG_POOL_MAX` (4), `LOG_QUEUE_MAX` (100000), `LOG_BATCH_SIZE` (1000), `LOG_FLUSH_MS` (100),
 * `DRAIN_TIMEOUT_MS` (25000: under ECS's 30 s stopTimeout), the HTTP limits above,
 * `BODY_LIMIT_BYTES` (131072), `LOG_LEVEL` (info). Bad values throw ConfigurationError naming the
 * variable (never showing DATABASE_URL); nothing falls back silently.
 */
export function parseServiceConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  const optional = (name: string) => {
    const v = env[name]?.trim();
    return v === undefined || v === "" ? undefined : v;
  };
  // MODELSHIP_ENVIRONMENT (default production) picks the environment's own log tables.
  const names = parseVersion(
    optional("MODEL_VERSION") ?? "dev",
    optional("MODELSHIP_ENVIRONMENT"),
  );
  const databaseUrl = optional("DATABASE_URL");
  return {
    port: envNumber(env, "PORT", 8080, { min: 0, max: 65535 }),
    host: optional("HOST") ?? "0.0.0.0",
    names,
    databaseUrl:
      databaseUrl === undefined
        ? undefined
        : parseDatabaseUrl(databaseUrl, "DATABASE_URL"),
    modelPath: optional("MODEL_PATH"),
    // Behind a modelship gateway the gateway logs (README, "The gateway"): logging here too would
    // write every prediction twice, under an id the client never sees.
    logMode: envChoice(
      env,
      "LOG_MODE",
      LOG_MODES,
      env[GATEWAY_IN_FRONT_ENV]?.trim() === "true" ? "off" : "batched",
    ),
    durability: envChoice(env, "LOG_DURABILITY", DURABILITIES, "batched"),
    journalDir: path.resolve(
      optional("LOG_JOURNAL_DIR") ??
        path.join(".modelship", "journal", names.version),
    ),
    journalMaxBytes: envNumber(env, "LOG_JOURNAL_MAX_BYTES", 1024 ** 3, {
      min: 1024 * 1024,
      max: 2 ** 50,
    }),
    fsyncMs: envNumber(env, "LOG_FSYNC_MS", 5, { min: 1, max: 1000 }),
    pgDataDir: path.resolve(optional("PGDATA_DIR") ?? ".modelship/pg"),
    poolMax: envNumber(env, "PG_POOL_MAX", 4, { min: 1, max: 100 }),
    maxQueue: envNumber(env, "LOG_QUEUE_MAX", 100_000, {
      min: 1,
      max: 10_000_000,
    }),
    batchSize: envNumber(env, "LOG_BATCH_SIZE", 1000, { min: 1, max: 10_000 }),
    flushIntervalMs: envNumber(env, "LOG_FLUSH_MS", 100, {
      min: 1,
      max: 60_000,
    }),
    drainTimeoutMs: envNumber(env, "DRAIN_TIMEOUT_MS", 25_000, {
      min: 0,
      max: HOUR_MS,
    }),
    http: parseHttpLimits(env),
    logLevel: envChoice(env, "LOG_LEVEL", LOG_LEVELS, "info"),
  };
}
