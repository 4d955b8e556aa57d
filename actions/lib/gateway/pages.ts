/** The gateway's own pages under `/_modelship/`: metrics, health, status and the dashboard. */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  handleDashboardRequest,
  type DashboardOptions,
} from "../dashboard/server.js";
import { sendError, sendJson } from "./http.js";
import type { GatewayMetrics } from "./metrics.js";

/** Where the gateway's own pages live; a model's paths never start with it. */
export const OWN_PREFIX = "/_modelship/";

const DASHBOARD = "dashboard";

/** What the own pages show. */
export interface OwnPagesContext {
  metrics: GatewayMetrics;
  status: () => unknown;
  /** The app's dashboard, when the gateway serves it (`--dashboard`). */
  dashboard?: DashboardOptions;
}

/** Answers one of the gateway's own pages. */
export async function ownPage(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  context: OwnPagesContext,
): Promise<void> {
  const page = path.slice(OWN_PREFIX.length);
  if (page === "metrics") {
    const text = await context.metrics.registry.metrics();
    res.writeHead(200, {
      "content-type": context.metrics.registry.contentType,
      "content-length": Buffer.byteLength(text),
    });
    res.end(text);
    return;
  }
  if (page === "health") return sendJson(res, 200, { status: "ok" });
  if (page === "status") return sendJson(res, 200, context.status());
  const { dashboard } = context;
  if (dashboard && (page === DASHBOARD || page.startsWith(`${DASHBOARD}/`)))
    return handleDashboardRequest(
      req,
      res,
      page.slice(DASHBOARD.length),
      dashboard,
    );
  const pages = ["metrics", "health", "status"];
  if (dashboard) pages.push(`${DASHBOARD}/`);
  sendError(
    res,
    404,
    `no page ${path.slice(0, 80)}: the gateway has ${pages.map((name) => `${OWN_PREFIX}${name}`).join(", ")}`,
  );
}
