// A stream version in a non-default environment on the local target, end to end through the CLI
// (from its sources): `pipeline --env staging --kind stream` deploys and smoke-tests it on
// staging's own streams (`modelship--staging-*`), events put with `stream put --env staging`
// are decided there and logged in staging's tables, the default environment's streams and
// tables stay empty, and a revert in staging archives staging's checkpoints.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import {
  connectLocalDatabase,
  until,
  exampleWorkspace,
} from "../helpers/local-target.js";

const { work, state, cli, down } = exampleWorkspace(
  "modelship-stream-env-e2e-",
  "\nenvironments:\n  staging:\n  production:\n",
);

describe("a stream version in staging (end to end)", () => {
  let db: pg.Client;
  const count = async (sql: string, params: unknown[] = []) =>
    (await db.query<{ n: number }>(sql, params)).rows[0]?.n ?? 0;

  beforeAll(async () => {
    const run = await cli(
      ...["pipeline", "--env", "staging", "--version", "s1"],
      ...["--build", "never", "--kind", "stream"],
    );
    expect(run.out).toMatch(/modelship pipeline s1 \(local\): passed/);
    expect(run.out).toMatch(
      /consuming modelship--staging-events → modelship--staging-decisions/,
    );
    expect(run.code).toBe(0);
    db = await connectLocalDatabase(state);
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await down();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it("decides events put in staging on staging's streams and logs them in staging's tables", async () => {
    const events = path.join(work, "events.jsonl");
    writeFileSync(
      events,
      [0, 1, 2]
        .map((i) =>
          JSON.stringify({
            id: `env-${i}`,
            features: {
              sepal_length: 5.1 + i,
              sepal_width: 3.5,
              petal_length: 1.4 + 2 * i,
              petal_width: 0.2 + i / 2,
            },
          }),
        )
        .join("\n") + "\n",
    );
    const put = await cli(
      "stream",
      "put",
      "--env",
      "staging",
      "--file",
      events,
    );
    expect(put.out).toMatch(
      /put 3 of 3 event\(s\).* modelship--staging-events/,
    );
    expect(put.code).toBe(0);
    const decided = () =>
      count(
        `SELECT count(*)::int AS n FROM modelship_stream_events
          WHERE stream = 'modelship--staging-decisions' AND partition_key LIKE 'env-%'`,
      );
    await until("3 decisions", async () => (await decided()) >= 3);
    expect(await decided()).toBe(3);
    // Logged once each in staging's tables (the smoke cases are there too), none in production's.
    // A decision is put before its log row reaches Postgres (the journal holds it first).
    const logged = () =>
      count(
        `SELECT count(*)::int AS n FROM predictions__staging.s1_outputs o
           JOIN modelship_stream_events e ON o.request_id = e.shard || ':' || e.seq
          WHERE e.stream = 'modelship--staging-events' AND e.partition_key LIKE 'env-%'`,
      );
    await until("3 log rows", async () => (await logged()) >= 3);
    expect(await logged()).toBe(3);
    expect(
      await count(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'predictions' AND table_name = 's1_outputs'",
      ),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*)::int AS n FROM modelship_stream_events WHERE stream LIKE 'modelship-%' AND stream NOT LIKE 'modelship--%'",
      ),
    ).toBe(0);
  });

  it("reverts s1 in staging: its consumer stops and staging's checkpoints are archived", async () => {
    const revert = await cli("revert", "s1", "--env", "staging", "--force");
    expect(revert.out).toMatch(/stream checkpoint\(s\) archived/);
    expect(revert.code).toBe(0);
    expect(
      await count(
        "SELECT count(*)::int AS n FROM modelship_stream_checkpoints WHERE app = 'modelship--staging' AND consumer = 's1'",
      ),
    ).toBe(0);
  });
});
