// The local twin of the batch worker against a real Postgres: one file scored in each format, a
// second run that logs nothing twice, the watched inbox with its Postgres queue, and poison files.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parquetReadObjects, asyncBufferFromFile } from "hyparquet";
import { parquetWriteFile } from "hyparquet-writer";
import {
  runLocalInbox,
  scoreLocalFile,
} from "../../actions/lib/batch/local.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  expectedLabel,
  irisCsv,
  irisRow,
  startModelServer,
  type ModelServer,
} from "./model-server.js";

const names = parseVersion("b1");
let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
let model: ModelServer;
let root: string;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url });
  model = await startModelServer();
});
afterAll(async () => {
  await model.close();
  await pool.end();
  await db.drop();
});
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "batch-local-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const options = () => ({
  app: "iris",
  names,
  root,
  databaseUrl: db.url,
  modelUrl: model.url,
  predictPath: "/predict",
  batchSize: 100,
  concurrency: 4,
  logger: memoryLogger(),
  signal: new AbortController().signal,
});

async function loggedRows(
  requestPrefix: string,
): Promise<{ total: number; distinct: number }> {
  const table = qualified(names.tables.schema, names.tables.outputs);
  const { rows } = await pool.query<{ total: string; distinct: string }>(
    `SELECT count(*) AS total, count(DISTINCT (request_id, item)) AS distinct
       FROM ${table} WHERE request_id LIKE $1`,
    [`${requestPrefix}%`],
  );
  return { total: Number(rows[0]?.total), distinct: Number(rows[0]?.distinct) };
}

describe("modelship batch --input (one local file)", () => {
  it("scores a CSV in order, writes a CSV, and a second run logs no row twice", async () => {
    const input = path.join(root, "scores.csv");
    writeFileSync(input, irisCsv(1234));
    const output = path.join(root, "out", "scores.csv");
    mkdirSync(path.dirname(output));
    expect(await scoreLocalFile({ ...options(), input, output })).toBe(1234);
    const lines = readFileSync(output, "utf8").trim().split("\n");
    expect(lines[0]).toBe(
      "row,sepal_length,sepal_width,petal_length,petal_width,predicted_label,probability_setosa,probability_versicolor",
    );
    expect(lines).toHaveLength(1235);
    lines.slice(1).forEach((line, index) => {
      const cells = line.split(",");
      expect(Number(cells[0])).toBe(index);
      expect(cells[5]).toBe(expectedLabel(irisRow(index)));
    });
    expect(await loggedRows("inbox/b1/scores.csv#sha256:")).toEqual({
      total: 1234,
      distinct: 1234,
    });
    await scoreLocalFile({ ...options(), input, output });
    expect(await loggedRows("inbox/b1/scores.csv#sha256:")).toEqual({
      total: 1234,
      distinct: 1234,
    });
  });

  it("scores JSON Lines into JSON Lines", async () => {
    const input = path.join(root, "rows.jsonl");
    writeFileSync(
      input,
      Array.from({ length: 250 }, (_, i) => JSON.stringify(irisRow(i))).join(
        "\n",
      ),
    );
    const output = path.join(root, "rows.out.jsonl");
    expect(await scoreLocalFile({ ...options(), input, output })).toBe(250);
    const rows = readFileSync(output, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows[3]).toEqual({
      row: 3,
      input: irisRow(3),
      prediction: {
        label: "versicolor",
        probabilities: { setosa: 0.1, versicolor: 0.9 },
      },
    });
    expect(rows.map((r) => r.prediction.label)).toEqual(
      Array.from({ length: 250 }, (_, i) => expectedLabel(irisRow(i))),
    );
  });

  it("scores Parquet (several row groups) into Parquet", async () => {
    const input = path.join(root, "rows.parquet");
    const rows = Array.from({ length: 2500 }, (_, i) => irisRow(i));
    parquetWriteFile({
      filename: input,
      columnData: Object.keys(irisRow(0)).map((name) => ({
        name,
        data: rows.map((r) => r[name] as number),
        type: "DOUBLE" as const,
      })),
      rowGroupSize: 1000,
    });
    const output = path.join(root, "rows.out.parquet");
    expect(await scoreLocalFile({ ...options(), input, output })).toBe(2500);
    const read = await parquetReadObjects({
      file: await asyncBufferFromFile(output),
    });
    expect(read).toHaveLength(2500);
    expect(read[1]).toMatchObject({
      row: 1,
      petal_length: irisRow(1).petal_length,
      predicted_label: "versicolor",
    });
    expect(read.map((r) => r.predicted_label)).toEqual(rows.map(expectedLabel));
  });
});

describe("the local inbox (queue in Postgres)", () => {
  async function runUntil(done: () => boolean | Promise<boolean>) {
    const controller = new AbortController();
    const running = runLocalInbox({
      ...options(),
      signal: controller.signal,
      pollMs: 50,
    });
    const deadline = Date.now() + 30_000;
    while (!(await done()) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    return running;
  }

  it("scores a file dropped in inbox/<version>/ into outputs/<version>/", async () => {
    const dropped = path.join(root, "inbox", "b1", "nightly", "day1.csv");
    mkdirSync(path.dirname(dropped), { recursive: true });
    writeFileSync(dropped, irisCsv(300));
    const output = path.join(root, "outputs", "b1", "nightly", "day1.csv");
    const stats = await runUntil(() => {
      try {
        return readFileSync(output, "utf8").trim().split("\n").length === 301;
      } catch {
        return false;
      }
    });
    expect(stats.scored).toBe(1);
    const { rows } = await pool.query(
      "SELECT key, state, deliveries FROM modelship_batch_jobs",
    );
    expect(rows).toEqual([
      { key: "inbox/b1/nightly/day1.csv", state: "done", deliveries: 1 },
    ]);
    expect(await loggedRows("inbox/b1/nightly/day1.csv#job-")).toEqual({
      total: 300,
      distinct: 300,
    });
  });

  it.each([
    ["notes.txt", "hello", /not a file the worker reads/],
    [
      "bad.csv",
      "sepal_length,petal_length\n1.0,oops\n",
      /the model refused rows 0-0 \(HTTP 400\)/,
    ],
    ["ragged.csv", "a,b\n1,2,3\n", /the CSV is malformed/],
  ])(
    "sends the poison file %s to dead/ with its reason",
    async (name, text, reason) => {
      const dropped = path.join(root, "inbox", "b1", name);
      mkdirSync(path.dirname(dropped), { recursive: true });
      writeFileSync(dropped, text);
      const poll = async () => {
        const { rows } = await pool
          .query<{ state: string; reason: string; id: string }>(
            "SELECT id, state, reason FROM modelship_batch_jobs WHERE key = $1",
            [`inbox/b1/${name}`],
          )
          .catch(() => ({ rows: [] }));
        return rows[0];
      };
      const stats = await runUntil(
        async () => (await poll())?.state === "dead",
      );
      expect(stats.poison).toBe(1);
      const row = await poll();
      expect(row?.state).toBe("dead");
      expect(row?.reason).toMatch(reason);
      expect(
        readFileSync(path.join(root, "dead", `${row?.id}-${name}`), "utf8"),
      ).toBe(text);
      await pool.query("DELETE FROM modelship_batch_jobs");
    },
  );
});
