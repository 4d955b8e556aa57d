// At least once, never twice: the stream worker is SIGKILLed in the middle of the stream and
// started again. It resumes from its checkpoints once the dead task's leases run out; every event
// gets its decision, and the log tables hold every event exactly once.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import {
  localInputStream,
  localOutputStream,
  prepareLocalStream,
} from "../../actions/lib/stream/local.js";
import { putLocalEvents } from "../../actions/lib/stream/local-stream.js";
import { parseVersion } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  expectedLabel,
  irisRow,
  startModelServer,
  type ModelServer,
} from "../batch/model-server.js";
import { decisions, irisEvent, logged, until } from "./helpers.js";

const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);
const EVENTS = 6000;
let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
let model: ModelServer;
let journals: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url });
  // Slow enough that the stream takes seconds: the kill lands in the middle of it.
  model = await startModelServer({ delayMs: 15 });
  journals = mkdtempSync(path.join(os.tmpdir(), "stream-kill-"));
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await model.close();
  await pool.end();
  await db.drop();
  rmSync(journals, { recursive: true, force: true });
});

function startWorker(): { child: ChildProcess; output: () => string } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/stream/worker-child.ts"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        MODEL_URL: model.url,
        STREAM_VERSION: "k1",
        STREAM_JOURNALS: journals,
        STREAM_LEASE_MS: "2000",
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

async function checkpointed(): Promise<number> {
  const { rows } = await pool.query<{ total: string }>(
    "SELECT coalesce(sum(sequence_number::bigint), 0) AS total FROM modelship_stream_checkpoints WHERE consumer = 'k1'",
  );
  return Number(rows[0]?.total);
}

it("a worker killed mid-stream and restarted misses no event and logs none twice", async () => {
  await prepareLocalStream(pool, {
    app: "iris",
    names: parseVersion("k1"),
    shards: 2,
  });
  for (let i = 0; i < EVENTS; i += 2000)
    await putLocalEvents(
      pool,
      localInputStream("iris"),
      Array.from({ length: 2000 }, (_, k) => irisEvent(i + k)),
    );
  const first = startWorker();
  await until(
    "rows logged mid-stream",
    async () => (await logged(pool, "k1")).total >= 1500,
  );
  first.child.kill("SIGKILL");
  await new Promise((r) => first.child.once("exit", r));
  const before = await logged(pool, "k1");
  expect(before.total).toBeLessThan(EVENTS);
  const atKill = await checkpointed();
  expect(atKill).toBeLessThan(EVENTS);

  const second = startWorker();
  await until(
    "every event checkpointed",
    async () => (await checkpointed()) === EVENTS,
    90_000,
  );
  second.child.kill("SIGTERM");
  await new Promise((r) => second.child.once("exit", r));
  expect(second.output()).toMatch(/reading from after \d+/);
  expect(second.output()).toMatch(/stopped/);

  expect(await logged(pool, "k1")).toEqual({ total: EVENTS, distinct: EVENTS });
  const out = await decisions(pool, localOutputStream("iris"));
  const byKey = new Map(out.map((d) => [d.partitionKey, d.body.label]));
  expect(byKey.size).toBe(EVENTS); // every event decided (a redelivered one may be decided twice)
  for (let i = 0; i < EVENTS; i++)
    if (byKey.get(`ride-${i}`) !== expectedLabel(irisRow(i)))
      throw new Error(`event ${i} was decided ${byKey.get(`ride-${i}`)}`);
  const { rows } = await pool.query(
    "SELECT count(*)::int AS n FROM modelship_stream_dead_letters",
  );
  expect(rows[0]).toEqual({ n: 0 });
}, 150_000);
