import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { isAlive } from "../../actions/lib/local/services.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { casesCsv, csvLabels } from "../helpers/batch-files.js";
import { cliFromSource } from "../helpers/cli-source.js";
import { connectLocalDatabase } from "../helpers/local-target.js";
import { ROOT } from "../helpers/run-bundle.js";

// The batch local twin end to end, through the CLI from its sources (its bundle is rebuilt when
// the branch is merged): `modelship pipeline --target local --kind batch` trains the example
// model, starts it and a batch worker on the inbox, smoke-tests it with a dropped file and makes
// it the app's batch version; then files dropped in the inbox by hand are scored and logged in
// the real (npm) PostgreSQL, `modelship batch --input` scores a file directly, and revert stops
// the worker and archives the tables.

const state = mkdtempSync(path.join(os.tmpdir(), "modelship-batch-e2e-"));
const batch = path.join(state, "batch");
const cli = (...args: string[]) =>
  cliFromSource([...args, "--state-dir", state], { cwd: ROOT });

async function waitForFile(file: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} did not appear`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return readFileSync(file, "utf8");
}

async function stateDatabase(): Promise<pg.Client> {
  return connectLocalDatabase(state);
}

describe("modelship pipeline --target local --kind batch (end to end)", () => {
  let db: pg.Client | undefined;

  afterAll(async () => {
    await db?.end();
    await cli("down");
    rmSync(state, { recursive: true, force: true });
  }, 60_000);

  // One test for the whole story: each step needs the state the one before it left.
  it("deploys a batch version, scores files dropped in its inbox and the app's, logs every row once, and reverts it", async () => {
    const deployed = await cli(
      "pipeline",
      "--target",
      "local",
      "--version",
      "b1",
      "--build",
      "never",
      "--kind",
      "batch",
    );
    const said = deployed.stdout + deployed.stderr;
    expect(said).toMatch(
      /✔ smoke-test passed .*labels as expected; \d+ row\(s\) logged/,
    );
    expect(said).toMatch(/✔ traffic passed .*inbox\/ → b1/);
    expect(deployed.code).toBe(0);

    // A file in the version's own inbox (in a subfolder), and one right under inbox/ (the app's
    // route, now b1): written under a .partial name first, as an uploader would.
    const own = casesCsv(250);
    const flat = casesCsv(40);
    mkdirSync(path.join(batch, "inbox/b1/day"), { recursive: true });
    writeFileSync(
      path.join(batch, "inbox/b1/day/scores.csv.partial"),
      own.text,
    );
    writeFileSync(path.join(batch, "inbox/flat.csv"), flat.text);
    renameSync(
      path.join(batch, "inbox/b1/day/scores.csv.partial"),
      path.join(batch, "inbox/b1/day/scores.csv"),
    );
    expect(
      csvLabels(
        await waitForFile(path.join(batch, "outputs/b1/day/scores.csv")),
      ),
    ).toEqual(own.labels);
    expect(
      csvLabels(await waitForFile(path.join(batch, "outputs/b1/flat.csv"))),
    ).toEqual(flat.labels);
    // Taken out of the inbox once queued.
    expect(existsSync(path.join(batch, "inbox/flat.csv"))).toBe(false);

    db = await stateDatabase();
    const { schema, inputs, outputs } = parseVersion("b1").tables;
    const logged = async (key: string) => {
      const counts = await Promise.all(
        [inputs, outputs].map(async (table) => {
          const { rows } = await (db as pg.Client).query<{
            total: string;
            items: string;
          }>(
            `SELECT count(*) AS total, count(DISTINCT item) AS items FROM ${qualified(schema, table)} WHERE request_id LIKE $1`,
            [`${key}#%`],
          );
          return [Number(rows[0]?.total), Number(rows[0]?.items)];
        }),
      );
      return counts;
    };
    // The journal reaches Postgres shortly after the output is published.
    const deadline = Date.now() + 15_000;
    while (
      (await logged("inbox/b1/day/scores.csv"))[1]?.[0] !== 250 &&
      Date.now() < deadline
    )
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await logged("inbox/b1/day/scores.csv")).toEqual([
      [250, 250],
      [250, 250],
    ]);
    expect(await logged("inbox/flat.csv")).toEqual([
      [40, 40],
      [40, 40],
    ]);
    const labels = await db.query<{ label: string; n: string }>(
      `SELECT label, count(*) AS n FROM ${qualified(schema, outputs)} WHERE request_id LIKE 'inbox/b1/day/scores.csv#%' AND model_version = 'b1' GROUP BY label ORDER BY label`,
    );
    const expected = new Map<string, number>();
    for (const label of own.labels)
      expected.set(label, (expected.get(label) ?? 0) + 1);
    expect(labels.rows.map((r) => [r.label, Number(r.n)])).toEqual(
      [...expected].sort(),
    );
    const row = await db.query(
      "SELECT status, traffic_weight FROM deployments WHERE app = 'modelship' AND version = 'b1'",
    );
    expect(row.rows).toEqual([{ status: "serving", traffic_weight: 0 }]);

    // `modelship batch --input` scores a file with the running version's model, beside the worker.
    const file = path.join(state, "direct.csv");
    const direct = casesCsv(30);
    writeFileSync(file, direct.text);
    const out = path.join(state, "direct-out.csv");
    const scored = await cli(
      "batch",
      "--version",
      "b1",
      "--input",
      file,
      "--output",
      out,
    );
    expect(scored.stdout).toMatch(/30 row\(s\) scored by b1/);
    expect(scored.code).toBe(0);
    expect(csvLabels(readFileSync(out, "utf8"))).toEqual(direct.labels);

    // Revert: the worker stops, the tables are archived with every row.
    const services = JSON.parse(
      readFileSync(path.join(state, "services.json"), "utf8"),
    ) as Record<string, { pid: number }>;
    const worker = services["b1/batch-worker"]?.pid as number;
    expect(isAlive(worker)).toBe(true);
    const reverted = await cli("revert", "b1");
    expect(reverted.stdout).toMatch(
      /archived predictions_archive\.b1_inputs_\d+/,
    );
    expect(reverted.code).toBe(0);
    expect(isAlive(worker)).toBe(false);
    const route = await db.query(
      "SELECT version FROM modelship_batch_routes WHERE app = 'modelship'",
    );
    expect(route.rows).toEqual([]);
  }, 240_000);
});
