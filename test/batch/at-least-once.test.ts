// At least once, never twice: the worker is SIGKILLed in the middle of a file and started again.
// The delivery comes back when its lease runs out, the output comes out complete and in order,
// and the log tables hold every row exactly once.
import { spawn, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  expectedLabel,
  irisCsv,
  irisRow,
  startModelServer,
  type ModelServer,
} from "./model-server.js";

const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);
const names = parseVersion("k1");
const ROWS = 20_000;
let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
let model: ModelServer;
let root: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url });
  // Slow enough that the file takes seconds: the kill lands in the middle of it.
  model = await startModelServer({ delayMs: 15 });
  root = mkdtempSync(path.join(os.tmpdir(), "batch-kill-"));
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await model.close();
  await pool.end();
  await db.drop();
  rmSync(root, { recursive: true, force: true });
});

function startWorker(): { child: ChildProcess; output: () => string } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/batch/worker-child.ts"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        MODEL_URL: model.url,
        BATCH_ROOT: root,
        BATCH_VERSION: names.version,
        BATCH_LEASE_SECONDS: "2",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.push(child);
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

const outputsTable = qualified(names.tables.schema, names.tables.outputs);
async function logged(): Promise<{ total: number; distinct: number }> {
  const { rows } = await pool
    .query<{ total: string; distinct: string }>(
      `SELECT count(*) AS total, count(DISTINCT (request_id, item)) AS distinct FROM ${outputsTable}`,
    )
    .catch(() => ({ rows: [{ total: "0", distinct: "0" }] }));
  return { total: Number(rows[0]?.total), distinct: Number(rows[0]?.distinct) };
}

async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  ms = 60_000,
) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it("a worker killed mid-file and restarted completes the output and logs no row twice", async () => {
  const dropped = path.join(root, "inbox", "k1", "big.csv");
  mkdirSync(path.dirname(dropped), { recursive: true });
  writeFileSync(dropped, irisCsv(ROWS));
  const first = startWorker();
  await until(
    "rows logged mid-file",
    async () => (await logged()).total >= 3000,
  );
  first.child.kill("SIGKILL");
  await new Promise((r) => first.child.once("exit", r));
  const before = await logged();
  expect(before.total).toBeLessThan(ROWS);
  const output = path.join(root, "outputs", "k1", "big.csv");
  expect(existsSync(output)).toBe(false); // published only once complete

  const second = startWorker();
  await until("the job to be done", async () => {
    const { rows } = await pool.query<{ state: string }>(
      "SELECT state FROM modelship_batch_jobs",
    );
    return rows[0]?.state === "done";
  });
  second.child.kill("SIGTERM");
  await new Promise((r) => second.child.once("exit", r));

  const lines = readFileSync(output, "utf8").trim().split("\n").slice(1);
  expect(lines).toHaveLength(ROWS);
  lines.forEach((line, index) => {
    const cells = line.split(",");
    if (
      Number(cells[0]) !== index ||
      cells[5] !== expectedLabel(irisRow(index))
    )
      throw new Error(`output line ${index} is ${line}`);
  });
  expect(await logged()).toEqual({ total: ROWS, distinct: ROWS });
  const { rows } = await pool.query(
    "SELECT key, state, deliveries FROM modelship_batch_jobs",
  );
  expect(rows).toEqual([
    { key: "inbox/k1/big.csv", state: "done", deliveries: 2 },
  ]);
  expect(second.output()).toMatch(/delivery 2/);
}, 120_000);
