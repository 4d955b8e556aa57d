// SIGKILL under load, then a restart with the same journal directory. The in-memory queue used to
// be lost whole (1,033 rows at about 4k requests/s). Now every row is in the journal: in `strict`
// mode a 2xx is sent only once its rows are fsynced, so nothing is lost; in `batched` mode a
// record is written at the end of the event-loop turn that answered it, so a SIGKILL loses at most
// the requests answered since the journal's last write began: normally the turn it hits, and a
// turn answers at most one request per open connection.
import { createTestDatabase } from "../helpers/postgres.js";
import type { ServiceProcess } from "../helpers/service-process.js";
import {
  compareLogged,
  metric,
  segments,
  service,
  startLoad,
  stopLoads,
  tempDir,
  until,
} from "./harness.js";

afterEach(stopLoads);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CONNECTIONS = 16;
/**
 * The documented bound of `batched` mode: the requests answered since the journal's last write
 * began, normally one event-loop turn (at most one request per connection); three turns' worth
 * leaves room for a shared machine that starves the process (0–14 requests measured).
 */
const BATCHED_MAX_REQUESTS = 3 * CONNECTIONS;

async function killAndRestart(durability: "strict" | "batched") {
  const db = await createTestDatabase();
  const journal = tempDir("faults-journal-");
  const version = `kill-${durability}`;
  const env = {
    DATABASE_URL: db.url,
    MODEL_VERSION: version,
    LOG_JOURNAL_DIR: journal.dir,
    LOG_DURABILITY: durability,
  };
  let first: ServiceProcess | undefined;
  let second: ServiceProcess | undefined;
  try {
    // Rows wait in memory up to 3 s before Postgres: at the kill they are in the journal only.
    first = await service({
      ...env,
      LOG_FLUSH_MS: "3000",
      LOG_BATCH_SIZE: "10000",
    });
    const load = startLoad(first.url, CONNECTIONS);
    await sleep(2500);
    const backlog = await metric(first.url, "modelship_log_backlog_rows");
    first.child.kill("SIGKILL");
    await first.exited;
    const tally = await load.stop();
    const leftByKill = segments(journal.dir).length;
    second = await service(env);
    const replayMs = await until(
      "the replay",
      async () =>
        (await metric(second!.url, "modelship_log_backlog_rows")) === 0,
      60_000,
    );
    const replayed = await metric(
      second.url,
      "modelship_log_rows_replayed_total",
    );
    expect(await second.stop()).toBe(0);
    const result = await compareLogged(db.url, version, tally.served);
    const rate = result.servedItems / (tally.durationMs / 1000);
    const figures = {
      backlogAtKill: backlog,
      rowsPerSecond: Math.round(rate),
      replayed,
      replayMs,
      ...result,
      lossWindowMs: (result.missingItems / rate) * 1000,
    };
    console.log(`SIGKILL, ${durability}: ${JSON.stringify(figures)}`);
    return { figures, result, rate, leftByKill, output: second.output() };
  } finally {
    first?.child.kill("SIGKILL");
    await second?.stop(5000);
    journal.remove();
    await db.drop();
  }
}

it("SIGKILL in strict mode, then a restart: no 2xx prediction is lost", async () => {
  const run = await killAndRestart("strict");
  expect(run.figures.backlogAtKill).toBeGreaterThan(100); // the kill hit rows not yet in Postgres
  expect(run.leftByKill).toBeGreaterThan(0);
  expect(run.output).toMatch(
    /row\(s\) of an earlier run wait in the journal .*: replaying them/,
  );
  expect(run.result).toMatchObject({ missing: 0, duplicated: 0 });
  expect(run.result.unanswered).toBeLessThanOrEqual(CONNECTIONS); // answered as it died
}, 120_000);

it(`SIGKILL in batched mode, then a restart: at most ${BATCHED_MAX_REQUESTS} requests' rows are lost`, async () => {
  const run = await killAndRestart("batched");
  expect(run.figures.backlogAtKill).toBeGreaterThan(100);
  expect(run.result.duplicated).toBe(0);
  expect(run.result.missing).toBeLessThanOrEqual(BATCHED_MAX_REQUESTS);
}, 120_000);
