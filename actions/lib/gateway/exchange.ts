/**
 * One request through the gateway or the router: its id, its metrics, and forwarding it to an
 * upstream with the answer streamed back unchanged (every path but predict, and the router).
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { pipeline } from "node:stream/promises";
import type { Dispatcher } from "undici";
import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import { isRequestId } from "./contract.js";
import {
  BodyTooLargeError,
  forwardedHeaders,
  readBody,
  sendError,
} from "./http.js";
import type { GatewayMetrics, RouteLabel } from "./metrics.js";
import {
  failureStatus,
  type Upstream,
  type UpstreamRequest,
} from "./upstream.js";

/** A request being handled. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** The client's id when it sent a valid one, else a new UUID. */
  requestId: string;
  /** performance.now() when it arrived, for latency. */
  started: number;
  /** Date.now() when it arrived. */
  receivedAt: number;
  /** The metrics labels; set before the answer finishes. */
  version: string;
  route: RouteLabel;
}

/** Starts an exchange: assigns the id and records latency and status when the answer ends. */
export function beginExchange(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: GatewayMetrics,
  labels: { version: string; route: RouteLabel },
): Exchange {
  const given = req.headers["x-request-id"];
  const exchange: Exchange = {
    req,
    res,
    requestId: isRequestId(given) ? given : randomUUID(),
    started: performance.now(),
    receivedAt: Date.now(),
    ...labels,
  };
  metrics.flight(exchange.version, 1);
  // No abort signal upstream (one per request costs more than it saves): an answer nobody waits
  // for any more is read and dropped, and a streamed one stops when the client's socket closes.
  res.once("close", () => {
    metrics.flight(exchange.version, -1);
    const status = res.writableFinished ? res.statusCode : 499;
    const seconds = (performance.now() - exchange.started) / 1000;
    metrics.observe(exchange.version, exchange.route, status, seconds);
  });
  return exchange;
}

/** Reads the request's body within the limit; answers 413 (or gives up) and returns undefined. */
export async function exchangeBody(
  exchange: Exchange,
  limit: number,
): Promise<Buffer | undefined> {
  try {
    return await readBody(exchange.req, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      sendError(exchange.res, 413, error.message, { connection: "close" });
    else exchange.res.destroy();
    return undefined;
  }
}

/** The request as it goes upstream: its end-to-end headers, the id, and the body read. */
export function upstreamRequest(
  exchange: Exchange,
  path: string,
  body: Buffer,
): UpstreamRequest {
  const { req } = exchange;
  return {
    method: req.method ?? "GET",
    path,
    headers: {
      ...forwardedHeaders(req.headers),
      "x-request-id": exchange.requestId,
    },
    body:
      body.length > 0 || !["GET", "HEAD"].includes(req.method ?? "")
        ? body
        : undefined,
  };
}

/** Sends the request; on failure answers 502/504 and returns undefined. */
export async function sendUpstream(
  exchange: Exchange,
  upstream: Upstream,
  request: UpstreamRequest,
  context: { metrics: GatewayMetrics; logger: Logger },
): Promise<Dispatcher.ResponseData | undefined> {
  try {
    return await upstream.send(request);
  } catch (error) {
    const { status, reason } = failureStatus(error);
    context.metrics.upstreamError(exchange.version, reason);
    if (reason !== "client_gone") {
      context.logger.debug(
        `${exchange.version}: ${request.method} ${request.path}: ${errorMessage(error)}`,
      );
      sendError(
        exchange.res,
        status,
        status === 504
          ? `the model server did not answer within the gateway's timeout`
          : `the model server is unreachable (${errorMessage(error).slice(0, 120)})`,
        { "x-request-id": exchange.requestId },
      );
    }
    return undefined;
  }
}

/** The answer's headers as the client gets them, with the request id. */
export function answerHeaders(
  answer: Dispatcher.ResponseData,
  requestId: string,
): Record<string, string | string[]> {
  const headers = forwardedHeaders(answer.headers);
  const length = answer.headers["content-length"];
  if (typeof length === "string") headers["content-length"] = length;
  headers["x-request-id"] = requestId;
  return headers;
}

/** Streams an answer to the client as it comes (backpressure, never buffered whole). */
export async function streamAnswer(
  exchange: Exchange,
  answer: Dispatcher.ResponseData,
  headers: Record<string, string | string[]>,
): Promise<void> {
  exchange.res.writeHead(answer.statusCode, headers);
  try {
    await pipeline(answer.body, exchange.res);
  } catch {
    // The client left, or the upstream broke off mid-body: nothing more can be said to either.
    exchange.res.destroy();
  }
}

/** Forwards a request and streams the answer back unchanged (but for the id header). */
export async function passThrough(
  exchange: Exchange,
  upstream: Upstream,
  request: UpstreamRequest,
  context: { metrics: GatewayMetrics; logger: Logger },
): Promise<void> {
  const answer = await sendUpstream(exchange, upstream, request, context);
  if (!answer) return;
  await streamAnswer(
    exchange,
    answer,
    answerHeaders(answer, exchange.requestId),
  );
}
