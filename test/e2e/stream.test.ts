// The local twin streaming end to end, through the CLI (from its sources: the bundle is rebuilt
// when the branch is merged): two stream versions deployed by `modelship pipeline --target local
// --kind stream` (each smoke-tested on the streams), events put with `modelship stream put`, both
// versions deciding every event independently with the real example model, then a revert that
// stops one consumer and archives its checkpoints while the other goes on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { cliFromSource } from "../helpers/cli-source.js";
import { connectLocalDatabase, until } from "../helpers/local-target.js";
import { ROOT } from "../helpers/run-bundle.js";

const state = mkdtempSync(path.join(os.tmpdir(), "modelship-stream-e2e-"));
const INPUT = "modelship-events";
const OUTPUT = "modelship-decisions";
let db: pg.Client;

async function cli(...args: string[]) {
  const result = await cliFromSource([...args, "--state-dir", state], {
    cwd: ROOT,
    env: { DATABASE_URL: "" },
  });
  return { code: result.code, out: `${result.stdout}${result.stderr}` };
}

/** The first `count` rows of the example's iris data, as events with their true species. */
function irisEvents(count: number, prefix: string) {
  const [header = "", ...lines] = readFileSync(
    path.join(ROOT, "example-app/data/iris.csv"),
    "utf8",
  )
    .trim()
    .split("\n");
  const names = header.split(",");
  // Every third row, so all three species come early.
  return lines
    .filter((_, index) => index % 3 === 0)
    .slice(0, count)
    .map((line, index) => {
      const cells = line.split(",");
      const features = Object.fromEntries(
        names.slice(0, 4).map((name, i) => [name, Number(cells[i])]),
      );
      return { id: `${prefix}-${index}`, species: cells[4], features };
    });
}

async function decided(version: string, prefix: string) {
  const { rows } = await db.query<{ partition_key: string; label: string }>(
    `SELECT partition_key, convert_from(data, 'UTF8')::jsonb ->> 'label' AS label
       FROM modelship_stream_events
      WHERE stream = $1 AND partition_key LIKE $2
        AND convert_from(data, 'UTF8')::jsonb ->> 'version' = $3`,
    [OUTPUT, `${prefix}-%`, version],
  );
  return new Map(rows.map((r) => [r.partition_key, r.label]));
}

async function loggedEvents(version: string, prefix: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM predictions.${version}_outputs o
       JOIN modelship_stream_events e ON o.request_id = e.shard || ':' || e.seq
      WHERE e.stream = $1 AND e.partition_key LIKE $2`,
    [INPUT, `${prefix}-%`],
  );
  return rows[0]?.n ?? 0;
}

describe("modelship stream on the local target (end to end)", () => {
  beforeAll(async () => {
    for (const version of ["s1", "s2"]) {
      const run = await cli(
        "pipeline",
        "--version",
        version,
        "--build",
        "never",
        "--kind",
        "stream",
      );
      expect(run.out).toMatch(
        new RegExp(`modelship pipeline ${version} \\(local\\): passed`),
      );
      expect(run.out).toMatch(
        /consuming modelship-events → modelship-decisions/,
      );
      expect(run.out).toMatch(
        /case\(s\) decided on the output stream and logged/,
      );
      expect(run.code).toBe(0);
    }
    db = await connectLocalDatabase(state);
  }, 300_000);

  afterAll(async () => {
    await db?.end();
    await cli("down");
    rmSync(state, { recursive: true, force: true });
  }, 60_000);

  it("both versions decide every event put with `stream put`, log each once, and agree with the truth", async () => {
    const events = irisEvents(40, "ride");
    const file = path.join(state, "events.jsonl");
    writeFileSync(file, events.map((e) => JSON.stringify(e)).join("\n"));
    const put = await cli("stream", "put", "--file", file);
    expect(put.out).toMatch(/put 40 of 40 event\(s\)/);
    expect(put.code).toBe(0);
    for (const version of ["s1", "s2"]) {
      await until(`${version} to decide and log the events`, async () => {
        return (
          (await decided(version, "ride")).size === 40 &&
          (await loggedEvents(version, "ride")) === 40
        );
      });
      const labels = await decided(version, "ride");
      const right = events.filter((e) => labels.get(e.id) === e.species);
      expect(right.length).toBeGreaterThanOrEqual(36);
    }
    // Only the consumer logs (the model runs with LOG_MODE=off): one row per event, keyed by
    // shard and sequence number.
    const { rows } = await db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE request_id ~ '^shard-[0-9]+:[0-9]+$')::int AS keyed,
              count(DISTINCT (request_id, item))::int AS distinct FROM predictions.s1_outputs`,
    );
    expect(rows[0].total).toBe(rows[0].distinct);
    expect(rows[0].total).toBe(rows[0].keyed);
  });

  it("a bad line is refused before anything is put (exit 2, the line named)", async () => {
    const file = path.join(state, "bad.jsonl");
    writeFileSync(file, '{"id": "a", "features": {}}\nnot json\n');
    const put = await cli("stream", "put", "--file", file);
    expect(put.code).toBe(2);
    expect(put.out).toMatch(/line 2 is not JSON/);
  });

  it("revert stops one consumer and archives its checkpoints; the other goes on", async () => {
    const reverted = await cli("revert", "s1");
    expect(reverted.code).toBe(0);
    expect(reverted.out).toMatch(/stream checkpoint\(s\) archived/);
    const services = JSON.parse(
      readFileSync(path.join(state, "services.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(Object.keys(services).sort()).toEqual(["s2", "stream:s2"]);
    const { rows: live } = await db.query(
      "SELECT DISTINCT consumer FROM modelship_stream_checkpoints",
    );
    expect(live).toEqual([{ consumer: "s2" }]);
    const { rows: archived } = await db.query(
      "SELECT DISTINCT consumer FROM modelship_stream_checkpoints_archive",
    );
    expect(archived).toEqual([{ consumer: "s1" }]);

    const file = path.join(state, "late.jsonl");
    writeFileSync(
      file,
      irisEvents(5, "late")
        .map((e) => JSON.stringify(e))
        .join("\n"),
    );
    expect((await cli("stream", "put", "--file", file)).code).toBe(0);
    await until(
      "s2 to decide the late events",
      async () => (await decided("s2", "late")).size === 5,
    );
    expect((await decided("s1", "late")).size).toBe(0);
  });
});
