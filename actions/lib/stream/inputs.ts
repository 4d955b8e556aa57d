/**
 * The stream commands' inputs (`modelship stream put|consume|smoke`), read and checked in one
 * place before any side effect.
 */
import { ConfigurationError } from "../errors.js";
import { CONFIG_INPUT } from "../common-inputs.js";
import type { InputTable } from "../input-table.js";
import {
  numberInput,
  optionalInput,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import {
  DEFAULT_ENVIRONMENT,
  parseAppName,
  parseEnvironmentName,
  parseVersion,
  type VersionNames,
} from "../version.js";
import type { StartPosition } from "./types.js";

/** What `modelship stream` does. */
export const STREAM_ACTIONS = ["put", "consume", "smoke"] as const;
export type StreamAction = (typeof STREAM_ACTIONS)[number];

/** Stream names: what Kinesis allows (1-128 of letters, digits, '_', '-', '.'). */
const STREAM_NAME = /^[A-Za-z0-9_.-]{1,128}$/;

/** Parses `--start`: LATEST, TRIM_HORIZON or an ISO 8601 time (AT_TIMESTAMP). */
export function parseStartPosition(raw: string): StartPosition {
  const text = raw.trim();
  if (text === "LATEST" || text === "TRIM_HORIZON") return { type: text };
  const timestamp = /^\d{4}-\d{2}-\d{2}T/.test(text)
    ? new Date(text)
    : undefined;
  if (!timestamp || Number.isNaN(timestamp.getTime()))
    throw new ConfigurationError(
      `--start must be LATEST, TRIM_HORIZON or an ISO time such as 2026-12-01T09:00:00Z, got ${JSON.stringify(text.slice(0, 40))}`,
    );
  return { type: "AT_TIMESTAMP", timestamp };
}

function parseSource(raw: string): "local" | "kinesis" {
  if (raw === "local" || raw === "kinesis") return raw;
  throw new ConfigurationError(
    `--source must be local or kinesis, got ${JSON.stringify(raw.slice(0, 40))}`,
  );
}

/** A stream name, checked. */
export function parseStreamName(raw: string, what: string): string {
  if (!STREAM_NAME.test(raw))
    throw new ConfigurationError(
      `${what} ${JSON.stringify(raw.slice(0, 60))} is not a stream name: 1-128 letters, digits, '_', '-' or '.'`,
    );
  return raw;
}

/** The flags of `modelship stream`. */
export const STREAM_INPUTS: InputTable = [
  CONFIG_INPUT,
  {
    name: "action",
    required: true,
    help: `what to do: ${STREAM_ACTIONS.join(", ")}`,
  },
  {
    name: "app",
    config: "app",
    required: true,
    help: "the app (its shared streams are <app>-events and <app>-decisions)",
  },
  {
    name: "file",
    path: true,
    help: "put: a JSON Lines file, one event (a JSON object) per line",
  },
  {
    name: "key-field",
    default: "id",
    help: "put: the event field used as the partition key",
  },
  {
    name: "version",
    help: "consume, smoke: the version whose consumer group reads",
  },
  { name: "model-url", help: "consume: the model server's base URL" },
  {
    name: "predict-path",
    config: "service.predict-path",
    default: "/predict",
    help: "consume: the model's predict path",
  },
  {
    name: "source",
    default: "local",
    help: "consume: local (the twin in Postgres) or kinesis (the ECS worker: DATABASE_URL and AWS credentials from the environment)",
  },
  {
    name: "start",
    default: "TRIM_HORIZON",
    help: "consume: where a new consumer group starts: LATEST, TRIM_HORIZON or an ISO time",
  },
  { name: "input-stream", help: "the input stream (default <app>-events)" },
  {
    name: "output-stream",
    help: "the output stream (default <app>-decisions)",
  },
  {
    name: "shards",
    default: "1",
    help: "shards of a local stream this command creates",
  },
  {
    name: "batch-size",
    default: "100",
    help: "consume: events per predict request",
  },
  {
    name: "concurrency",
    default: "4",
    help: "consume: predict requests in flight",
  },
  {
    name: "metrics-port",
    help: "consume: serve Prometheus metrics on 127.0.0.1 at this port",
  },
  {
    name: "cases-file",
    config: "smoke.cases-file",
    path: true,
    help: "smoke: the smoke cases (JSON list of {input, label})",
  },
  {
    name: "timeout-seconds",
    default: "60",
    help: "smoke: how long to wait for the decisions",
  },
];

/** The validated flags of `modelship stream`. */
export interface StreamInputs {
  action: StreamAction;
  app: string;
  /** The environment of modelship.yml (`--env`): its streams, checkpoints and log tables. */
  environment: string;
  file?: string;
  keyField: string;
  version?: VersionNames;
  modelUrl?: string;
  predictPath: string;
  source: "local" | "kinesis";
  start: StartPosition;
  inputStream?: string;
  outputStream?: string;
  shards: number;
  batchSize: number;
  concurrency: number;
  metricsPort?: number;
  casesFile?: string;
  timeoutSeconds: number;
}

function need<T>(value: T | undefined, flag: string, action: string): T {
  if (value === undefined)
    throw new ConfigurationError(`modelship stream ${action} needs --${flag}`);
  return value;
}

/** Reads and checks every flag, and that the action has the ones it needs. */
export function readStreamInputs(read: InputSource): StreamInputs {
  const action = requiredInput(read, "action") as StreamAction;
  if (!STREAM_ACTIONS.includes(action))
    throw new ConfigurationError(
      `modelship stream: the action must be ${STREAM_ACTIONS.join(", ")}, got ${JSON.stringify(action.slice(0, 40))}`,
    );
  const version = optionalInput(read, "version");
  // The command's --env (read through modelship.yml: the first environment when not given).
  const environment = parseEnvironmentName(
    optionalInput(read, "env") ?? DEFAULT_ENVIRONMENT,
  );
  const stream = (name: string) => {
    const raw = optionalInput(read, name);
    return raw === undefined ? undefined : parseStreamName(raw, `--${name}`);
  };
  const inputs: StreamInputs = {
    action,
    app: parseAppName(requiredInput(read, "app")),
    environment,
    file: optionalInput(read, "file"),
    keyField: requiredInput(read, "key-field"),
    version:
      version === undefined ? undefined : parseVersion(version, environment),
    modelUrl: optionalInput(read, "model-url"),
    predictPath: requiredInput(read, "predict-path"),
    source: parseSource(requiredInput(read, "source")),
    start: parseStartPosition(requiredInput(read, "start")),
    inputStream: stream("input-stream"),
    outputStream: stream("output-stream"),
    shards: numberInput(read, "shards", 1, {
      integer: true,
      min: 1,
      max: 64,
    }) as number,
    batchSize: numberInput(read, "batch-size", 100, {
      integer: true,
      min: 1,
      max: 10_000,
    }) as number,
    concurrency: numberInput(read, "concurrency", 4, {
      integer: true,
      min: 1,
      max: 256,
    }) as number,
    metricsPort: numberInput(read, "metrics-port", undefined, {
      integer: true,
      min: 0,
      max: 65535,
    }),
    casesFile: optionalInput(read, "cases-file"),
    timeoutSeconds: numberInput(read, "timeout-seconds", 60, {
      min: 1,
      max: 3600,
    }) as number,
  };
  if (action === "put") need(inputs.file, "file", action);
  if (action === "consume") {
    need(inputs.version, "version", action);
    need(inputs.modelUrl, "model-url", action);
  }
  if (action === "smoke") {
    need(inputs.version, "version", action);
    need(inputs.casesFile, "cases-file", action);
  }
  return inputs;
}
