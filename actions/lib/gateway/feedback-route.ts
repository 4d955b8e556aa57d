/** `POST /feedback` (the path is configurable): checks, finds the serving version, stores once. */
import type { Queryable } from "../db/pool.js";
import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import type { Exchange } from "./exchange.js";
import { parseFeedback, servedBy, storeFeedback } from "./feedback.js";
import { sendError, sendJson } from "./http.js";

/** What the feedback route needs. */
export interface FeedbackContext {
  db?: Queryable;
  app: string;
  /** The app's environment, whose log tables the candidates' are (default production). */
  environment?: string;
  /** Versions whose logs may hold the request, most likely first (this gateway's own first). */
  candidates: () => string[];
  logger: Logger;
}

function parsed(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Handles one feedback request. */
export async function handleFeedback(
  context: FeedbackContext,
  exchange: Exchange,
  body: Buffer,
): Promise<void> {
  const { res } = exchange;
  if (exchange.req.method !== "POST") {
    sendError(res, 405, "feedback is sent with POST", { allow: "POST" });
    return;
  }
  if (!context.db) {
    sendError(res, 503, "feedback needs the gateway's database (DATABASE_URL)");
    return;
  }
  const feedback = parseFeedback(parsed(body));
  if (typeof feedback === "string") {
    sendError(res, 400, feedback);
    return;
  }
  try {
    const version = await servedBy(
      context.db,
      feedback,
      context.candidates(),
      context.environment,
    );
    if (!version) {
      sendError(
        res,
        404,
        `no version of ${context.app} logged request ${feedback.requestId} item ${feedback.item} (a prediction is logged within a second of its answer)`,
      );
      return;
    }
    const { stored } = await storeFeedback(
      context.db,
      context.app,
      version,
      feedback,
    );
    sendJson(res, stored ? 201 : 200, {
      request_id: feedback.requestId,
      item: feedback.item,
      version,
      stored,
      ...(stored ? {} : { duplicate: true }),
    });
  } catch (error) {
    context.logger.warning(`feedback: ${errorMessage(error)}`);
    sendError(res, 503, "feedback could not be stored now; try again later");
  }
}
