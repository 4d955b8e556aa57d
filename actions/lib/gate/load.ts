import path from "node:path";
import { migrate } from "../db/schema.js";
import { openPool } from "../db/pool.js";
import { ConfigurationError, describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";
import { readMetricsFile } from "../metrics-file.js";
import { metricHistory, servingBaseline } from "../db/baselines.js";
import type { GateInput, HistoryPoint } from "./evaluate.js";
import type { Rule } from "./rules.js";

/** Where the gate's numbers come from (the validated inputs). */
export interface GateSources {
  metricsFile: string;
  baselineFile?: string;
  /** Older metrics files, oldest first, for the chart. */
  history: readonly string[];
  baselineFrom: "file" | "registry";
  databaseUrl?: string;
  app: string;
  /** Whose serving version is the registry baseline; default production. */
  baselineEnvironment?: string;
}

/** Parses `baseline-from`. */
export function parseBaselineFrom(
  raw: string | undefined,
): "file" | "registry" {
  const value = (raw ?? "file").trim();
  if (value === "file" || value === "registry") return value;
  throw new ConfigurationError(
    `input "baseline-from" must be "file" or "registry", got "${raw}"`,
  );
}

/** Short chart labels for files: the base name, or the path where two base names clash. */
export function fileLabels(files: readonly string[]): string[] {
  const base = files.map((f) => path.basename(f).replace(/\.json$/i, ""));
  return base.map((b, i) =>
    base.indexOf(b) === base.lastIndexOf(b) ? b : (files[i] ?? b),
  );
}

async function historyFromFiles(
  files: readonly string[],
): Promise<HistoryPoint[]> {
  const labels = fileLabels(files);
  return Promise.all(
    files.map(async (file, i) => ({
      label: labels[i] ?? file,
      metrics: await readMetricsFile(file),
    })),
  );
}

type Loaded = Pick<GateInput, "baseline" | "noBaselineReason" | "history">;

async function fromRegistry(
  databaseUrl: string,
  app: string,
  logger: Logger,
  environment?: string,
): Promise<Loaded> {
  const pool = openPool(databaseUrl, 1);
  try {
    return await describeFailure(
      "read deployments",
      `the database of app "${app}"`,
      async () => {
        await migrate(pool, logger);
        const serving = await servingBaseline(pool, app, environment);
        const history = (
          await metricHistory(pool, app, undefined, environment)
        ).map((h) => ({
          label: h.version,
          metrics: h.metrics,
        }));
        if (!serving) {
          const reason = `no version of app "${app}" is serving in the deployments table`;
          return { history, noBaselineReason: reason };
        }
        if (!serving.metrics) {
          const reason = `serving version ${serving.version} has no recorded metrics`;
          return { history, noBaselineReason: reason };
        }
        const label = `${serving.version} (serving, ${serving.trafficWeight}% of traffic)`;
        logger.info(`baseline: ${label}`);
        return { history, baseline: { label, metrics: serving.metrics } };
      },
    );
  } finally {
    await pool.end();
  }
}

/**
 * Reads the candidate, the baseline (a file, or the serving version in the registry) and the
 * history. A missing or broken candidate or baseline file is a ConfigurationError naming it.
 */
export async function loadGateInput(
  sources: GateSources,
  rules: readonly Rule[],
  logger: Logger,
): Promise<GateInput> {
  const candidate = await readMetricsFile(sources.metricsFile);
  const files = await historyFromFiles(sources.history);
  if (sources.baselineFrom === "registry") {
    if (!sources.databaseUrl) {
      throw new ConfigurationError(
        'input "database-url" is required when baseline-from is "registry"',
      );
    }
    const loaded = await fromRegistry(
      sources.databaseUrl,
      sources.app,
      logger,
      sources.baselineEnvironment,
    );
    return {
      candidate,
      rules,
      ...loaded,
      history: [...files, ...loaded.history],
    };
  }
  if (!sources.baselineFile) {
    return {
      candidate,
      rules,
      history: files,
      noBaselineReason: "no baseline-file was given",
    };
  }
  const metrics = await readMetricsFile(sources.baselineFile);
  return {
    candidate,
    rules,
    baseline: { label: "base", metrics },
    history: [...files, { label: "base", metrics }],
  };
}
