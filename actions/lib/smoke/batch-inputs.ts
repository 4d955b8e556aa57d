/**
 * smoke-test's inputs for a batch version (`kind: batch`): no URL, but the app's bucket, and
 * cases to drop; read and checked before anything is dropped. Plus the S3 dropbox and the report.
 */
import type { S3Client } from "@aws-sdk/client-s3";
import { getText, objectListed, putText } from "../aws/s3-drop.js";
import { optionalDatabaseUrl } from "../db/url.js";
import { ConfigurationError } from "../errors.js";
import { optionalInput, requiredInput, type InputSource } from "../inputs.js";
import { parseEnvironmentName, parseVersion } from "../version.js";
import type {
  BatchDropbox,
  BatchSmokeOptions,
  BatchSmokeResult,
} from "./batch.js";
import { readSmokeTuning, withCases } from "./options.js";

/** A batch smoke test's settings, without the dropbox (the shell builds its S3 client). */
export type BatchSmokeSettings = Omit<
  BatchSmokeOptions,
  "dropbox" | "logger"
> & {
  bucket: string;
};

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Reads the batch smoke test's inputs (SMOKE_INPUTS with kind batch). */
export function readBatchSmokeOptions(read: InputSource): BatchSmokeSettings {
  const version = parseVersion(requiredInput(read, "version")).version;
  // Its log tables are its environment's (the input SMOKE_INPUTS shares with the online check).
  const environment = optionalInput(read, "environment");
  const bucket = requiredInput(read, "bucket");
  if (!BUCKET.test(bucket))
    throw new ConfigurationError(
      `input "bucket" ${JSON.stringify(bucket.slice(0, 70))} is not an S3 bucket name (deploy-stack's bucket output)`,
    );
  const tuning = withCases(readSmokeTuning(read));
  if (!tuning.cases?.length)
    throw new ConfigurationError(
      `kind batch needs input "cases-file" (smoke.cases-file): the cases are what is dropped and checked`,
    );
  return {
    version,
    environment:
      environment === undefined ? undefined : parseEnvironmentName(environment),
    bucket,
    cases: tuning.cases,
    databaseUrl: optionalDatabaseUrl(read),
    checkLogs: tuning.checkLogs,
    timeoutMs: tuning.readyTimeoutSeconds * 1000,
  };
}

/** Largest output the smoke test reads back: a few hundred cases, with room to spare. */
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/** The batch smoke test's dropbox in the app's bucket. */
export function s3Dropbox(s3: S3Client, bucket: string): BatchDropbox {
  return {
    drop: (key, body) =>
      putText(s3, { bucket, key, body, contentType: "application/x-ndjson" }),
    async read(key) {
      if (!(await objectListed(s3, bucket, key))) return undefined;
      return getText(s3, { bucket, key, maxBytes: MAX_OUTPUT_BYTES });
    },
    describe: (key) => `s3://${bucket}/${key}`,
  };
}

/** The batch smoke test's report (job summary) as markdown. */
export function renderBatchReport(
  result: BatchSmokeResult,
  version: string,
): string {
  const logged = result.logged
    ? `${result.logged.inputRows} input and ${result.logged.outputRows} output log row(s)`
    : "not checked (no database-url)";
  return [
    `## Smoke test of batch version ${version}: ${result.passed ? "passed" : "failed"}`,
    "",
    "| check | result |",
    "| --- | --- |",
    `| dropped | \`${result.inputKey}\` (${result.rows} case(s)) |`,
    `| output | ${result.outputSeconds === undefined ? "none" : `\`${result.outputKey}\` after ${result.outputSeconds.toFixed(1)} s`} |`,
    `| logged | ${logged} |`,
    "",
    ...result.reasons.map((reason) => `- ${reason.replaceAll("\n", " ")}`),
    "",
  ].join("\n");
}
