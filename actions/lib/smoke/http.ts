import { performance } from "node:perf_hooks";
import { Agent, request, type Dispatcher } from "undici";
import { errorMessage } from "../errors.js";

/** One HTTP exchange as the smoke test sees it. */
export interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** From sending the request to the end of the body, in milliseconds. */
  ms: number;
}

/** Largest response body read (a smoke answer is a few hundred bytes); more fails the call. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Options for one request. */
export interface CallOptions {
  method: "GET" | "POST";
  url: string;
  json?: unknown;
  /** The whole exchange, body included, must be done within this. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

/** A keep-alive connection pool sized for `connections` requests in flight. */
export function smokeAgent(connections: number): Agent {
  return new Agent({ connections, keepAliveTimeout: 10_000, pipelining: 1 });
}

function flatHeaders(
  raw: Dispatcher.ResponseData["headers"],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined)
      out[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** Reads a body up to `max` bytes; a longer one is cut off with an error, never buffered. */
async function boundedText(
  body: Dispatcher.ResponseData["body"],
  max: number,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > max) {
      body.destroy();
      throw new Error(
        `the response body is larger than ${max} bytes: cut off there`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size).toString("utf8");
}

/**
 * Sends one request and reads the body, bounded in size (maxBodyBytes) and in time (timeoutMs for
 * the whole exchange: undici's own timeouts only bound the pauses between chunks, so a body that
 * trickles forever would pass them). Network failures (refused, reset, timed out) and oversized
 * bodies reject with a message naming the method and URL; any HTTP status resolves.
 */
export async function call(
  agent: Dispatcher,
  options: CallOptions,
): Promise<Exchange> {
  const started = performance.now();
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal
    ? AbortSignal.any([options.signal, deadline])
    : deadline;
  try {
    const response = await request(options.url, {
      method: options.method,
      dispatcher: agent,
      headers:
        options.json === undefined
          ? {}
          : { "content-type": "application/json" },
      body:
        options.json === undefined ? undefined : JSON.stringify(options.json),
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      signal,
    });
    const body = await boundedText(
      response.body,
      options.maxBodyBytes ?? MAX_BODY_BYTES,
    );
    return {
      status: response.statusCode,
      headers: flatHeaders(response.headers),
      body,
      ms: performance.now() - started,
    };
  } catch (error) {
    const reason = deadline.aborted
      ? `no complete answer within ${options.timeoutMs} ms`
      : networkMessage(error);
    throw new Error(`${options.method} ${options.url}: ${reason}`, {
      cause: error,
    });
  }
}

/** undici wraps the socket error; its code (ECONNREFUSED, ...) is what a reader needs. */
function networkMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })
    .cause;
  const code = (error as { code?: string }).code;
  const parts = [errorMessage(error)];
  if (cause?.code && !parts[0]?.includes(cause.code)) parts.push(cause.code);
  else if (code && !parts[0]?.includes(code)) parts.push(code);
  return parts.join(": ");
}

/** Parses a JSON body, or undefined when it is not JSON. */
export function jsonBody(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.body);
  } catch {
    return undefined;
  }
}

/** A short, single-line excerpt of a body for error messages. */
export function excerpt(body: string, max = 160): string {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
