/**
 * A predict request through a version's gateway: forward it, read the answer (bounded), log its
 * items through the durable writer, and answer with the request id and version the contract
 * requires. What the gateway cannot read (too large, not JSON, not a 2xx) passes through as the
 * model sent it, unlogged and counted.
 */
import type { Dispatcher } from "undici";
import type { Logger } from "../logger.js";
import type { PredictionLogWriter } from "../predictions/writer.js";
import { answerVersion, identified, requestItems, rowsOf } from "./contract.js";
import {
  answerHeaders,
  sendUpstream,
  streamAnswer,
  type Exchange,
} from "./exchange.js";
import { readBounded, sendError, writeChunk } from "./http.js";
import type { GatewayMetrics } from "./metrics.js";
import type { Upstream, UpstreamRequest } from "./upstream.js";

/** What a predict exchange needs. */
export interface PredictContext {
  version: string;
  upstream: Upstream;
  writer?: PredictionLogWriter;
  strict: boolean;
  responseLimit: number;
  metrics: GatewayMetrics;
  logger: Logger;
}

function parseJson(data: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(data.toString("utf8")) };
  } catch {
    return { ok: false };
  }
}

function isJson(answer: Dispatcher.ResponseData): boolean {
  const type = answer.headers["content-type"];
  return typeof type !== "string" || /json/i.test(type);
}

/** Streams an answer larger than the limit: what was read, then the rest as it comes. */
async function streamLarge(
  exchange: Exchange,
  answer: Dispatcher.ResponseData,
  read: { head: Buffer[]; rest: AsyncIterator<Buffer> },
): Promise<void> {
  const { res } = exchange;
  res.writeHead(answer.statusCode, answerHeaders(answer, exchange.requestId));
  for (const chunk of read.head) await writeChunk(res, chunk);
  try {
    for (
      let next = await read.rest.next();
      !next.done;
      next = await read.rest.next()
    )
      await writeChunk(res, next.value);
    res.end();
  } catch {
    res.destroy();
  }
}

/** Logs the exchange's rows; false when `strict` and they could not be made durable. */
async function logRows(
  context: PredictContext,
  exchange: Exchange,
  request: Buffer,
  answer: unknown,
): Promise<boolean> {
  const sent = parseJson(request);
  if (!sent.ok) {
    context.metrics.notLogged(context.version, "not_json");
    return true;
  }
  const rows = rowsOf({
    requestId: exchange.requestId,
    version: context.version,
    items: requestItems(sent.value),
    answer,
    receivedAt: new Date(exchange.receivedAt),
    predictedAt: new Date(),
    latencyMs: performance.now() - exchange.started,
  });
  const logging = context.writer?.log(rows);
  if (!logging || !context.strict) return true;
  return logging.then(
    () => true,
    () => false,
  );
}

/** Handles one predict request; resolves once the answer is sent. */
export async function predict(
  context: PredictContext,
  exchange: Exchange,
  request: UpstreamRequest & { body: Buffer },
): Promise<void> {
  const answer = await sendUpstream(
    exchange,
    context.upstream,
    request,
    context,
  );
  if (!answer) return;
  const ok = answer.statusCode >= 200 && answer.statusCode < 300;
  if (!ok || !isJson(answer)) {
    if (ok) context.metrics.notLogged(context.version, "not_json");
    await streamAnswer(
      exchange,
      answer,
      answerHeaders(answer, exchange.requestId),
    );
    return;
  }
  const read = await readBounded(answer.body, context.responseLimit).catch(
    () => undefined,
  );
  if (!read) {
    sendError(exchange.res, 502, "the model server broke off its answer");
    return;
  }
  if (!read.complete) {
    context.metrics.notLogged(context.version, "too_large");
    await streamLarge(exchange, answer, read);
    return;
  }
  const parsed = parseJson(read.body);
  if (!parsed.ok) {
    context.metrics.notLogged(context.version, "not_json");
    exchange.res.writeHead(
      answer.statusCode,
      answerHeaders(answer, exchange.requestId),
    );
    exchange.res.end(read.body);
    return;
  }
  if (!(await logRows(context, exchange, request.body, parsed.value))) {
    sendError(
      exchange.res,
      503,
      `the prediction could not be logged durably (request ${exchange.requestId}); try again later`,
      { "x-request-id": exchange.requestId },
    );
    return;
  }
  reply(context, exchange, answer, { data: read.body, value: parsed.value });
}

/** Answers with the model's bytes, or its body with the id and version added when it lacked them. */
function reply(
  context: PredictContext,
  exchange: Exchange,
  answer: Dispatcher.ResponseData,
  body: { data: Buffer; value: unknown },
): void {
  const headers = answerHeaders(answer, exchange.requestId);
  const rewritten = identified(body.value, exchange.requestId, context.version);
  const data = rewritten ? Buffer.from(JSON.stringify(rewritten)) : body.data;
  headers["content-length"] = String(data.length);
  headers["x-model-version"] = answerVersion(body.value, context.version);
  exchange.res.writeHead(answer.statusCode, headers);
  exchange.res.end(data);
}
