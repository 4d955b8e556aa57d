/**
 * smoke-test for a stream version (`kind: stream`) on AWS: the inputs (the app's two Kinesis
 * streams, deploy-stack's outputs of the same names, and the log database, all read and checked
 * before anything is put), the run (the cases put on the input stream, this version's decisions
 * read from the output stream, the log rows counted in Postgres) and its report.
 */
import type { KinesisClient } from "@aws-sdk/client-kinesis";
import { recordSmokeOutcome } from "../db/deployments.js";
import { openPool } from "../db/pool.js";
import { optionalDatabaseUrl } from "../db/url.js";
import { ConfigurationError } from "../errors.js";
import { optionalInput, requiredInput, type InputSource } from "../inputs.js";
import type { Logger } from "../logger.js";
import { KinesisSmokePort } from "../stream/kinesis-smoke.js";
import { runStreamSmoke, type StreamSmokeResult } from "../stream/smoke.js";
import { parseStreamName } from "../stream/inputs.js";
import {
  parseAppName,
  parseEnvironmentName,
  parseVersion,
  type VersionNames,
} from "../version.js";
import type { SmokeCase } from "./cases.js";
import { readSmokeTuning, withCases } from "./options.js";

/** A stream smoke test's settings, validated. */
export interface StreamSmokeSettings {
  /** The version, in its environment (its log tables are that environment's). */
  names: VersionNames;
  /** For the report and the deployments row; undefined records nothing. */
  app?: string;
  inputStream: string;
  outputStream: string;
  databaseUrl: string;
  cases: SmokeCase[];
  timeoutMs: number;
}

function streamInput(read: InputSource, name: string): string {
  const value = optionalInput(read, name);
  if (value === undefined)
    throw new ConfigurationError(
      `kind stream needs input "${name}": deploy-stack's ${name} output`,
    );
  return parseStreamName(value, `input "${name}"`);
}

/** Reads the stream smoke test's inputs (SMOKE_INPUTS with kind stream). */
export function readStreamSmokeOptions(read: InputSource): StreamSmokeSettings {
  const environment = optionalInput(read, "environment");
  const names = parseVersion(
    requiredInput(read, "version"),
    environment === undefined ? undefined : parseEnvironmentName(environment),
  );
  const app = optionalInput(read, "app");
  const inputStream = streamInput(read, "input-stream");
  const outputStream = streamInput(read, "output-stream");
  if (inputStream === outputStream)
    throw new ConfigurationError(
      `inputs "input-stream" and "output-stream" are both ${JSON.stringify(inputStream)}: the decisions must go to another stream`,
    );
  const databaseUrl = optionalDatabaseUrl(read);
  if (databaseUrl === undefined)
    throw new ConfigurationError(
      `kind stream needs input "database-url": the smoke test checks each case's log row there`,
    );
  const tuning = withCases(readSmokeTuning(read));
  if (!tuning.cases?.length)
    throw new ConfigurationError(
      `kind stream needs input "cases-file" (smoke.cases-file): the cases are what is put on the stream and checked`,
    );
  return {
    names,
    app: app === undefined ? undefined : parseAppName(app),
    inputStream,
    outputStream,
    databaseUrl,
    cases: tuning.cases,
    timeoutMs: tuning.readyTimeoutSeconds * 1000,
  };
}

/**
 * Runs the stream smoke test on Kinesis; the log rows are counted in settings.databaseUrl, and
 * with an app the outcome goes on the version's deployments row (a promotion requires "passed").
 */
export async function runKinesisStreamSmoke(
  settings: StreamSmokeSettings,
  context: { kinesis: KinesisClient; logger: Logger },
): Promise<StreamSmokeResult> {
  const { names } = settings;
  const pool = openPool(settings.databaseUrl, 2, {
    statementTimeoutMs: 10_000,
  });
  try {
    const result = await runStreamSmoke({
      port: new KinesisSmokePort({
        kinesis: context.kinesis,
        input: settings.inputStream,
        output: settings.outputStream,
        logger: context.logger,
      }),
      pool,
      names,
      cases: settings.cases,
      timeoutMs: settings.timeoutMs,
      logger: context.logger,
      // Each look reads every shard; looking more often would only spend the shards' reads.
      pollMs: 1000,
    });
    if (settings.app) {
      const scope = { app: settings.app, environment: names.environment };
      const outcome = result.passed ? "passed" : "failed";
      await recordSmokeOutcome(pool, scope, names.version, outcome);
    }
    return result;
  } finally {
    await pool.end();
  }
}

/** The stream smoke test's report (job summary) as markdown. */
export function renderStreamReport(
  result: StreamSmokeResult,
  settings: StreamSmokeSettings,
): string {
  const cases = settings.cases.length;
  const title = settings.app ? `${settings.app} ` : "";
  return [
    `## Smoke test of ${title}stream version ${settings.names.version}: ${result.passed ? "passed" : "failed"}`,
    "",
    "| check | result |",
    "| --- | --- |",
    `| put | ${cases} case(s) on \`${settings.inputStream}\` |`,
    `| decided | ${result.decided} of ${cases} on \`${settings.outputStream}\`${result.decided ? `, slowest after ${(result.slowestMs / 1000).toFixed(1)} s` : ""} |`,
    `| logged | ${result.logged} of ${cases} in \`${settings.names.tables.schema}.${settings.names.tables.outputs}\` |`,
    "",
    ...result.reasons.map((reason) => `- ${reason.replaceAll("\n", " ")}`),
    "",
  ].join("\n");
}
