/** Small HTTP helpers of the gateway: bounded bodies, JSON replies, the headers a proxy forwards. */
import type {
  IncomingHttpHeaders,
  IncomingMessage,
  ServerResponse,
} from "node:http";
import type { Readable } from "node:stream";

/** A body past its limit: answered with 413. */
export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
  constructor(readonly limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}

/** Reads a request's body, never holding more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > limit) return Promise.reject(new BodyTooLargeError(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () =>
      resolve(
        chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks),
      ),
    );
    req.once("error", reject);
    req.once("close", () => {
      if (!req.complete) reject(new Error("the client went away"));
    });
  });
}

/** What reading a bounded answer gave: all of it, or the start and the rest still to stream. */
export type BoundedBody =
  | { complete: true; body: Buffer }
  | { complete: false; head: Buffer[]; rest: AsyncIterator<Buffer> };

/** Reads an answer up to `limit` bytes; past that, hands back what was read and the rest. */
export async function readBounded(
  body: Readable,
  limit: number,
): Promise<BoundedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    size += next.value.length;
    if (size > limit) return { complete: false, head: chunks, rest: iterator };
  }
  return {
    complete: true,
    body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks),
  };
}

/** Writes one chunk, waiting when the client's socket is full (never buffering without bound). */
export async function writeChunk(
  res: ServerResponse,
  chunk: Buffer,
): Promise<void> {
  if (res.write(chunk) || res.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** Sends a JSON answer. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const data = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(data),
    ...headers,
  });
  res.end(data);
}

/** An error answer in the shape the example service uses. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { statusCode: status, error: message }, headers);
}

// Hop-by-hop headers (RFC 9110 7.6.1) belong to one connection, never forwarded; content-length
// is set again for the body actually sent, host by the client that sends it.
const NOT_FORWARDED = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "expect",
]);

/** The end-to-end headers of a message, with the names its `connection` header lists removed. */
export function forwardedHeaders(
  headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const named = String(headers.connection ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_FORWARDED.has(name) || named.includes(name))
      continue;
    out[name] = value;
  }
  return out;
}

/** The path and query of a request's URL, split. */
export function splitUrl(url: string): { path: string; query: string } {
  const mark = url.indexOf("?");
  return mark < 0
    ? { path: url, query: "" }
    : { path: url.slice(0, mark), query: url.slice(mark) };
}

/**
 * The path without the load balancer's `/v/<version>` prefix, or undefined when it has no such
 * prefix (`/v/v3` itself becomes `/`).
 */
export function stripVersionPrefix(
  path: string,
  version: string,
): string | undefined {
  const prefix = `/v/${version}`;
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  if (rest === "") return "/";
  return rest.startsWith("/") ? rest : undefined;
}

/** The version a `/v/<version>/...` path names, and the path below it. */
export function versionOfPath(
  path: string,
): { version: string; rest: string } | undefined {
  const match = /^\/v\/([^/]+)(\/.*)?$/.exec(path);
  if (!match) return undefined;
  return { version: match[1] as string, rest: match[2] ?? "/" };
}
