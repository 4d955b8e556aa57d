import { runAbTest } from "../lib/ab/core.js";
import { AB_ACTION_INPUTS, readAbInputs } from "../lib/ab/inputs.js";
import { renderAbReport } from "../lib/ab/report.js";
import { openPool } from "../lib/db/pool.js";
import { parseDatabaseUrl } from "../lib/db/url.js";
import { requiredInput } from "../lib/inputs.js";
import { AB_STATEMENT_TIMEOUT_MS } from "../lib/pipeline/ab-stage.js";
import {
  actionsLogger,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** The ab-test action: read inputs, run the A/B test, set outputs and the summary. */
export async function main(): Promise<void> {
  const read = readActionInputs(AB_ACTION_INPUTS);
  const inputs = readAbInputs(read);
  const url = parseDatabaseUrl(
    requiredInput(read, "database-url"),
    'input "database-url"',
  );
  const db = openPool(url, 2, { statementTimeoutMs: AB_STATEMENT_TIMEOUT_MS });
  try {
    const result = await runAbTest(
      { ...inputs, seed: 1 },
      { db, logger: actionsLogger },
    );
    const report = renderAbReport(result);
    setOutputs({ passed: result.passed, decision: result.decision, report });
    await writeSummary(report);
    if (!result.passed) throw new Error(result.reason);
    actionsLogger.info(`A/B test passed: ${result.reason}`);
  } finally {
    await db.end();
  }
}
