// The foreign Python repository (test/fixtures/python-model: scikit-learn, a standard-library
// server on /invocations and /ping, no Node) with two environments, end to end through the CLI
// from its sources: v1 in staging, promoted to production by its digest with no training, then a
// stream version of the same Python model in staging that decides events on staging's own streams
// and logs them in staging's tables, and a revert in staging that leaves production serving.
import {
  appendFileSync,
  chmodSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { request } from "undici";
import { artifactDigest } from "../../actions/lib/local/artifact.js";
import { cliFromSource } from "../helpers/cli-source.js";
import {
  connectLocalDatabase,
  deploymentRows,
  until,
} from "../helpers/local-target.js";
import {
  copyPythonFixture,
  describeWithSklearn,
  PYTHON_FIXTURE,
  PYTHON_PARAMS,
  pythonEnv,
} from "../helpers/python-fixture.js";

interface SmokeCase {
  input: Record<string, number>;
  label: string;
}
const CASES = JSON.parse(
  readFileSync(path.join(PYTHON_FIXTURE, "smoke-cases.json"), "utf8"),
) as SmokeCase[];

describeWithSklearn(
  "a Python repository with staging and production, online and streaming (end to end)",
  () => {
    const fixture = copyPythonFixture();
    const repo = fixture.dir;
    const state = mkdtempSync(path.join(os.tmpdir(), "modelship-foreign-env-"));
    // The local PostgreSQL runs as user postgres, which must be able to enter the state directory.
    chmodSync(state, 0o755);
    let db: pg.Client;

    async function cli(...args: string[]) {
      const run = await cliFromSource([...args, "--state-dir", state], {
        cwd: repo,
        env: pythonEnv({ DATABASE_URL: "" }) as Record<string, string>,
      });
      return { code: run.code, out: run.stdout + run.stderr };
    }
    const row = async (environment: string, version: string) =>
      (await deploymentRows(db, "iris-py")).find(
        (r) => r.environment === environment && r.version === version,
      );

    /** The labels decided on a scoped app's output stream for the test's events (key py-*). */
    const decided = async (scopedApp: string) =>
      new Map(
        (
          await db.query<{ key: string; label: string }>(
            `SELECT partition_key AS key, convert_from(data, 'UTF8')::jsonb ->> 'label' AS label
               FROM modelship_stream_events
              WHERE stream = $1 AND partition_key LIKE 'py-%'`,
            [`${scopedApp}-decisions`],
          )
        ).rows.map((r) => [r.key, r.label]),
      );
    /** s1's log rows of the test's events on a scoped app's input stream. */
    const loggedEvents = async (scopedApp: string, schema: string) =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${schema}.s1_outputs o
             JOIN modelship_stream_events e ON o.request_id = e.shard || ':' || e.seq
            WHERE e.stream = $1 AND e.partition_key LIKE 'py-%'`,
          [`${scopedApp}-events`],
        )
      ).rows[0]?.n ?? 0;
    const events = CASES.map((c, i) => ({
      id: `py-${i}`,
      label: c.label,
      features: c.input,
    }));

    beforeAll(async () => {
      // The repository's own modelship.yml, with two environments added as a user would add them.
      appendFileSync(
        path.join(repo, "modelship.yml"),
        "\nenvironments:\n  staging:\n    smoke:\n      requests: 40\n  production:\n",
      );
      writeFileSync(
        path.join(repo, "params.json"),
        JSON.stringify(PYTHON_PARAMS.v1),
      );
      const v1 = await cli(
        ...["pipeline", "--env", "staging", "--version", "v1"],
        ...["--build", "never"],
      );
      expect(v1.out).toMatch(/modelship pipeline v1 \(local\): passed/);
      expect(v1.code).toBe(0);
      db = await connectLocalDatabase(state);
    }, 300_000);

    afterAll(async () => {
      await db?.end();
      await cliFromSource(["down", "--state-dir", state], { cwd: repo });
      rmSync(state, { recursive: true, force: true });
      fixture.remove();
    }, 60_000);

    it("promotes the Python v1 from staging to production by its digest, without training", async () => {
      const staging = await row("staging", "v1");
      expect(staging).toMatchObject({ status: "serving", smoke: "passed" });
      expect(staging?.image_digest).toBe(
        artifactDigest(path.join(state, "runs", "v1")),
      );
      const promote = await cli("promote", "v1", "--to", "production");
      expect(promote.out).toMatch(
        /modelship promote v1 staging → production \(local\): passed/,
      );
      expect(promote.code).toBe(0);
      expect(promote.out).not.toMatch(/▶ (train|gate|build)/);
      const production = await row("production", "v1");
      expect(production).toMatchObject({
        status: "serving",
        traffic_weight: 100,
        image_digest: staging?.image_digest,
        promoted_from: "staging",
        smoke: "passed",
      });
      // Production's v1 is the Python server, behind its own gateway, on its own paths.
      const answer = await request(`${production?.url}/invocations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ input: CASES[0]?.input }),
      });
      const body = (await answer.body.json()) as {
        model_version: string;
        prediction: { label: string };
      };
      expect(answer.statusCode).toBe(200);
      expect(body).toMatchObject({
        model_version: "v1",
        prediction: { label: CASES[0]?.label },
      });
      const logged = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM predictions.v1_outputs",
      );
      expect(logged.rows[0]?.n).toBeGreaterThan(0);
    }, 180_000);

    it("deploys the same Python model as a stream version in staging, which decides events there", async () => {
      const run = await cli(
        ...["pipeline", "--env", "staging", "--version", "s1"],
        ...["--build", "never", "--kind", "stream"],
      );
      expect(run.out).toMatch(/modelship pipeline s1 \(local\): passed/);
      expect(run.out).toMatch(
        /consuming iris-py--staging-events → iris-py--staging-decisions/,
      );
      expect(run.code).toBe(0);

      const file = path.join(state, "events.jsonl");
      writeFileSync(file, events.map((e) => JSON.stringify(e)).join("\n"));
      const put = await cli(
        "stream",
        "put",
        "--env",
        "staging",
        "--file",
        file,
      );
      expect(put.out).toMatch(
        new RegExp(
          `put ${events.length} of ${events.length} event\\(s\\).* iris-py--staging-events`,
        ),
      );
      expect(put.code).toBe(0);

      const decisions = () => decided("iris-py--staging");
      const logged = () =>
        loggedEvents("iris-py--staging", "predictions__staging");
      await until(
        "the Python stream version to decide and log every event",
        async () =>
          (await decisions()).size === events.length &&
          (await logged()) === events.length,
      );
      const labels = await decisions();
      expect(events.map((e) => labels.get(e.id))).toEqual(
        events.map((e) => e.label),
      );
      // It takes events, not requests (as on AWS): staging's v1 keeps all of the HTTP traffic.
      expect(await row("staging", "s1")).toMatchObject({ traffic_weight: 0 });
      expect(await row("staging", "v1")).toMatchObject({ traffic_weight: 100 });
      // Nothing reached production's streams or tables.
      const production = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM modelship_stream_events WHERE stream LIKE 'iris-py-%' AND stream NOT LIKE 'iris-py--%'",
      );
      expect(production.rows[0]?.n).toBe(0);
      const table = await db.query<{ t: string | null }>(
        "SELECT to_regclass('predictions.s1_outputs')::text AS t",
      );
      expect(table.rows[0]?.t).toBeNull();
    }, 300_000);

    it("promotes the stream version to production by its digest, where it decides production's events", async () => {
      const promote = await cli(
        ...["promote", "s1", "--to", "production", "--kind", "stream"],
      );
      expect(promote.out).toMatch(
        /modelship promote s1 staging → production \(local\): passed/,
      );
      expect(promote.out).not.toMatch(/▶ (train|gate|build)/);
      // The stream smoke test, on production's own streams.
      expect(promote.out).toMatch(/✔ smoke-test passed .*\(in production\)/);
      expect(promote.code).toBe(0);
      expect(await row("production", "s1")).toMatchObject({
        status: "serving",
        image_digest: (await row("staging", "s1"))?.image_digest,
        promoted_from: "staging",
        smoke: "passed",
      });
      const file = path.join(state, "events.jsonl");
      const put = await cli(
        ...["stream", "put", "--env", "production", "--file", file],
      );
      expect(put.out).toMatch(/ iris-py-events/);
      expect(put.code).toBe(0);
      await until(
        "production's s1 to decide and log every event",
        async () =>
          (await decided("iris-py")).size === events.length &&
          (await loggedEvents("iris-py", "predictions")) === events.length,
      );
      const labels = await decided("iris-py");
      expect(events.map((e) => labels.get(e.id))).toEqual(
        events.map((e) => e.label),
      );
      // Staging's s1 saw none of production's events: its log count is unchanged.
      expect(
        await loggedEvents("iris-py--staging", "predictions__staging"),
      ).toBe(events.length);
    }, 300_000);

    it("reverts in staging and leaves production's v1 serving", async () => {
      for (const version of ["s1", "v1"]) {
        const revert = await cli(
          "revert",
          version,
          "--env",
          "staging",
          "--force",
        );
        expect(revert.out).toMatch(new RegExp(`reverted ${version}`));
        expect(revert.code).toBe(0);
        expect(await row("staging", version)).toMatchObject({
          status: "reverted",
          traffic_weight: 0,
        });
      }
      const checkpoints = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM modelship_stream_checkpoints WHERE app = 'iris-py--staging' AND consumer = 's1'",
      );
      expect(checkpoints.rows[0]?.n).toBe(0);
      expect(await row("production", "v1")).toMatchObject({
        status: "serving",
        traffic_weight: 100,
      });
      const answer = await request(
        `${(await row("production", "v1"))?.url}/ping`,
      );
      expect(answer.statusCode).toBe(200);
      await answer.body.dump();
    }, 120_000);
  },
);
