// A database restart and a long database outage under full load: every 2xx prediction is logged,
// nothing is dropped, nothing twice, and the writer resumes within a second of the database's
// return (it used to stay down about 4.4 s, and the queue overflowed after about 3 s).
import { startPostgres, type PostgresServer } from "../helpers/postgres.js";
import type { ServiceProcess } from "../helpers/service-process.js";
import {
  compareLogged,
  explained,
  metric,
  OUTAGE_SECONDS,
  segments,
  service,
  startLoad,
  stopLoads,
  tempDir,
  until,
} from "./harness.js";

afterEach(stopLoads);

let pgServer: PostgresServer;
beforeAll(async () => {
  pgServer = await startPostgres(); // our own: this file stops and restarts it
});
afterAll(async () => {
  await pgServer?.destroy();
});

/**
 * Resumed writing within this of the database's return (it used to take about 4.4 s; here it is
 * a retry of at most 250 ms plus one write, given room for a busy shared machine).
 */
const RESUME_MS = 3000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function outage(version: string, downMs: number) {
  const journal = tempDir("faults-journal-");
  let svc: ServiceProcess | undefined;
  try {
    return await explained(
      () => svc,
      async () => {
        svc = await service({
          DATABASE_URL: pgServer.url,
          MODEL_VERSION: version,
          LOG_JOURNAL_DIR: journal.dir,
        });
        const base = svc.url;
        const load = startLoad(base);
        await sleep(2000);
        await pgServer.stop();
        const servedAtStop = load.count();
        await sleep(downMs);
        const downFigures = {
          backlog: await metric(base, "modelship_log_backlog_rows"),
          journalBytes: await metric(base, "modelship_log_journal_bytes"),
          lag: await metric(base, "modelship_log_replay_lag_seconds"),
          failedAttempts: await metric(
            base,
            "modelship_log_write_failures_total",
          ),
        };
        const servedWhileDown = load.count() - servedAtStop;
        const written = await metric(base, "modelship_log_rows_written_total");
        await pgServer.start();
        // Back in business: the first batch written after the database returned.
        const resumedMs = await until(
          "the writer to resume",
          async () =>
            (await metric(base, "modelship_log_rows_written_total")) > written,
          30_000,
        );
        await sleep(2000);
        const tally = await load.stop();
        const catchUpMs = await until(
          "the backlog to reach Postgres",
          async () => (await metric(base, "modelship_log_backlog_rows")) === 0,
          120_000,
        );
        const dropped = await metric(base, "modelship_log_rows_dropped_total");
        const code = await svc.stop();
        const result = await compareLogged(pgServer.url, version, tally.served);
        return {
          tally,
          result,
          code,
          servedWhileDown,
          downFigures,
          resumedMs,
          catchUpMs,
          dropped,
          journal,
          output: svc.output(),
        };
      },
    );
  } finally {
    await svc?.stop(5000);
    journal.remove();
  }
}

it("a database restart at full load loses nothing and resumes at once", async () => {
  const run = await outage("restart-1", 200);
  console.log(
    `restart: ${JSON.stringify({ served: run.result.servedItems, logged: run.result.loggedItems, resumedMs: run.resumedMs, catchUpMs: run.catchUpMs })}`,
  );
  expect(run.tally.failures).toBe(0);
  expect(run.result).toMatchObject({
    missing: 0,
    duplicated: 0,
    unanswered: 0,
  });
  expect(run.result.loggedItems).toBe(run.result.servedItems);
  expect(run.dropped).toBe(0);
  expect(run.resumedMs).toBeLessThan(RESUME_MS);
  expect(run.code).toBe(0);
}, 90_000);

it(
  `a ${OUTAGE_SECONDS} s database outage at full load loses nothing: the journal holds the rows and replays them`,
  async () => {
    const run = await outage("outage-1", OUTAGE_SECONDS * 1000);
    console.log(
      `outage: ${JSON.stringify({ seconds: OUTAGE_SECONDS, served: run.result.servedItems, servedWhileDown: run.servedWhileDown, down: run.downFigures, resumedMs: run.resumedMs, catchUpMs: run.catchUpMs, logged: run.result.loggedItems })}`,
    );
    expect(run.tally.failures).toBe(0);
    expect(run.servedWhileDown).toBeGreaterThan(100 * OUTAGE_SECONDS); // it kept serving
    expect(run.downFigures.backlog).toBeGreaterThan(0);
    expect(run.downFigures.journalBytes).toBeGreaterThan(0);
    expect(run.downFigures.lag).toBeGreaterThan(OUTAGE_SECONDS / 2);
    // It kept probing at least twice a second (the old backoff grew to 5 s between attempts).
    expect(run.downFigures.failedAttempts).toBeGreaterThanOrEqual(
      2 * OUTAGE_SECONDS,
    );
    expect(run.result).toMatchObject({
      missing: 0,
      duplicated: 0,
      unanswered: 0,
    });
    expect(run.result.loggedItems).toBe(run.result.servedItems);
    expect(run.dropped).toBe(0);
    expect(run.resumedMs).toBeLessThan(RESUME_MS);
    expect(run.output).toMatch(
      /database reachable again after \d+ failed attempt/,
    );
    expect(run.code).toBe(0);
    expect(segments(run.journal.dir)).toEqual([]);
  },
  (OUTAGE_SECONDS + 150) * 1000,
);
