import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import Fastify, {
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyServerOptions,
} from "fastify";
import type pg from "pg";
import type { VersionNames } from "../../actions/lib/version.js";
import type { Durability } from "../../actions/lib/predictions/types.js";
import type { PredictionLogWriter } from "../../actions/lib/predictions/writer.js";
import { createMetrics, type ServiceMetrics } from "./metrics.js";
import type { LoadedModel } from "./model/model.js";
import { registerRoutes } from "./routes.js";
import { describeSchemaError, type SchemaError } from "./schemas.js";

/** How predictions are logged: `batched` (the durable writer) or `off`. */
export type LogMode = "batched" | "off";

/** Limits that keep slow or numerous clients from holding the service (see config.ts). */
export interface HttpLimits {
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  /** Largest accepted body in bytes; larger gets 413. */
  bodyLimit: number;
}

/** How often Node looks for requests past their timeout (its default is 30 s). */
const TIMEOUT_CHECK_MS = 1000;

/** Everything the HTTP app needs; the server module builds these from the environment. */
export interface AppOptions {
  names: VersionNames;
  features: readonly string[];
  /** The loaded model, or undefined while it loads (then /ready answers 503). */
  model: () => LoadedModel | undefined;
  logMode: LogMode;
  /** `strict`: a prediction's rows are durable before its reply (else 503). Default batched. */
  durability?: Durability;
  /** The writer (only in `batched` mode; read per request, so it may be attached late). */
  writer: () => PredictionLogWriter | undefined;
  /** The database pool, probed by /ready (read per request). */
  pool: () => pg.Pool | undefined;
  /** Default: 10 s per request, 5 s for headers, 65 s keep-alive, 10 000 connections, 128 KiB. */
  http?: Partial<HttpLimits>;
  /** Fastify's (pino) logger options; false silences it. */
  logger?: FastifyServerOptions["logger"];
  /** Metrics to record into; default a fresh registry reading `writer()`. */
  metrics?: ServiceMetrics;
}

/** The built app and its metrics. */
export interface App {
  app: FastifyInstance;
  metrics: ServiceMetrics;
}

/**
 * Builds the Fastify app: the routes at `/` and under `/v/<version>/`, strict JSON-schema
 * validation with errors that name the field, JSON 404/413, and request metrics.
 */
export function buildApp(options: AppOptions): App {
  const limits = options.http ?? {};
  const requestTimeout = limits.requestTimeoutMs ?? 10_000;
  const app = Fastify({
    logger: options.logger ?? true,
    bodyLimit: limits.bodyLimit ?? 128 * 1024,
    requestTimeout,
    keepAliveTimeout: limits.keepAliveTimeoutMs ?? 65_000,
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs ?? 5000, requestTimeout),
      connectionsCheckingInterval: TIMEOUT_CHECK_MS,
    },
    // Our own ids only: a client-chosen id could collide with another request's log rows.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Per-request log lines would cost more than the prediction; metrics count requests instead.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: {
      // Strict: "5.1" is not a number, unknown fields are errors, and every error is reported.
      customOptions: {
        coerceTypes: false,
        removeAdditional: false,
        allErrors: true,
      },
    },
  });
  // Beyond this, new connections are closed at once instead of exhausting file descriptors.
  app.server.maxConnections = limits.maxConnections ?? 10_000;
  const metrics = options.metrics ?? createMetrics(options.writer);

  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
    reply.header("x-model-version", options.names.version);
  });

  app.addHook("onResponse", async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? "unmatched",
      status_code: String(reply.statusCode),
    };
    metrics.requests.inc(labels);
    metrics.duration.observe(labels, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const problems = error.validation.map((e) =>
        describeSchemaError(e as SchemaError, options.features),
      );
      return reply.code(400).send({
        statusCode: 400,
        error: "Bad Request",
        message: problems.join("; "),
        problems,
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send({
      statusCode: status,
      error: STATUS_CODES[status] ?? "Error",
      code: error.code,
      message:
        status === 413
          ? `request body is larger than the limit of ${app.initialConfig.bodyLimit} bytes`
          : status >= 500
            ? `internal error: see the service log for request ${request.id}`
            : error.message,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      statusCode: 404,
      error: "Not Found",
      message: `no route ${request.method} ${request.url.split("?")[0]}`,
    }),
  );

  app.register(registerRoutes, { ...options, metrics });
  app.register(registerRoutes, {
    ...options,
    metrics,
    prefix: `/v/${options.names.version}`,
  });
  return { app, metrics };
}
