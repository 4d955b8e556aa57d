import type { FastifyInstance, FastifyReply } from "fastify";
import type { PredictionRow } from "../../actions/lib/predictions/rows.js";
import type { AppOptions } from "./app.js";
import type { ServiceMetrics } from "./metrics.js";
import {
  nonFiniteField,
  predictBodySchema,
  predictResponseSchema,
} from "./schemas.js";

type Features = Record<string, number>;
interface PredictBody {
  input?: Features;
  inputs?: Features[];
}

/** How long a /ready database probe may take before the DB is reported down. */
const PROBE_TIMEOUT_MS = 1000;
/** A successful write this recent answers /ready without another query. */
const FRESH_MS = 5000;

function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({
    statusCode: 400,
    error: "Bad Request",
    message,
    problems: [message],
  });
}

/** 503 for a `strict` prediction whose rows could not be made durable (the journal is full). */
function notLogged(reply: FastifyReply, requestId: string) {
  return reply.code(503).send({
    statusCode: 503,
    error: "Service Unavailable",
    message: `the prediction could not be logged durably (request ${requestId}); try again later`,
  });
}

/** The service's routes; registered twice, at `/` and under `/v/<version>`. */
export async function registerRoutes(
  app: FastifyInstance,
  options: AppOptions & { metrics: ServiceMetrics },
): Promise<void> {
  const { names, features, metrics } = options;
  const version = names.version;
  let lastProbe = { at: 0, up: false };

  async function dbState(): Promise<"up" | "down" | "off"> {
    const pool = options.pool();
    if (options.logMode === "off" || !pool) return "off";
    if (Date.now() - lastProbe.at < FRESH_MS)
      return lastProbe.up ? "up" : "down";
    const probe = pool
      .query("SELECT 1")
      .then(() => true)
      .catch(() => false);
    const timeout = new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(false), PROBE_TIMEOUT_MS).unref(),
    );
    lastProbe = { at: Date.now(), up: await Promise.race([probe, timeout]) };
    return lastProbe.up ? "up" : "down";
  }

  app.get("/health", async () => ({ status: "ok" }));

  app.get("/ready", async (_request, reply) => {
    const loaded = options.model() !== undefined;
    const body = {
      ready: loaded,
      model_version: version,
      db: await dbState(),
      log_queue_depth: options.writer()?.queueDepth ?? 0,
      log_backlog: options.writer()?.backlog ?? 0,
    };
    return reply.code(loaded ? 200 : 503).send(body);
  });

  app.get("/metrics", async (_request, reply) =>
    reply
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics()),
  );

  app.post<{ Body: PredictBody }>(
    "/predict",
    {
      schema: {
        body: predictBodySchema(features),
        response: { 200: predictResponseSchema },
      },
    },
    async (request, reply) => {
      const receivedAt = new Date(Date.now() - reply.elapsedTime);
      const { input, inputs } = request.body ?? {};
      if ((input === undefined) === (inputs === undefined)) {
        return badRequest(
          reply,
          "give exactly one of input (one item) or inputs (a batch)",
        );
      }
      const items = inputs ?? [input as Features];
      const bad = nonFiniteField(items, inputs !== undefined);
      if (bad) return badRequest(reply, `${bad} must be a finite number`);
      const model = options.model();
      if (!model) {
        return reply.code(503).send({
          statusCode: 503,
          error: "Service Unavailable",
          message: "the model is still loading",
        });
      }
      const predictions = model.predict(
        items.map((item) => features.map((f) => item[f] as number)),
      );
      const predictedAt = new Date();
      const latencyMs = reply.elapsedTime;
      const rows: PredictionRow[] = predictions.map((p, item) => ({
        requestId: request.id,
        item,
        receivedAt,
        features: items[item] as Features,
        predictedAt,
        modelVersion: version,
        label: p.label,
        probabilities: p.probabilities,
        latencyMs,
      }));
      const writer = options.writer();
      const logging = writer?.log(rows);
      // batched: queued, never refused; strict: wait until the rows are durable.
      if (logging && options.durability === "strict") {
        const logged = await logging.then(
          () => true,
          () => false,
        );
        if (!logged) return notLogged(reply, request.id);
      }
      metrics.predictions.inc({ mode: options.logMode }, rows.length);
      return inputs === undefined
        ? {
            request_id: request.id,
            model_version: version,
            prediction: predictions[0],
          }
        : { request_id: request.id, model_version: version, predictions };
    },
  );
}
