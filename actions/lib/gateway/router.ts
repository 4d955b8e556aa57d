/**
 * Router mode: one URL in front of every version of an app, as the load balancer is on AWS.
 * Requests are split across the versions by the weights the deployments table records (the
 * split the ALB gets), `/v/<version>/...` reaches one version, and predict requests that came by
 * the split are mirrored to the shadows. Each version's own gateway logs; the router only routes.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { DashboardOptions } from "../dashboard/server.js";
import type { Logger } from "../logger.js";
import {
  beginExchange,
  exchangeBody,
  passThrough,
  upstreamRequest,
} from "./exchange.js";
import { sendError, splitUrl, versionOfPath } from "./http.js";
import type { GatewayMetrics } from "./metrics.js";
import type { GatewaySettings, ShadowTarget } from "./options.js";
import { OWN_PREFIX, ownPage } from "./pages.js";
import { MIRROR_HEADER, type ShadowMirror } from "./shadow.js";
import { Upstream } from "./upstream.js";
import { routeOf } from "./version-handler.js";
import type { AppVersion } from "./versions.js";

/** A version the router can reach. */
export interface Reachable {
  version: string;
  url: string;
}

/** What the router routes by, built from the deployments table. */
export interface RouteTable {
  /** Versions with a weight above 0, in the table's order. */
  weighted: (Reachable & { weight: number })[];
  total: number;
  /** Every live version with a URL, for `/v/<version>/`. */
  byVersion: Map<string, string>;
  shadows: ShadowTarget[];
}

/** The route table of the app's live versions (those without a URL cannot be reached). */
export function routeTable(versions: readonly AppVersion[]): RouteTable {
  const reachable = versions.filter(
    (v): v is AppVersion & { url: string } => v.url !== null,
  );
  const weighted = reachable
    .filter((v) => v.role === "serving" && v.weight > 0)
    .map((v) => ({ version: v.version, url: v.url, weight: v.weight }));
  return {
    weighted,
    total: weighted.reduce((sum, v) => sum + v.weight, 0),
    byVersion: new Map(reachable.map((v) => [v.version, v.url])),
    shadows: reachable
      .filter((v) => v.role === "shadow")
      .map((v) => ({ version: v.version, url: v.url })),
  };
}

/** Picks a version with probability weight / total (`draw` in [0, 1)). */
export function pickVersion(
  table: RouteTable,
  draw: number = Math.random(),
): Reachable | undefined {
  let left = draw * table.total;
  for (const entry of table.weighted) {
    left -= entry.weight;
    if (left < 0) return entry;
  }
  return table.weighted.at(-1);
}

/** What the router runs with. */
export interface RouterContext {
  settings: GatewaySettings;
  metrics: GatewayMetrics;
  logger: Logger;
  mirror: ShadowMirror;
  table: () => RouteTable;
  status: () => unknown;
  dashboard?: DashboardOptions;
}

/** Keeps one connection pool per version URL; pools of URLs no longer routed to are closed. */
export class UpstreamPools {
  private readonly pools = new Map<string, Upstream>();

  constructor(
    private readonly options: { connections: number; timeoutMs: number },
  ) {}

  get(url: string): Upstream {
    let pool = this.pools.get(url);
    if (!pool) {
      pool = new Upstream(url, this.options);
      this.pools.set(url, pool);
    }
    return pool;
  }

  /** Closes the pools of URLs not in `keep` (their requests in flight finish first). */
  retain(keep: ReadonlySet<string>): void {
    for (const [url, pool] of this.pools)
      if (!keep.has(url)) {
        this.pools.delete(url);
        void pool.close();
      }
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close()));
    this.pools.clear();
  }
}

function target(
  table: RouteTable,
  path: string,
): { found?: Reachable; below: string; prefixed: boolean; problem?: string } {
  const named = versionOfPath(path);
  if (named) {
    const url = table.byVersion.get(named.version);
    if (url)
      return {
        found: { version: named.version, url },
        below: named.rest,
        prefixed: true,
      };
    const known = [...table.byVersion.keys()].join(", ") || "none";
    return {
      below: path,
      prefixed: true,
      problem: `no live version "${named.version.slice(0, 40)}" (live: ${known})`,
    };
  }
  const found = pickVersion(table);
  return found
    ? { found, below: path, prefixed: false }
    : { below: path, prefixed: false, problem: "no version takes traffic yet" };
}

async function handle(
  context: RouterContext,
  pools: UpstreamPools,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { path, query } = splitUrl(req.url ?? "/");
  if (path.startsWith(OWN_PREFIX)) return ownPage(req, res, path, context);
  const chosen = target(context.table(), path);
  if (!chosen.found) {
    sendError(res, chosen.prefixed ? 404 : 503, chosen.problem ?? "");
    return;
  }
  const route = routeOf(chosen.below, context.settings.paths);
  const exchange = beginExchange(req, res, context.metrics, {
    version: chosen.found.version,
    route,
  });
  const body = await exchangeBody(exchange, context.settings.http.bodyLimit);
  if (body === undefined) return;
  const request = upstreamRequest(exchange, `${path}${query}`, body);
  const mirrored =
    route === "predict" &&
    req.method === "POST" &&
    !chosen.prefixed &&
    !req.headers[MIRROR_HEADER];
  if (mirrored)
    res.once("finish", () =>
      context.mirror.offer({
        requestId: exchange.requestId,
        path: `${path}${query}`,
        contentType: req.headers["content-type"],
        body,
      }),
    );
  await passThrough(exchange, pools.get(chosen.found.url), request, context);
}

/** The router's handler for node:http's server. */
export function routerHandler(
  context: RouterContext,
  pools: UpstreamPools,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(context, pools, req, res).catch((error: unknown) => {
      context.logger.error(`router: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}
