// smoke-test for a stream version: its inputs (kind stream), and the action's main() run the way
// the runner runs it (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the exit
// code), in-process so that Kinesis can be stubbed at the SDK boundary (an in-memory Kinesis whose
// "worker" decides each put case), with a real Postgres for the log rows and the deployments row.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PutRecordsCommand } from "@aws-sdk/client-kinesis";
import {
  getDeployment,
  recordDeployment,
} from "../../actions/lib/db/deployments.js";
import { ensurePredictionTables } from "../../actions/lib/db/schema.js";
import { SMOKE_INPUTS } from "../../actions/lib/smoke/options.js";
import { readStreamSmokeOptions } from "../../actions/lib/smoke/stream.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { runAction } from "../../actions/shell/index.js";
import { main } from "../../actions/smoke-test/main.js";
import { inputsFor } from "../helpers/inputs.js";
import { usePool } from "../helpers/postgres.js";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { FakeKinesis, fakeShardId } from "../stream/fake-kinesis.js";

const CASES = [
  { name: "small", input: { petal_length: 1.4 }, label: "setosa" },
  { name: "large", input: { petal_length: 5.1 }, label: "virginica" },
];
const label = (input: { petal_length: number }) =>
  input.petal_length < 2.5 ? "setosa" : "virginica";
const fake = new FakeKinesis();
const pool = usePool();
let dir: string;
let casesFile: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "smoke-stream-"));
  casesFile = path.join(dir, "cases.json");
  writeFileSync(casesFile, JSON.stringify(CASES));
  fake.mock.reset();
  fake.addStream("iris-events", 2);
  fake.addStream("iris-decisions", 2);
  fake.install();
});
afterEach(() => {
  fake.onPut = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe("smoke-test kind stream: inputs", () => {
  const read = (values: Record<string, string>) =>
    inputsFor(SMOKE_INPUTS, {
      kind: "stream",
      version: "v7",
      "input-stream": "iris-events",
      "output-stream": "iris-decisions",
      "database-url": "postgres://u:p@db:5432/ml",
      "cases-file": casesFile,
      ...values,
    });

  it("reads the streams, the database, the cases and the environment's tables", () => {
    const settings = readStreamSmokeOptions(read({ environment: "staging" }));
    expect(settings).toMatchObject({
      inputStream: "iris-events",
      outputStream: "iris-decisions",
      timeoutMs: 120_000,
      cases: CASES,
    });
    expect(settings.names).toEqual(parseVersion("v7", "staging"));
  });

  it.each([
    [{ "input-stream": "" }, /kind stream needs input "input-stream"/],
    [{ "output-stream": "" }, /kind stream needs input "output-stream"/],
    [
      { "input-stream": "iris events" },
      /input "input-stream" "iris events" is not a stream name/,
    ],
    [
      { "output-stream": "iris-events" },
      /both "iris-events": the decisions must go to another stream/,
    ],
    [{ "database-url": "" }, /kind stream needs input "database-url"/],
    [{ "cases-file": "" }, /kind stream needs input "cases-file"/],
    [{ version: "" }, /version/],
  ])("refuses %j", (values, message) => {
    expect(() => readStreamSmokeOptions(read(values))).toThrow(message);
  });
});

describe("smoke-test kind stream: the action", () => {
  const names = parseVersion("v7");

  beforeAll(async () => {
    await ensurePredictionTables(pool(), names);
  });
  beforeEach(async () => {
    await pool().query(
      `TRUNCATE ${qualified(names.tables.schema, names.tables.outputs)}`,
    );
    await recordDeployment(pool(), {
      app: "iris",
      version: "v7",
      status: "deploying",
    });
  });

  /** The worker on the other side: decides with `decide`, logs each case. */
  function playWorker(decide: typeof label) {
    fake.onPut = (stream, placed) => {
      if (stream !== "iris-events") return;
      for (const [index, record] of placed.entries()) {
        const event = JSON.parse(record.data.toString("utf8"));
        fake.append("iris-decisions", fakeShardId(index % 2), {
          partitionKey: record.partitionKey,
          data: JSON.stringify({
            version: "v7",
            label: decide(event.features),
          }),
        });
        void pool().query(
          `INSERT INTO ${qualified(names.tables.schema, names.tables.outputs)} (request_id, item, predicted_at, model_version, latency_ms)
           VALUES ($1, 0, now(), 'v7', 1)`,
          [`${record.shardId}:${record.sequenceNumber}`],
        );
      }
    };
  }

  // @actions/core keeps the summary file's path once it has seen it: one pair of files for all.
  const runner = mkdtempSync(path.join(os.tmpdir(), "smoke-stream-runner-"));
  afterAll(() => rmSync(runner, { recursive: true, force: true }));

  /** Runs the action as the runner would; what it left behind. */
  async function runSmokeTest(inputs: Record<string, string>) {
    const files = {
      GITHUB_OUTPUT: path.join(runner, "output"),
      GITHUB_STEP_SUMMARY: path.join(runner, "summary"),
    };
    for (const file of Object.values(files)) writeFileSync(file, "");
    const env: Record<string, string> = {
      ...files,
      GITHUB_WORKSPACE: dir,
      AWS_REGION: "eu-west-1",
      ...Object.fromEntries(
        Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
      ),
    };
    const saved = { ...process.env };
    const savedCode = process.exitCode;
    Object.assign(process.env, env);
    try {
      await runAction("smoke-test", main);
      return {
        code: process.exitCode ?? 0,
        outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, "utf8")),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
      };
    } finally {
      for (const key of Object.keys(env)) delete process.env[key];
      Object.assign(process.env, saved);
      process.exitCode = savedCode;
    }
  }

  const inputs = () => ({
    kind: "stream",
    app: "iris",
    version: "v7",
    "input-stream": "iris-events",
    "output-stream": "iris-decisions",
    "database-url": pool.url(),
    "cases-file": casesFile,
    "ready-timeout-seconds": "5",
  });

  it("passes, sets the outputs and the summary, and records the outcome", async () => {
    playWorker(label);
    const run = await runSmokeTest(inputs());
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe("true");
    expect(run.summary).toContain("stream version v7: passed");
    expect(run.summary).toMatch(/2 of 2 on `iris-decisions`/);
    expect(run.outputs.report?.trim()).toBe(run.summary.trim());
    const row = await getDeployment(pool(), "iris", "v7");
    expect(row?.smoke).toBe("passed");
  });

  it("fails with exit code 1 and every reason, and records the failure", async () => {
    playWorker(() => "setosa");
    const run = await runSmokeTest(inputs());
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe("false");
    expect(run.summary).toContain(
      'large: decided "setosa", expected "virginica"',
    );
    const row = await getDeployment(pool(), "iris", "v7");
    expect(row?.smoke).toBe("failed");
  });

  it("exits 2 on a missing database-url before anything is put", async () => {
    playWorker(label);
    const run = await runSmokeTest({ ...inputs(), "database-url": "" });
    expect(run.code).toBe(2);
    expect(fake.mock.commandCalls(PutRecordsCommand)).toHaveLength(0);
  });
});
