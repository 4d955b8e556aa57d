// SIGTERM under load, with the embedded database and with a server: the service stops accepting,
// finishes what is in flight, drains the prediction log into Postgres before it stops the embedded
// database (whose exit hook used to stop it mid-drain: 880 rows lost, no line logged), logs one
// line with the counts and exits 0. Every 2xx prediction is logged.
import { chmodSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { createTestDatabase, startPostgres } from "../helpers/postgres.js";
import type { ServiceProcess } from "../helpers/service-process.js";
import {
  compareLogged,
  metric,
  segments,
  service,
  startLoad,
  stopLoads,
  tempDir,
} from "./harness.js";

afterEach(stopLoads);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CLOSED_LINE =
  /prediction log closed: (\d+) row\(s\) written to Postgres \(\d+ replayed from the journal\), \d+ journaled, 0 dropped; Postgres has every row/;

/** Load for a while with rows held back in memory (long flush interval), then SIGTERM mid-load. */
async function terminateUnderLoad(env: Record<string, string>) {
  const journal = tempDir("faults-journal-");
  let svc: ServiceProcess | undefined;
  try {
    svc = await service({
      ...env,
      LOG_JOURNAL_DIR: journal.dir,
      LOG_FLUSH_MS: "3000",
      LOG_BATCH_SIZE: "10000",
    });
    const load = startLoad(svc.url);
    await sleep(2500);
    const queued = await metric(svc.url, "modelship_log_backlog_rows");
    const code = await svc.stop(); // SIGTERM while the load runs
    const tally = await load.stop();
    return {
      code,
      queued,
      tally,
      output: svc.output(),
      journalLeft: segments(journal.dir),
    };
  } finally {
    await svc?.stop(5000);
    journal.remove();
  }
}

it("SIGTERM with the embedded database: drains before the database stops, then stops it", async () => {
  const parent = tempDir("faults-pgdata-");
  chmodSync(parent.dir, 0o755); // the server runs as `postgres`, which must enter it
  const dataDir = path.join(parent.dir, "data");
  const version = "term-embedded";
  try {
    const run = await terminateUnderLoad({
      MODEL_VERSION: version,
      DATABASE_URL: "",
      PGDATA_DIR: dataDir,
    });
    expect(run.queued).toBeGreaterThan(100); // rows were still waiting at SIGTERM
    expect(run.code).toBe(0);
    const closed = CLOSED_LINE.exec(run.output);
    expect(closed).not.toBeNull();
    expect(
      run.output.split("\n").filter((l) => l.includes("prediction log closed")),
    ).toHaveLength(1);
    expect(run.journalLeft).toEqual([]);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false); // we stopped it after the drain
    const again = await startPostgres({ dataDir });
    try {
      const result = await compareLogged(again.url, version, run.tally.served);
      console.log(
        `SIGTERM, embedded: ${JSON.stringify({ queuedAtSigterm: run.queued, ...result })}`,
      );
      expect(result).toMatchObject({ missing: 0, duplicated: 0 });
      expect(result.unanswered).toBeLessThanOrEqual(16);
      expect(Number(closed![1])).toBe(result.loggedItems);
    } finally {
      await again.stop();
    }
  } finally {
    rmSync(parent.dir, { recursive: true, force: true });
  }
}, 120_000);

it("SIGTERM with a database server: every 2xx prediction is logged", async () => {
  const db = await createTestDatabase();
  const version = "term-server";
  try {
    const run = await terminateUnderLoad({
      MODEL_VERSION: version,
      DATABASE_URL: db.url,
    });
    expect(run.queued).toBeGreaterThan(100);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(CLOSED_LINE);
    const result = await compareLogged(db.url, version, run.tally.served);
    console.log(
      `SIGTERM, server: ${JSON.stringify({ queuedAtSigterm: run.queued, ...result })}`,
    );
    expect(result).toMatchObject({ missing: 0, duplicated: 0 });
    expect(result.unanswered).toBeLessThanOrEqual(16);
  } finally {
    await db.drop();
  }
}, 120_000);
