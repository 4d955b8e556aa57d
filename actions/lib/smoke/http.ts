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

/** Options for one request. */
export interface CallOptions {
  method: "GET" | "POST";
  url: string;
  json?: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
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

/**
 * Sends one request and reads the whole body. Network failures (refused, reset, timed out) reject
 * with a message naming the method and URL; any HTTP status resolves.
 */
export async function call(
  agent: Dispatcher,
  options: CallOptions,
): Promise<Exchange> {
  const started = performance.now();
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
      signal: options.signal,
    });
    const body = await response.body.text();
    return {
      status: response.statusCode,
      headers: flatHeaders(response.headers),
      body,
      ms: performance.now() - started,
    };
  } catch (error) {
    throw new Error(
      `${options.method} ${options.url}: ${networkMessage(error)}`,
      { cause: error },
    );
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
