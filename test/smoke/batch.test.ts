// smoke-test for a batch version: the cases dropped into the app's bucket (S3 stubbed at the SDK
// boundary, answering as a worker would once it has scored the file), the labels of the output
// checked, the log rows counted in a real Postgres; and the inputs of kind batch.
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import pg from "pg";
import {
  migrate,
  ensurePredictionTables,
} from "../../actions/lib/db/schema.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import {
  casesAsJsonLines,
  runBatchSmokeTest,
} from "../../actions/lib/smoke/batch.js";
import {
  readBatchSmokeOptions,
  renderBatchReport,
  s3Dropbox,
} from "../../actions/lib/smoke/batch-inputs.js";
import {
  readSmokeOptions,
  SMOKE_INPUTS,
} from "../../actions/lib/smoke/options.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { inputsFor } from "../helpers/inputs.js";
import { useTestDatabase } from "../helpers/postgres.js";
import { ROOT } from "../helpers/run-bundle.js";

const CASES = [
  { name: "small", input: { petal_length: 1.4 }, label: "setosa" },
  { name: "large", input: { petal_length: 5.1 }, label: "virginica" },
];
const BUCKET = "iris-111122223333-eu-west-1";

/**
 * S3 that plays the worker: a file put under inbox/<v>/ shows up scored under outputs/<v>/ (with
 * the label `label(row)`), and `onScored` runs as the worker would log the rows.
 */
function scoringBucket(options: {
  label: (input: Record<string, number>) => string;
  onScored?: (key: string, rows: number) => Promise<void>;
}) {
  const s3 = new S3Client({
    region: "eu-west-1",
    credentials: { accessKeyId: "t", secretAccessKey: "t" },
  });
  const objects = new Map<string, string>();
  const mock = mockClient(s3);
  mock
    .on(PutObjectCommand)
    .callsFake(async (input: { Key: string; Body: string }) => {
      objects.set(input.Key, input.Body);
      const lines = input.Body.trim().split("\n");
      const output = lines
        .map((line, row) => {
          const features = JSON.parse(line) as Record<string, number>;
          return JSON.stringify({
            row,
            input: features,
            prediction: { label: options.label(features) },
          });
        })
        .join("\n");
      objects.set(input.Key.replace(/^inbox\//, "outputs/"), `${output}\n`);
      await options.onScored?.(input.Key, lines.length);
      return {};
    });
  mock.on(ListObjectsV2Command).callsFake((input: { Prefix: string }) => ({
    Contents: [...objects.keys()]
      .filter((k) => k.startsWith(input.Prefix))
      .map((Key) => ({ Key })),
  }));
  mock.on(GetObjectCommand).callsFake((input: { Key: string }) => {
    const text = objects.get(input.Key) ?? "";
    return {
      ContentLength: Buffer.byteLength(text),
      // The part of the SDK's stream mixin that getText uses.
      Body: { transformToString: async () => text },
    };
  });
  return { s3, mock, objects };
}

const label = (input: Record<string, number>) =>
  (input.petal_length as number) < 2.5 ? "setosa" : "virginica";

describe("smoke-test kind batch", () => {
  const databaseUrl = useTestDatabase();

  async function logRows(
    key: string,
    rows: number,
    version = "1.2",
    environment?: string,
  ) {
    const pool = new pg.Pool({ connectionString: databaseUrl() });
    const names = parseVersion("1.2", environment);
    await migrate(pool);
    await ensurePredictionTables(pool, names);
    for (let item = 0; item < rows; item++) {
      const id = `${key}#rev-1`;
      await pool.query(
        `INSERT INTO ${qualified(names.tables.schema, names.tables.inputs)} (request_id, item, received_at, features) VALUES ($1, $2, now(), '{}')`,
        [id, item],
      );
      await pool.query(
        `INSERT INTO ${qualified(names.tables.schema, names.tables.outputs)} (request_id, item, predicted_at, model_version, label, latency_ms) VALUES ($1, $2, now(), $3, 'x', 1)`,
        [id, item, version],
      );
    }
    await pool.end();
  }

  it("drops the cases as JSON Lines under inbox/<version>/, reads the output, and finds every row logged once", async () => {
    const bucket = scoringBucket({
      label,
      onScored: (key, rows) => logRows(key, rows),
    });
    const result = await runBatchSmokeTest({
      version: "1.2",
      cases: CASES,
      dropbox: s3Dropbox(bucket.s3, BUCKET),
      databaseUrl: databaseUrl(),
      checkLogs: true,
      timeoutMs: 5000,
      pollMs: 10,
      logger: memoryLogger(),
    });
    expect(result.reasons).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.logged).toEqual({ inputRows: 2, outputRows: 2 });
    const put = bucket.mock.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(put?.Bucket).toBe(BUCKET);
    expect(put?.Key).toMatch(
      /^inbox\/1\.2\/modelship-smoke-[0-9a-f-]{36}\.jsonl$/,
    );
    expect(put?.Body).toBe(casesAsJsonLines(CASES));
    expect(renderBatchReport(result, "1.2")).toMatch(
      /passed[\s\S]*2 input and 2 output log row/,
    );
  });

  it.each([
    [
      "a wrong label",
      { label: () => "setosa" },
      /case "large": expected label "virginica", got "setosa"/,
    ],
    [
      "rows logged under another version",
      {
        label,
        onScored: (key: string, rows: number) => logRows(key, rows, "9.9"),
      },
      /2 input and 0 output log row\(s\) of version 1\.2 for 2 row\(s\)/,
    ],
  ])("fails on %s, with the reason", async (_name, behaviour, reason) => {
    const bucket = scoringBucket(behaviour);
    const result = await runBatchSmokeTest({
      version: "1.2",
      cases: CASES,
      dropbox: s3Dropbox(bucket.s3, BUCKET),
      databaseUrl: databaseUrl(),
      checkLogs: true,
      timeoutMs: 2000,
      pollMs: 10,
      logTimeoutMs: 200,
      logger: memoryLogger(),
    });
    expect(result.passed).toBe(false);
    expect(result.reasons.join("\n")).toMatch(reason);
  });

  it("counts the rows in the environment's own tables (predictions__<env>)", async () => {
    const bucket = scoringBucket({
      label,
      onScored: (key, rows) => logRows(key, rows, "1.2", "staging"),
    });
    const smoke = (environment?: string) =>
      runBatchSmokeTest({
        version: "1.2",
        environment,
        cases: CASES,
        dropbox: s3Dropbox(bucket.s3, BUCKET),
        databaseUrl: databaseUrl(),
        checkLogs: true,
        timeoutMs: 5000,
        pollMs: 10,
        logTimeoutMs: 200,
        logger: memoryLogger(),
      });
    const staging = await smoke("staging");
    expect(staging.reasons).toEqual([]);
    expect(staging.logged).toEqual({ inputRows: 2, outputRows: 2 });
    // Production's tables hold none of staging's rows (this run's file is a new one).
    const production = await smoke();
    expect(production.passed).toBe(false);
    expect(production.logged?.outputRows ?? 0).toBe(0);
  });

  it("fails when no output comes within the time", async () => {
    const bucket = scoringBucket({ label });
    bucket.mock.on(ListObjectsV2Command).resolves({ Contents: [] });
    const result = await runBatchSmokeTest({
      version: "1.2",
      cases: CASES,
      dropbox: s3Dropbox(bucket.s3, BUCKET),
      checkLogs: false,
      timeoutMs: 100,
      pollMs: 10,
      logger: memoryLogger(),
    });
    expect(result.reasons).toEqual([
      expect.stringMatching(
        /^no output at s3:\/\/iris-111122223333-eu-west-1\/outputs\/1\.2\/modelship-smoke-.*\.jsonl within 0 s$/,
      ),
    ]);
  });

  const casesFile = `${ROOT}/example-app/smoke-cases.json`;
  it("makes url optional for kind batch, and needs bucket, version and cases", () => {
    const read = (values: Record<string, string>) =>
      inputsFor(SMOKE_INPUTS, values);
    const settings = readBatchSmokeOptions(
      read({
        kind: "batch",
        bucket: BUCKET,
        version: "1.2",
        "cases-file": casesFile,
      }),
    );
    expect(settings).toMatchObject({
      version: "1.2",
      bucket: BUCKET,
      timeoutMs: 120_000,
    });
    expect(settings.cases.length).toBeGreaterThan(0);
    expect(settings.environment).toBeUndefined();
    expect(
      readBatchSmokeOptions(
        read({
          bucket: BUCKET,
          version: "1.2",
          "cases-file": casesFile,
          environment: "staging",
        }),
      ).environment,
    ).toBe("staging");
    expect(() =>
      readBatchSmokeOptions(read({ version: "1.2", "cases-file": casesFile })),
    ).toThrow(/input "bucket"/);
    expect(() =>
      readBatchSmokeOptions(
        read({
          bucket: "Not_A_Bucket",
          version: "1.2",
          "cases-file": casesFile,
        }),
      ),
    ).toThrow(/"Not_A_Bucket" is not an S3 bucket name/);
    expect(() =>
      readBatchSmokeOptions(read({ bucket: BUCKET, version: "1.2" })),
    ).toThrow(/kind batch needs input "cases-file"/);
    expect(() => readSmokeOptions(read({ version: "1.2" }))).toThrow(
      /input "url" is required for kind online/,
    );
  });
});
