/**
 * The dashboard over HTTP: the page, its assets (uPlot's script and styles from the npm package,
 * served from this process, so the page needs no internet), and the JSON snapshot it polls. The
 * handler takes paths relative to where it is mounted: `modelship dashboard` mounts it at `/`, the
 * gateway can mount it under `/_modelship/dashboard/`.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Queryable } from "../db/pool.js";
import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import { readDashboard } from "./data.js";

interface Asset {
  type: string;
  load: () => Buffer;
}

// Each file is read on first request; `new URL(..., import.meta.url)` lets the bundler copy it
// next to the bundle (ncc does), and lets tests and tsx read it from the sources.
const ASSETS: Record<string, Asset> = {
  "/": {
    type: "text/html; charset=utf-8",
    load: () => readFileSync(new URL("./page/index.html", import.meta.url)),
  },
  "/assets/dashboard.js": {
    type: "text/javascript; charset=utf-8",
    load: () => readFileSync(new URL("./page/dashboard.js", import.meta.url)),
  },
  "/assets/dashboard.css": {
    type: "text/css; charset=utf-8",
    load: () => readFileSync(new URL("./page/dashboard.css", import.meta.url)),
  },
  "/assets/uplot.js": {
    type: "text/javascript; charset=utf-8",
    load: () =>
      readFileSync(
        new URL(
          "../../../node_modules/uplot/dist/uPlot.iife.min.js",
          import.meta.url,
        ),
      ),
  },
  "/assets/uplot.css": {
    type: "text/css; charset=utf-8",
    load: () =>
      readFileSync(
        new URL(
          "../../../node_modules/uplot/dist/uPlot.min.css",
          import.meta.url,
        ),
      ),
  },
};

const loaded = new Map<string, Buffer>();

/** What the dashboard reads, and how often the page polls. */
export interface DashboardOptions {
  db: Queryable;
  app: string;
  /** The window of the request rate and percentiles. */
  windowSeconds: number;
  /** Confidence level of the accuracy intervals. */
  level: number;
  pollSeconds: number;
  logger?: Logger;
}

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  // Everything the page loads comes from here: no other origin, inline code or framing.
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
};

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": type,
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(body);
}

async function summary(res: http.ServerResponse, options: DashboardOptions) {
  try {
    const snapshot = await readDashboard(options.db, options);
    send(res, 200, JSON.stringify(snapshot), "application/json");
  } catch (error) {
    options.logger?.warning(`dashboard: ${errorMessage(error)}`);
    const body = JSON.stringify({ error: errorMessage(error) });
    send(res, 503, body, "application/json");
  }
}

/**
 * Answers one request whose path, relative to the mount point, is `subpath` (no query string).
 * An empty subpath redirects to the mount point with a trailing slash, so the page's relative
 * URLs resolve under it.
 */
export async function handleDashboardRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  subpath: string,
  options: DashboardOptions,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "method not allowed\n", "text/plain");
  }
  if (subpath === "") {
    const path = (req.url ?? "").split("?")[0] ?? "";
    res.writeHead(308, { Location: `${path}/` });
    return void res.end();
  }
  if (subpath === "/api/summary") return summary(res, options);
  const asset = ASSETS[subpath];
  if (!asset) return send(res, 404, "not found\n", "text/plain");
  const body = loaded.get(subpath) ?? asset.load();
  loaded.set(subpath, body);
  send(res, 200, body, asset.type);
}

/** A running dashboard server. */
export interface DashboardServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the dashboard at `/` on host:port (port 0 picks a free one). */
export async function startDashboardServer(
  options: DashboardOptions & { host: string; port: number },
): Promise<DashboardServer> {
  const server = http.createServer((req, res) => {
    const subpath = (req.url ?? "/").split("?")[0] ?? "/";
    handleDashboardRequest(req, res, subpath, options).catch((error) => {
      options.logger?.warning(`dashboard: ${errorMessage(error)}`);
      if (!res.headersSent) send(res, 500, "internal error\n", "text/plain");
    });
  });
  // Bounded: a client that trickles its request in is cut off.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
