import path from "node:path";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { parseNumber, type NumberRule } from "../../actions/lib/inputs.js";
import { parseVersion, type VersionNames } from "../../actions/lib/version.js";
import type { LogMode } from "./app.js";

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
  pgDataDir: string;
  poolMax: number;
  maxQueue: number;
  batchSize: number;
  flushIntervalMs: number;
  drainTimeoutMs: number;
  bodyLimit: number;
  logLevel: string;
}

const LOG_MODES: readonly LogMode[] = ["batched", "sync", "off"];
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace"];

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
  if (!choices.includes(raw as T))
    throw new ConfigurationError(
      `${name} must be one of ${choices.join(", ")}, got ${JSON.stringify(raw)}`,
    );
  return raw as T;
}

/**
 * Reads the configuration: `PORT` (8080), `HOST` (0.0.0.0), `MODEL_VERSION` ("dev"),
 * `DATABASE_URL`, `MODEL_PATH`, `LOG_MODE` (batched | sync | off), `PGDATA_DIR`
 * (.modelship/pg under the working directory), `PG_POOL_MAX` (4), `LOG_QUEUE_MAX` (100000),
 * `LOG_BATCH_SIZE` (1000), `LOG_FLUSH_MS` (100), `DRAIN_TIMEOUT_MS` (25000: under ECS's 30 s
 * stopTimeout), `BODY_LIMIT_BYTES` (131072), `LOG_LEVEL` (info). Bad values throw
 * ConfigurationError naming the variable; nothing falls back silently.
 */
export function parseServiceConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  const optional = (name: string) => {
    const v = env[name]?.trim();
    return v === undefined || v === "" ? undefined : v;
  };
  return {
    port: envNumber(env, "PORT", 8080, { min: 0, max: 65535 }),
    host: optional("HOST") ?? "0.0.0.0",
    names: parseVersion(optional("MODEL_VERSION") ?? "dev"),
    databaseUrl: optional("DATABASE_URL"),
    modelPath: optional("MODEL_PATH"),
    logMode: envChoice(env, "LOG_MODE", LOG_MODES, "batched"),
    pgDataDir: path.resolve(optional("PGDATA_DIR") ?? ".modelship/pg"),
    poolMax: envNumber(env, "PG_POOL_MAX", 4, { min: 1, max: 100 }),
    maxQueue: envNumber(env, "LOG_QUEUE_MAX", 100_000, { min: 1 }),
    batchSize: envNumber(env, "LOG_BATCH_SIZE", 1000, { min: 1, max: 10_000 }),
    flushIntervalMs: envNumber(env, "LOG_FLUSH_MS", 100, { min: 1 }),
    drainTimeoutMs: envNumber(env, "DRAIN_TIMEOUT_MS", 25_000, { min: 0 }),
    bodyLimit: envNumber(env, "BODY_LIMIT_BYTES", 128 * 1024, { min: 1024 }),
    logLevel: envChoice(env, "LOG_LEVEL", LOG_LEVELS, "info"),
  };
}
