/** The gateway's node:http server: bounded in connections, header and request time, keep-alive. */
import http, { type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpLimits } from "./options.js";

/** How often Node looks for requests past their timeouts (its default is 30 s). */
const TIMEOUT_CHECK_MS = 1000;

/** A listening server. */
export interface Listening {
  server: http.Server;
  port: number;
  /** Stops accepting; resolves when the requests in flight are done or `deadline` passes. */
  drain(deadline: number): Promise<void>;
}

/** Starts the server on host:port (port 0: the OS picks one). */
export async function listen(
  handler: RequestListener,
  options: { host: string; port: number; limits: HttpLimits },
): Promise<Listening> {
  const { limits } = options;
  const server = http.createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: TIMEOUT_CHECK_MS,
      // Replies go out as soon as they are written; Nagle would hold small ones for an ACK.
      noDelay: true,
    },
    handler,
  );
  // Beyond this, new connections are closed at once instead of exhausting file descriptors.
  server.maxConnections = limits.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const drain = (deadline: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(
        () => {
          server.closeAllConnections();
          resolve();
        },
        Math.max(0, deadline - Date.now()),
      );
      server.close(() => {
        clearTimeout(timer);
        resolve();
      });
      server.closeIdleConnections();
    });
  return { server, port, drain };
}
