import { KinesisClient } from "@aws-sdk/client-kinesis";
import { S3Client } from "@aws-sdk/client-s3";
import { readDeployKind } from "../lib/deploy/kind.js";
import type { InputSource } from "../lib/inputs.js";
import { runBatchSmokeTest } from "../lib/smoke/batch.js";
import {
  readBatchSmokeOptions,
  renderBatchReport,
  s3Dropbox,
} from "../lib/smoke/batch-inputs.js";
import {
  readSmokeOptions,
  SMOKE_INPUTS,
  runSmokeTest,
  smokeOutputs,
} from "../lib/smoke/index.js";
import {
  readStreamSmokeOptions,
  renderStreamReport,
  runKinesisStreamSmoke,
} from "../lib/smoke/stream.js";
import { recordSmoke } from "../lib/pipeline/smoke-record.js";
import { parseVersion } from "../lib/version.js";
import {
  actionsLogger,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

function failWith(reasons: string[]): never {
  const n = reasons.length;
  throw new Error(
    `${n} check${n === 1 ? "" : "s"} failed:\n- ${reasons.join("\n- ")}`,
  );
}

/** kind batch: drop the cases in the bucket, wait for the output, check labels and log rows. */
async function batch(read: InputSource): Promise<void> {
  const settings = readBatchSmokeOptions(read);
  const result = await runBatchSmokeTest({
    ...settings,
    dropbox: s3Dropbox(new S3Client({}), settings.bucket),
    logger: actionsLogger,
  });
  const report = renderBatchReport(result, settings.version);
  setOutputs({ passed: String(result.passed), report });
  await writeSummary(report);
  if (!result.passed) failWith(result.reasons);
  actionsLogger.info("batch smoke test passed");
}

/** kind stream: put the cases on the input stream, read the decisions, count the log rows. */
async function stream(read: InputSource): Promise<void> {
  const settings = readStreamSmokeOptions(read);
  const result = await runKinesisStreamSmoke(settings, {
    kinesis: new KinesisClient({}),
    logger: actionsLogger,
  });
  const report = renderStreamReport(result, settings);
  setOutputs({ passed: String(result.passed), report });
  await writeSummary(report);
  if (!result.passed) failWith(result.reasons);
  actionsLogger.info("stream smoke test passed");
}

/** The smoke-test action: read inputs, run the checks, set outputs and the summary, fail with every reason. */
export async function main(): Promise<void> {
  const read = readActionInputs(SMOKE_INPUTS);
  const kind = readDeployKind(read);
  if (kind === "batch") return batch(read);
  if (kind === "stream") return stream(read);
  const options = readSmokeOptions(read);
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
  if (!result.passed) failWith(result.reasons);
  actionsLogger.info(
    `smoke test passed in ${(result.durationMs / 1000).toFixed(1)} s`,
  );
}
