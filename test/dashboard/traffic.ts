/** Deployments and logged traffic for the dashboard tests, as the shared contract has them. */
import type pg from "pg";
import {
  deploy,
  giveFeedback,
  logOutputs,
  predictionTables,
} from "../ab/tables.js";

export { deploy, giveFeedback, logOutputs, predictionTables };

/**
 * Logs requests `<version>-<from + i>` with latencies 1..count ms (so the percentiles are known),
 * and feedback saying the first `correct` of them were right.
 */
export async function knownTraffic(
  pool: pg.Pool,
  options: {
    app: string;
    version: string;
    count: number;
    correct: number;
    from?: number;
    at?: Date;
  },
): Promise<void> {
  const names = await predictionTables(pool, options.version);
  const from = options.from ?? 0;
  const ids = Array.from(
    { length: options.count },
    (_, i) => `${options.version}-${from + i}`,
  );
  await logOutputs(
    pool,
    names,
    ids.map((requestId, i) => ({
      requestId,
      label: "yes",
      latencyMs: i + 1,
      predictedAt: options.at,
    })),
  );
  await giveFeedback(
    pool,
    options.app,
    ids.map((requestId, i) => ({
      requestId,
      version: options.version,
      label: i < options.correct ? "yes" : "no",
    })),
  );
}
