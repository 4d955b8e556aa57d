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
import type { PredictionLogWriter } from "./log-writer.js";
import { createMetrics, type ServiceMetrics } from "./metrics.js";
import type { LoadedModel } from "./model/model.js";
import { registerRoutes } from "./routes.js";
import { describeSchemaError, type SchemaError } from "./schemas.js";

/**
 * How predictions are logged: `batched` (the asynchronous writer), `sync` (one INSERT per request
 * before replying: the naive baseline the benchmark compares against) or `off`.
 */
export type LogMode = "batched" | "sync" | "off";

/** Everything the HTTP app needs; the server module builds these from the environment. */
export interface AppOptions {
  names: VersionNames;
  features: readonly string[];
  /** The loaded model, or undefined while it loads (then /ready answers 503). */
  model: () => LoadedModel | undefined;
  logMode: LogMode;
  /** The batched writer (only in `batched` mode; read per request, so it may be attached late). */
  writer: () => PredictionLogWriter | undefined;
  /** The database pool: written to in `sync` mode, probed by /ready (read per request). */
  pool: () => pg.Pool | undefined;
  /** Largest accepted body in bytes (default 128 KiB); larger gets 413. */
  bodyLimit?: number;
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
  const app = Fastify({
    logger: options.logger ?? true,
    bodyLimit: options.bodyLimit ?? 128 * 1024,
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
  const metrics =
    options.metrics ??
    createMetrics({
      queueDepth: () => options.writer()?.depth ?? 0,
      dbUp: () => options.writer()?.dbUp,
    });

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
