import {
  readSmokeOptions,
  SMOKE_INPUTS,
  runSmokeTest,
  smokeOutputs,
} from "../lib/smoke/index.js";
import { recordSmoke } from "../lib/pipeline/smoke-record.js";
import { parseVersion } from "../lib/version.js";
import {
  actionsLogger,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** The smoke-test action: read inputs, run the checks, set outputs and the summary, fail with every reason. */
export async function main(): Promise<void> {
  const options = readSmokeOptions(readActionInputs(SMOKE_INPUTS));
  const result = await runSmokeTest(options, actionsLogger);
  // With a registry, the outcome goes on the version's row: a promotion requires "passed".
  const { databaseUrl, app, version, environment } = options;
  if (databaseUrl && app && version)
    await recordSmoke(
      { databaseUrl, app, version: parseVersion(version, environment) },
      result.passed ? "passed" : "failed",
    );
  const outputs = smokeOutputs(result);
  setOutputs(outputs);
  await writeSummary(outputs.report ?? "");
  if (!result.passed) {
    const n = result.reasons.length;
    throw new Error(
      `${n} check${n === 1 ? "" : "s"} failed:\n- ${result.reasons.join("\n- ")}`,
    );
  }
  actionsLogger.info(
    `smoke test passed in ${(result.durationMs / 1000).toFixed(1)} s`,
  );
}
