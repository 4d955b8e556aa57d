/**
 * Starts the gateway in front of one model server, or the router in front of an app's versions,
 * and stops it in order: stop accepting, finish what is in flight, send what the shadow queues
 * hold, drain the prediction log into Postgres.
 */
import type pg from "pg";
import type { DashboardOptions } from "../dashboard/server.js";
import { openPool } from "../db/pool.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import type { Logger } from "../logger.js";
import type { CloseResult } from "../predictions/types.js";
import { PredictionLogWriter } from "../predictions/writer.js";
import { GatewayMetrics } from "./metrics.js";
import type { GatewaySettings, ShadowTarget } from "./options.js";
import {
  routeTable,
  routerHandler,
  UpstreamPools,
  type RouteTable,
} from "./router.js";
import { listen } from "./server.js";
import { ShadowMirror } from "./shadow.js";
import { Upstream } from "./upstream.js";
import { versionHandler } from "./version-handler.js";
import { VersionsWatch, type AppVersion } from "./versions.js";

/** A started gateway or router. */
export interface RunningGateway {
  url: string;
  port: number;
  metrics: GatewayMetrics;
  writer?: PredictionLogWriter;
  /** Stops it; the log's counts when it logged. */
  close(): Promise<CloseResult | undefined>;
}

interface Parts {
  pool?: pg.Pool;
  metrics: GatewayMetrics;
  logger: Logger;
  mirror?: ShadowMirror;
  watch?: VersionsWatch;
  dashboard?: DashboardOptions;
}

/**
 * The dashboard's view, as `modelship dashboard` shows it by default: the last 5 minutes, 95%
 * intervals, a poll every 5 s.
 */
const DASHBOARD_VIEW = { windowSeconds: 300, level: 0.95, pollSeconds: 5 };

/**
 * The dashboard's reads get their own two connections, each statement bounded, so a page left
 * open (or many) can never take the prediction log's connections or hold one for long.
 */
function dashboardFor(settings: GatewaySettings, logger: Logger) {
  if (!settings.dashboard || !settings.databaseUrl) return undefined;
  const db = openPool(settings.databaseUrl, 2, { statementTimeoutMs: 10_000 });
  const options: DashboardOptions = {
    db,
    app: settings.app,
    ...DASHBOARD_VIEW,
    logger,
  };
  return { options, close: () => db.end() };
}

function mirrorFor(settings: GatewaySettings, parts: Parts, from: string) {
  if (settings.shadows.mode === "off") return undefined;
  const mirror = new ShadowMirror({
    from,
    capacity: settings.shadowQueue,
    // As many copies in flight as the serving side may have requests: a shadow as fast as the
    // serving version keeps up with it.
    concurrency: settings.upstreamConnections,
    timeoutMs: settings.upstreamTimeoutMs,
    metrics: parts.metrics,
    logger: parts.logger,
  });
  if (settings.shadows.mode === "fixed")
    mirror.update(settings.shadows.targets);
  return mirror;
}

/** The shadows a serving version mirrors to: the table's, never itself, none when it is one. */
export function shadowsOf(
  versions: readonly AppVersion[],
  own?: string,
): ShadowTarget[] {
  if (versions.some((v) => v.version === own && v.role === "shadow")) return [];
  return routeTable(versions).shadows.filter((s) => s.version !== own);
}

async function startVersion(settings: GatewaySettings, parts: Parts) {
  const names = settings.names;
  if (!names || !settings.upstream)
    throw new Error("gateway mode needs an upstream and a version");
  const upstream = new Upstream(settings.upstream, {
    connections: settings.upstreamConnections,
    timeoutMs: settings.upstreamTimeoutMs,
  });
  // Made now, not at the first write: feedback and readers look for them from the start.
  if (parts.pool) await ensurePredictionTables(parts.pool, names);
  const writer =
    parts.pool && settings.logPredictions
      ? await PredictionLogWriter.open({
          pool: parts.pool,
          names,
          logger: parts.logger,
          journalDir: settings.journal.dir,
          journalMaxBytes: settings.journal.maxBytes,
          durability: settings.journal.durability,
          hooks: parts.metrics.writerHooks(names.version),
          journalVariable: "--journal-dir (LOG_JOURNAL_DIR)",
        })
      : undefined;
  if (writer) parts.metrics.watchWriter(names.version, writer);
  const mirror = mirrorFor(settings, parts, names.version);
  const watch = parts.watch;
  if (watch && mirror && settings.shadows.mode === "auto")
    watch.onChange = (versions) =>
      mirror.update(shadowsOf(versions, names.version));
  const handler = versionHandler({
    settings,
    version: names.version,
    upstream,
    writer,
    db: parts.pool,
    metrics: parts.metrics,
    logger: parts.logger,
    mirror,
    versions: () => watch?.versions ?? [],
    dashboard: parts.dashboard,
    status: () => ({
      mode: "gateway",
      app: settings.app,
      version: names.version,
      upstream: settings.upstream,
      logging: writer
        ? {
            queue: writer.queueDepth,
            backlog: writer.backlog,
            written: writer.written,
            dropped: writer.dropped,
          }
        : "off",
      shadows: mirror?.targets ?? [],
    }),
  });
  return { handler, writer, mirror, close: () => upstream.close() };
}

function startRouter(settings: GatewaySettings, parts: Parts) {
  const pools = new UpstreamPools({
    connections: settings.upstreamConnections,
    timeoutMs: settings.upstreamTimeoutMs,
  });
  let table: RouteTable = routeTable([]);
  const mirror =
    mirrorFor(settings, parts, "router") ??
    new ShadowMirror({
      from: "router",
      capacity: 1,
      timeoutMs: 1,
      metrics: parts.metrics,
      logger: parts.logger,
    });
  if (parts.watch)
    parts.watch.onChange = (versions) => {
      table = routeTable(versions);
      pools.retain(new Set(table.byVersion.values()));
      if (settings.shadows.mode === "auto") mirror.update(table.shadows);
      parts.logger.info(
        `routing: ${table.weighted.map((v) => `${v.version}=${v.weight}`).join(",") || "nothing"}` +
          (table.shadows.length
            ? `; shadows ${table.shadows.map((s) => s.version).join(",")}`
            : ""),
      );
    };
  const handler = routerHandler(
    {
      settings,
      metrics: parts.metrics,
      logger: parts.logger,
      mirror,
      table: () => table,
      dashboard: parts.dashboard,
      status: () => ({
        mode: "router",
        app: settings.app,
        traffic: Object.fromEntries(
          table.weighted.map((v) => [v.version, v.weight]),
        ),
        versions: Object.fromEntries(table.byVersion),
        shadows: table.shadows.map((s) => s.version),
      }),
    },
    pools,
  );
  return { handler, writer: undefined, mirror, close: () => pools.close() };
}

/** Starts the gateway (or the router) as `settings` say. */
export async function startGateway(
  settings: GatewaySettings,
  logger: Logger,
): Promise<RunningGateway> {
  const pool = settings.databaseUrl
    ? openPool(settings.databaseUrl, 4)
    : undefined;
  if (pool) await migrate(pool, logger);
  const dashboard = dashboardFor(settings, logger);
  const parts: Parts = {
    pool,
    metrics: new GatewayMetrics(),
    logger,
    dashboard: dashboard?.options,
  };
  if (pool)
    parts.watch = new VersionsWatch({
      db: pool,
      app: settings.app,
      environment: settings.environment,
      watchMs: settings.watchMs,
      logger,
    });
  const started =
    settings.mode === "router"
      ? startRouter(settings, parts)
      : await startVersion(settings, parts);
  await parts.watch?.start();
  const listening = await listen(started.handler, {
    host: settings.host,
    port: settings.port,
    limits: settings.http,
  });
  const host = settings.host === "0.0.0.0" ? "127.0.0.1" : settings.host;
  return {
    url: `http://${host}:${listening.port}`,
    port: listening.port,
    metrics: parts.metrics,
    writer: started.writer,
    async close() {
      const deadline = Date.now() + settings.drainTimeoutMs;
      await listening.drain(deadline);
      parts.watch?.stop();
      await started.mirror?.close(Math.min(deadline, Date.now() + 5000));
      const result = await started.writer?.close(
        Math.max(0, deadline - Date.now()),
      );
      await started.close();
      await pool?.end();
      await dashboard?.close();
      return result;
    },
  };
}
