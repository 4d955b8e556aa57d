// A batch version in a non-default environment on the local target, end to end through the CLI
// (from its sources): `pipeline --env staging --kind batch` deploys s1 with its worker on
// staging's own batch root (`<state>/environments/staging/batch`) and smoke-tests it there; a
// file dropped in staging's inbox and one scored with `modelship batch --env staging` are logged
// in staging's tables, production's inbox and tables stay empty; then s1 is promoted to
// production by its digest and runs there beside staging's without a collision, and a revert in
// staging leaves production's s1 working.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

import pg from "pg";

import { isAlive } from "../../actions/lib/local/services.js";
import { casesCsv, csvLabels } from "../helpers/batch-files.js";
import {
  connectLocalDatabase,
  deploymentRows,
  exampleWorkspace,
} from "../helpers/local-target.js";

const { work, state, cli, down } = exampleWorkspace(
  "modelship-batch-env-e2e-",
  "\nenvironments:\n  staging:\n  production:\n",
);
const stagingBatch = path.join(state, "environments/staging/batch");
const productionBatch = path.join(state, "batch");

/** Drops a CSV in a batch root's inbox whole (written under a .partial name, then renamed). */
function drop(batchRoot: string, relative: string, text: string): void {
  const file = path.join(batchRoot, "inbox", relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.partial`, text);
  renameSync(`${file}.partial`, file);
}

async function waitFor<T>(
  what: string,
  read: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const readIfThere = (file: string) =>
  existsSync(file) ? readFileSync(file, "utf8") : undefined;

/** The pid of a version's batch worker recorded in an environment's state directory. */
function workerPid(servicesDir: string, version: string): number | undefined {
  const file = path.join(servicesDir, "services.json");
  if (!existsSync(file)) return undefined;
  const services = JSON.parse(readFileSync(file, "utf8")) as Record<
    string,
    { pid: number }
  >;
  return services[`${version}/batch-worker`]?.pid;
}

describe("a batch version in staging (end to end)", () => {
  let db: pg.Client;
  const count = async (sql: string, params: unknown[] = []) =>
    (await db.query<{ n: number }>(sql, params)).rows[0]?.n ?? 0;
  const tableExists = (schema: string, table: string) =>
    count(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2",
      [schema, table],
    );
  /** Output rows of version s1 logged in `schema` for one dropped key. */
  const logged = (schema: string, key: string) =>
    count(
      `SELECT count(DISTINCT item)::int AS n FROM ${schema}.s1_outputs WHERE request_id LIKE $1 AND model_version = 's1'`,
      [`${key}#%`],
    );
  const waitLogged = (schema: string, key: string, rows: number) =>
    waitFor(`${rows} rows of ${key} in ${schema}`, async () =>
      (await logged(schema, key)) >= rows ? true : undefined,
    );

  beforeAll(async () => {
    const run = await cli(
      ...["pipeline", "--env", "staging", "--version", "s1"],
      ...["--build", "never", "--kind", "batch"],
    );
    expect(run.out).toMatch(
      /✔ smoke-test passed .*labels as expected; \d+ row\(s\) logged/,
    );
    expect(run.out).toMatch(/✔ traffic passed .*inbox\/ → s1/);
    expect(run.out).toContain(path.join(stagingBatch, "inbox", "s1"));
    expect(run.code).toBe(0);
    db = await connectLocalDatabase(state);
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await down();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it("scores files dropped in staging's inbox and `modelship batch --env staging`, logged in staging's tables only", async () => {
    const own = casesCsv(120);
    const flat = casesCsv(15);
    drop(stagingBatch, "s1/day.csv", own.text);
    drop(stagingBatch, "flat.csv", flat.text);
    const scored = await waitFor("staging's output of day.csv", () =>
      readIfThere(path.join(stagingBatch, "outputs/s1/day.csv")),
    );
    expect(csvLabels(scored)).toEqual(own.labels);
    expect(
      csvLabels(
        await waitFor("staging's output of flat.csv", () =>
          readIfThere(path.join(stagingBatch, "outputs/s1/flat.csv")),
        ),
      ),
    ).toEqual(flat.labels);
    await waitLogged("predictions__staging", "inbox/s1/day.csv", 120);
    await waitLogged("predictions__staging", "inbox/flat.csv", 15);

    // One file scored directly with staging's model; its output goes to staging's outputs/.
    const file = path.join(work, "direct.csv");
    const direct = casesCsv(20);
    writeFileSync(file, direct.text);
    const batch = await cli(
      ...["batch", "--env", "staging", "--version", "s1", "--input", file],
    );
    expect(batch.out).toMatch(/20 row\(s\) scored by s1 in staging/);
    expect(batch.code).toBe(0);
    expect(
      csvLabels(
        readFileSync(path.join(stagingBatch, "outputs/s1/direct.csv"), "utf8"),
      ),
    ).toEqual(direct.labels);
    expect(await logged("predictions__staging", "inbox/s1/direct.csv")).toBe(
      20,
    );

    // Nothing of it in production: no inbox, no tables, no route, no queued file.
    expect(existsSync(productionBatch)).toBe(false);
    expect(await tableExists("predictions", "s1_outputs")).toBe(0);
    const routes = await db.query(
      "SELECT app, version FROM modelship_batch_routes ORDER BY app",
    );
    expect(routes.rows).toEqual([{ app: "modelship--staging", version: "s1" }]);
    expect(
      await count(
        "SELECT count(*)::int AS n FROM modelship_batch_jobs WHERE app <> 'modelship--staging'",
      ),
    ).toBe(0);
  });

  it("promotes s1 to production by its digest, where it runs beside staging's on its own inbox, tables and route", async () => {
    // Promoted as what it is: as an online version (the config's kind) it is refused.
    const online = await cli("promote", "s1", "--to", "production");
    expect(online.out).toMatch(
      /s1 is a batch version in staging, and this promotion deploys online versions: promote it with kind batch/,
    );
    expect(online.out).toMatch(/nothing was changed/);
    expect(online.code).toBe(1);
    expect(
      (await deploymentRows(db, "modelship")).map((r) => r.environment),
    ).toEqual(["staging"]);
    const run = await cli(
      ...["promote", "s1", "--to", "production", "--kind", "batch"],
    );
    expect(run.out).toMatch(
      /modelship promote s1 staging → production \(local\): passed/,
    );
    expect(run.out).not.toMatch(/▶ (train|gate|build)/);
    // The batch smoke test, in production's dropbox and tables.
    expect(run.out).toMatch(
      /✔ smoke-test passed .*labels as expected; \d+ row\(s\) logged \(in production\)/,
    );
    expect(run.out).toMatch(/✔ traffic passed .*inbox\/ → s1/);
    expect(run.code).toBe(0);
    const rows = await deploymentRows(db, "modelship");
    const staged = rows.find((r) => r.environment === "staging");
    expect(staged?.image_digest).toMatch(/^sha256:/);
    expect(rows.find((r) => r.environment === "production")).toMatchObject({
      version: "s1",
      status: "serving",
      image_digest: staged?.image_digest,
      promoted_from: "staging",
      smoke: "passed",
    });
    const production = workerPid(state, "s1") as number;
    const staging = workerPid(path.join(state, "environments/staging"), "s1");
    expect(isAlive(production)).toBe(true);
    expect(isAlive(staging as number)).toBe(true);
    expect(production).not.toBe(staging);

    const before = await logged("predictions__staging", "inbox/s1/day.csv");
    const mine = casesCsv(30);
    drop(productionBatch, "s1/day.csv", mine.text);
    expect(
      csvLabels(
        await waitFor("production's output of day.csv", () =>
          readIfThere(path.join(productionBatch, "outputs/s1/day.csv")),
        ),
      ),
    ).toEqual(mine.labels);
    await waitLogged("predictions", "inbox/s1/day.csv", 30);
    // The same key in staging's table is still staging's 120 rows, not production's 30.
    expect(await logged("predictions", "inbox/s1/day.csv")).toBe(30);
    expect(await logged("predictions__staging", "inbox/s1/day.csv")).toBe(
      before,
    );
    const routes = await db.query(
      "SELECT app, version FROM modelship_batch_routes ORDER BY app",
    );
    expect(routes.rows).toEqual([
      { app: "modelship", version: "s1" },
      { app: "modelship--staging", version: "s1" },
    ]);
  }, 240_000);

  it("reverts s1 in staging: staging's worker stops and its tables are archived, production's s1 keeps scoring", async () => {
    const staging = workerPid(
      path.join(state, "environments/staging"),
      "s1",
    ) as number;
    const production = workerPid(state, "s1") as number;
    const revert = await cli("revert", "s1", "--env", "staging");
    expect(revert.out).toMatch(
      /archived predictions_archive__staging\.s1_inputs_\d+/,
    );
    expect(revert.code).toBe(0);
    expect(isAlive(staging)).toBe(false);
    expect(isAlive(production)).toBe(true);
    expect(await tableExists("predictions__staging", "s1_outputs")).toBe(0);
    expect(await tableExists("predictions", "s1_outputs")).toBe(1);
    const routes = await db.query(
      "SELECT app, version FROM modelship_batch_routes ORDER BY app",
    );
    expect(routes.rows).toEqual([{ app: "modelship", version: "s1" }]);

    // Production's s1 still takes its files, through its own inbox/ route too.
    const after = casesCsv(12);
    drop(productionBatch, "after.csv", after.text);
    expect(
      csvLabels(
        await waitFor("production's output of after.csv", () =>
          readIfThere(path.join(productionBatch, "outputs/s1/after.csv")),
        ),
      ),
    ).toEqual(after.labels);
    await waitLogged("predictions", "inbox/after.csv", 12);
  }, 120_000);
});
