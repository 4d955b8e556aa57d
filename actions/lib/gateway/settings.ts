/**
 * The gateway's settings as one input table (the CLI's flags and help), each also read from an
 * environment variable for the container. Precedence: flag, then environment, then modelship.yml,
 * then the built-in default.
 */
import { APP_INPUT, CONFIG_INPUT } from "../common-inputs.js";
import type { InputTable } from "../input-table.js";
import { SERVICE_PATH_INPUTS } from "../smoke/options.js";
import { DEFAULT_ENVIRONMENT } from "../version.js";

/** The gateway's flags. */
export const GATEWAY_FLAGS: InputTable = [
  {
    name: "upstream",
    help: "the model server's base URL, e.g. http://127.0.0.1:8080 (not with --router)",
  },
  {
    name: "version",
    help: "the model version behind it: names its prediction-log tables",
  },
  {
    name: "router",
    default: "false",
    switch: true,
    help: "route across the app's versions by the deployments table's weights (the local one URL)",
  },
  { name: "port", default: "8080", help: "port to listen on" },
  { name: "host", default: "0.0.0.0", help: "address to listen on" },
  {
    name: "database-url",
    secret: true,
    help: "postgres:// URL of the prediction logs and deployments (a secret; none: no logging)",
  },
  APP_INPUT,
  {
    name: "environment",
    default: DEFAULT_ENVIRONMENT,
    help: "the app's environment: its deployments rows and its prediction-log tables",
  },
  CONFIG_INPUT,
  ...SERVICE_PATH_INPUTS,
  {
    name: "feedback-path",
    default: "/feedback",
    config: "gateway.feedback-path",
    help: "where clients POST outcomes ({request_id, label} or {request_id, value})",
  },
  {
    name: "log-predictions",
    default: "true",
    config: "gateway.log-predictions",
    help: "log each prediction (false for a model server that logs by itself)",
  },
  {
    name: "shadows",
    default: "auto",
    help: "auto (the app's shadow versions from the deployments table), off, or version=URL pairs",
  },
  {
    name: "shadow-queue",
    default: "1000",
    config: "gateway.shadow-queue",
    help: "mirrored requests waiting per shadow; beyond it copies are dropped and counted",
  },
  {
    name: "dashboard",
    default: "false",
    config: "gateway.dashboard",
    help: "serve the app's dashboard at /_modelship/dashboard/ (reads Postgres: needs --database-url)",
  },
  {
    name: "journal-dir",
    help: "the prediction log's journal (default .modelship/journal/gateway-<version>)",
  },
  { name: "journal-max-bytes", default: "1073741824", help: "journal budget" },
  { name: "durability", default: "batched", help: "batched or strict" },
  { name: "body-limit", default: "1048576", help: "largest request body" },
  {
    name: "response-limit",
    default: "8388608",
    help: "largest answer the gateway reads to log; a larger one streams through unlogged",
  },
  {
    name: "upstream-timeout-ms",
    default: "30000",
    help: "longest wait for the model's headers, and between its body's chunks",
  },
  {
    name: "upstream-connections",
    default: "64",
    help: "connections to the model server (and to each version, in router mode)",
  },
  {
    name: "request-timeout-ms",
    default: "60000",
    help: "longest a client may take to send a request",
  },
  { name: "headers-timeout-ms", default: "10000", help: "for its headers" },
  {
    name: "keep-alive-timeout-ms",
    default: "65000",
    help: "idle keep-alive connections close after this (above the ALB's 60 s)",
  },
  {
    name: "max-connections",
    default: "4096",
    help: "client connections beyond this are closed as they arrive",
  },
  {
    name: "drain-timeout-ms",
    default: "25000",
    help: "on SIGTERM: longest wait for requests in flight and the prediction log",
  },
  {
    name: "watch-ms",
    default: "1000",
    help: "how often the deployments table is read (router weights, shadows)",
  },
];

/** The environment variable of each flag, for the container. */
export const GATEWAY_ENV: Readonly<Record<string, string>> = {
  upstream: "MODELSHIP_UPSTREAM",
  version: "MODEL_VERSION",
  router: "MODELSHIP_ROUTER",
  port: "PORT",
  host: "HOST",
  "database-url": "DATABASE_URL",
  app: "MODELSHIP_APP",
  environment: "MODELSHIP_ENVIRONMENT",
  "predict-path": "MODELSHIP_PREDICT_PATH",
  "ready-path": "MODELSHIP_READY_PATH",
  "health-path": "MODELSHIP_HEALTH_PATH",
  "feedback-path": "MODELSHIP_FEEDBACK_PATH",
  "log-predictions": "MODELSHIP_LOG_PREDICTIONS",
  shadows: "MODELSHIP_SHADOWS",
  "shadow-queue": "MODELSHIP_SHADOW_QUEUE",
  dashboard: "MODELSHIP_DASHBOARD",
  "journal-dir": "LOG_JOURNAL_DIR",
  "journal-max-bytes": "LOG_JOURNAL_MAX_BYTES",
  durability: "LOG_DURABILITY",
  "body-limit": "BODY_LIMIT_BYTES",
  "response-limit": "MODELSHIP_RESPONSE_LIMIT_BYTES",
  "upstream-timeout-ms": "MODELSHIP_UPSTREAM_TIMEOUT_MS",
  "upstream-connections": "MODELSHIP_UPSTREAM_CONNECTIONS",
  "request-timeout-ms": "REQUEST_TIMEOUT_MS",
  "headers-timeout-ms": "HEADERS_TIMEOUT_MS",
  "keep-alive-timeout-ms": "KEEP_ALIVE_TIMEOUT_MS",
  "max-connections": "MAX_CONNECTIONS",
  "drain-timeout-ms": "DRAIN_TIMEOUT_MS",
  "watch-ms": "MODELSHIP_WATCH_MS",
};
