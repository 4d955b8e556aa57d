/** The gateway's own pages under `/_modelship/`: metrics, health and status. */
import type { ServerResponse } from "node:http";
import { sendError, sendJson } from "./http.js";
import type { GatewayMetrics } from "./metrics.js";

/** Where the gateway's own pages live; a model's paths never start with it. */
export const OWN_PREFIX = "/_modelship/";

/** Answers one of the gateway's own pages. */
export async function ownPage(
  res: ServerResponse,
  path: string,
  context: { metrics: GatewayMetrics; status: () => unknown },
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
  sendError(
    res,
    404,
    `no page ${path.slice(0, 80)}: the gateway has ${OWN_PREFIX}metrics, ${OWN_PREFIX}health and ${OWN_PREFIX}status`,
  );
}
