/**
 * The request handler of a version's gateway: strips the load balancer's `/v/<version>` prefix,
 * answers its own pages and feedback, logs predictions, mirrors them to shadows once answered,
 * and passes everything else through.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { DashboardOptions } from "../dashboard/server.js";
import type { Queryable } from "../db/pool.js";
import type { Logger } from "../logger.js";
import type { PredictionLogWriter } from "../predictions/writer.js";
import {
  beginExchange,
  exchangeBody,
  passThrough,
  upstreamRequest,
  type Exchange,
} from "./exchange.js";
import { handleFeedback } from "./feedback-route.js";
import { splitUrl, stripVersionPrefix } from "./http.js";
import type { GatewayMetrics, RouteLabel } from "./metrics.js";
import type { GatewaySettings } from "./options.js";
import { OWN_PREFIX, ownPage } from "./pages.js";
import { predict, type PredictContext } from "./predict.js";
import { MIRROR_HEADER, type ShadowMirror } from "./shadow.js";
import type { Upstream } from "./upstream.js";
import type { AppVersion } from "./versions.js";

/** What a version's gateway runs with. */
export interface VersionContext {
  settings: GatewaySettings;
  version: string;
  upstream: Upstream;
  writer?: PredictionLogWriter;
  db?: Queryable;
  metrics: GatewayMetrics;
  logger: Logger;
  mirror?: ShadowMirror;
  /** The app's live versions (for feedback), as last read. */
  versions: () => AppVersion[];
  status: () => unknown;
  dashboard?: DashboardOptions;
}

/** The metrics label of a path below the prefix. */
export function routeOf(
  path: string,
  paths: GatewaySettings["paths"],
): RouteLabel {
  if (path === paths.predict) return "predict";
  if (path === paths.ready) return "ready";
  if (path === paths.health) return "health";
  if (path === paths.feedback) return "feedback";
  return "other";
}

function feedbackCandidates(context: VersionContext): string[] {
  const versions = context.versions();
  const serving = versions
    .filter((v) => v.role === "serving")
    .map((v) => v.version);
  // A shadow's logs hold copies of requests another version answered: never the one that served.
  const ownIsShadow = versions.some(
    (v) => v.version === context.version && v.role === "shadow",
  );
  return ownIsShadow ? serving : [context.version, ...serving];
}

/** Mirrors an answered predict request to the shadows, unless it came by a version's own URL. */
function mirrorOnce(
  context: VersionContext,
  exchange: Exchange,
  copy: { path: string; body: Buffer; prefixed: boolean },
): void {
  const { mirror } = context;
  if (!mirror || copy.prefixed || exchange.req.headers[MIRROR_HEADER]) return;
  exchange.res.once("finish", () =>
    mirror.offer({
      requestId: exchange.requestId,
      path: copy.path,
      contentType: exchange.req.headers["content-type"],
      body: copy.body,
    }),
  );
}

async function handle(
  context: VersionContext,
  predictContext: PredictContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { path, query } = splitUrl(req.url ?? "/");
  if (path.startsWith(OWN_PREFIX)) return ownPage(req, res, path, context);
  const stripped = stripVersionPrefix(path, context.version);
  const below = stripped ?? path;
  const route = routeOf(below, context.settings.paths);
  const exchange = beginExchange(req, res, context.metrics, {
    version: context.version,
    route,
  });
  const body = await exchangeBody(exchange, context.settings.http.bodyLimit);
  if (body === undefined) return;
  if (route === "feedback")
    return handleFeedback(
      {
        db: context.db,
        app: context.settings.app,
        environment: context.settings.environment,
        candidates: () => feedbackCandidates(context),
        logger: context.logger,
      },
      exchange,
      body,
    );
  const request = upstreamRequest(exchange, `${below}${query}`, body);
  if (route !== "predict" || req.method !== "POST")
    return passThrough(exchange, context.upstream, request, context);
  mirrorOnce(context, exchange, {
    path: `${below}${query}`,
    body,
    prefixed: stripped !== undefined,
  });
  await predict(predictContext, exchange, { ...request, body });
}

/** The handler for node:http's server. */
export function versionHandler(
  context: VersionContext,
): (req: IncomingMessage, res: ServerResponse) => void {
  const predictContext: PredictContext = {
    version: context.version,
    upstream: context.upstream,
    writer: context.writer,
    strict: context.settings.journal.durability === "strict",
    responseLimit: context.settings.http.responseLimit,
    metrics: context.metrics,
    logger: context.logger,
  };
  return (req, res) => {
    handle(context, predictContext, req, res).catch((error: unknown) => {
      context.logger.error(`gateway: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}
