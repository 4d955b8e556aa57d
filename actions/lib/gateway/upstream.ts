/** One server the gateway forwards to, over a bounded pool of keep-alive connections (undici). */
import { Pool, type Dispatcher } from "undici";

/** Options for an Upstream. */
export interface UpstreamOptions {
  /** Most connections kept to it; requests beyond wait in the pool's queue. */
  connections: number;
  /** Longest wait for its headers, and between two chunks of its body. */
  timeoutMs: number;
}

/** A request to send. */
export interface UpstreamRequest {
  method: string;
  /** Path and query, below the upstream's base path. */
  path: string;
  headers: Record<string, string | string[]>;
  body?: Buffer;
  signal?: AbortSignal;
}

/** Why a forward failed, as the status the client gets. */
export function failureStatus(error: unknown): {
  status: number;
  reason: string;
} {
  const code = (error as { code?: string }).code ?? "";
  if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT")
    return { status: 504, reason: "timeout" };
  if (code === "UND_ERR_ABORTED" || (error as Error).name === "AbortError")
    return { status: 499, reason: "client_gone" };
  return { status: 502, reason: "unreachable" };
}

/**
 * A base URL (`http://127.0.0.1:8080`, or `https://alb.example.com/v/v4` with a path) and its
 * connection pool. Paths are appended to the base path.
 */
export class Upstream {
  private readonly pool: Pool;
  private readonly basePath: string;
  readonly url: string;

  constructor(url: string, options: UpstreamOptions) {
    const parsed = new URL(url);
    this.url = url;
    this.basePath = parsed.pathname.replace(/\/+$/, "");
    this.pool = new Pool(parsed.origin, {
      connections: options.connections,
      pipelining: 1,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connectTimeout: Math.min(options.timeoutMs, 10_000),
      keepAliveTimeout: 30_000,
    });
  }

  /** Sends one request; the answer's body must be read or dumped by the caller. */
  send(request: UpstreamRequest): Promise<Dispatcher.ResponseData> {
    return this.pool.request({
      method: request.method as Dispatcher.HttpMethod,
      path: `${this.basePath}${request.path}`,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
    });
  }

  /** Closes its connections once the requests in flight are done. */
  async close(): Promise<void> {
    await this.pool.close().catch(() => undefined);
  }
}
