/**
 * The pipeline's optional A/B stage, between smoke-test and the shift of all traffic: the new
 * version, at its canary weight, against the serving version with the most traffic. Off unless
 * A/B rules are configured; skipped when there is no database or nothing to compare with.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AbSettings } from "../ab/inputs.js";
import { runAbTest, type AbResult, type Clock } from "../ab/core.js";
import { renderAbReport } from "../ab/report.js";
import { openPool } from "../db/pool.js";
import type { Logger } from "../logger.js";
import type { VersionNames } from "../version.js";
import type { StageOutcome } from "./stages.js";

/** The longest one read of the prediction log may take. */
export const AB_STATEMENT_TIMEOUT_MS = 60_000;

/** What the stage needs. */
export interface AbStageOptions {
  app: string;
  version: VersionNames;
  databaseUrl?: string;
  settings: AbSettings;
  logger: Logger;
  /** Where the A/B report is written as `ab-<version>.md`, if anywhere. */
  reportDir?: string;
  clock?: Clock;
}

/** How the stage went: its line for the stage report, and the A/B report when it ran. */
export interface AbStageResult {
  outcome: StageOutcome;
  passed: boolean;
  result?: AbResult;
  report?: string;
}

/** Whether the pipeline runs an A/B stage at all. */
export function abStageEnabled(settings: AbSettings | undefined): boolean {
  return (settings?.rules.length ?? 0) > 0;
}

function failures(result: AbResult): string {
  const failed = result.verdicts.filter((v) => v.status === "fail");
  const open = result.verdicts.filter((v) => v.status !== "pass");
  const shown = failed.length > 0 ? failed : open;
  return shown.map((v) => `${v.rule.text}: ${v.detail}`).join("; ");
}

/** Runs the A/B test of the new version; never throws for a failed verdict (see `passed`). */
export async function runAbStage(
  options: AbStageOptions,
): Promise<AbStageResult> {
  if (!options.databaseUrl)
    return {
      outcome: {
        skipped: "no database-url: the A/B test reads the prediction log",
      },
      passed: true,
    };
  const db = openPool(options.databaseUrl, 2, {
    statementTimeoutMs: AB_STATEMENT_TIMEOUT_MS,
  });
  try {
    const result = await runAbTest(
      {
        ...options.settings,
        app: options.app,
        candidate: options.version,
        seed: 1,
      },
      { db, logger: options.logger, clock: options.clock },
    );
    const report = renderAbReport(result);
    if (options.reportDir) {
      mkdirSync(options.reportDir, { recursive: true });
      const file = path.join(
        options.reportDir,
        `ab-${options.version.version}.md`,
      );
      writeFileSync(file, report);
    }
    if (result.decision === "nothing-to-compare")
      return {
        outcome: { skipped: result.reason },
        passed: true,
        result,
        report,
      };
    const detail = result.passed
      ? result.reason
      : `${result.reason}: ${failures(result)}`;
    return { outcome: detail, passed: result.passed, result, report };
  } finally {
    await db.end();
  }
}
