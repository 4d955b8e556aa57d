/** `modelship ab`: the A/B verdict between versions, read from the prediction log. */
import { writeFileSync } from "node:fs";
import { runAbTest } from "../lib/ab/core.js";
import { AB_INPUTS, readAbInputs } from "../lib/ab/inputs.js";
import { renderAbReport } from "../lib/ab/report.js";
import { optionalDatabaseUrl } from "../lib/db/url.js";
import { openPool } from "../lib/db/pool.js";
import { ConfigurationError } from "../lib/errors.js";
import type { InputSource } from "../lib/inputs.js";
import { runningLocalPostgres } from "../lib/local/postgres.js";
import { AB_STATEMENT_TIMEOUT_MS } from "../lib/pipeline/ab-stage.js";
import { STATE_DIR_FLAG, type Command } from "./command.js";
import { stateDirOf } from "./local-state.js";

/**
 * The database: `--database-url`, else the DATABASE_URL environment variable (so a workflow need
 * not put the secret on a command line), else the local target's PostgreSQL when it runs (never
 * started here: reading an A/B test must not change anything).
 */
export async function readOnlyDatabase(read: InputSource): Promise<string> {
  const given =
    optionalDatabaseUrl(read) ??
    optionalDatabaseUrl(() => process.env.DATABASE_URL ?? "");
  if (given) return given;
  const local = await runningLocalPostgres(stateDirOf(read, process.cwd()));
  if (local) return local;
  throw new ConfigurationError(
    'input "database-url" is required: no --database-url or DATABASE_URL was given, and the local PostgreSQL (--state-dir) is not running',
  );
}

/** `modelship ab`. */
export const abCommand: Command = {
  name: "ab",
  summary:
    "A/B verdict: each version's online accuracy and latency with confidence intervals, judged by rules",
  flags: [
    ...AB_INPUTS,
    STATE_DIR_FLAG,
    {
      name: "summary-file",
      help: "also write the markdown report to this file (e.g. $GITHUB_STEP_SUMMARY)",
    },
  ],
  async run({ read }, logger) {
    // Every flag is checked before the first read of the database.
    const inputs = readAbInputs(read);
    const summaryFile = read("summary-file").trim();
    const db = openPool(await readOnlyDatabase(read), 2, {
      statementTimeoutMs: AB_STATEMENT_TIMEOUT_MS,
    });
    try {
      const result = await runAbTest({ ...inputs, seed: 1 }, { db, logger });
      const report = renderAbReport(result);
      process.stdout.write(`\n${report}\n`);
      if (summaryFile) writeFileSync(summaryFile, `${report}\n`, { flag: "a" });
      if (!result.passed) logger.error(result.reason);
      return result.passed ? 0 : 1;
    } finally {
      await db.end();
    }
  },
};
