// Local batch versions in two environments on one Postgres: each environment's batch root is its
// own (the default one keeps <state dir>/batch), and its route and queue rows are keyed by
// `<app>--<env>`, so the same version name in production and staging never takes the other's
// files, rows or route.
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
import pg from "pg";
import {
  batchScope,
  localRoute,
  setLocalRoute,
} from "../../actions/lib/batch/inbox.js";
import { runLocalInbox } from "../../actions/lib/batch/local.js";
import {
  batchRoot,
  localDropbox,
} from "../../actions/lib/local/batch-worker.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { irisCsv, startModelServer, type ModelServer } from "./model-server.js";

describe("an environment's local batch names", () => {
  it.each([
    ["production", "batch", "iris"],
    ["staging", "environments/staging/batch", "iris--staging"],
    ["qa-2", "environments/qa-2/batch", "iris--qa-2"],
  ])("%s: root <state dir>/%s, rows keyed %s", (environment, root, scope) => {
    expect(batchRoot("/state", environment)).toBe(path.join("/state", root));
    expect(batchScope("iris", environment)).toBe(scope);
    expect(localDropbox("/state", environment).describe("inbox/v1/a.csv")).toBe(
      path.join("/state", root, "inbox/v1/a.csv"),
    );
  });

  it("keeps the default environment's root and rows as before environments", () => {
    expect(batchRoot("/state")).toBe(path.join("/state", "batch"));
    expect(batchScope("iris", "production")).toBe("iris");
  });

  it.each([["Staging"], ["a--b"], ["v"]])(
    "refuses the environment name %j",
    (environment) => {
      expect(() => batchRoot("/state", environment)).toThrow(
        /environment .* is not allowed/,
      );
      expect(() => batchScope("iris", environment)).toThrow(
        /environment .* is not allowed/,
      );
    },
  );
});

describe("one version name in two environments (real Postgres)", () => {
  let db: { url: string; drop(): Promise<void> };
  let pool: pg.Pool;
  let model: ModelServer;
  let state: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url });
    model = await startModelServer();
  });
  afterAll(async () => {
    await model.close();
    await pool.end();
    await db.drop();
  });
  beforeEach(() => {
    state = mkdtempSync(path.join(os.tmpdir(), "batch-env-"));
  });
  afterEach(() => rmSync(state, { recursive: true, force: true }));

  /** Runs b1's inbox worker in `environment` until the signal aborts. */
  function worker(environment: string, signal: AbortSignal) {
    return runLocalInbox({
      app: "iris",
      names: parseVersion("b1", environment),
      root: batchRoot(state, environment),
      databaseUrl: db.url,
      modelUrl: model.url,
      predictPath: "/predict",
      batchSize: 100,
      concurrency: 2,
      logger: memoryLogger(),
      signal,
      pollMs: 50,
    });
  }

  const drop = (environment: string, relative: string, rows: number) => {
    const file = path.join(batchRoot(state, environment), "inbox", relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, irisCsv(rows));
  };

  const outputLines = (environment: string, relative: string) => {
    const file = path.join(batchRoot(state, environment), "outputs", relative);
    return existsSync(file)
      ? readFileSync(file, "utf8").trim().split("\n").length - 1
      : undefined;
  };

  async function loggedIn(environment: string): Promise<number | undefined> {
    const { schema, outputs } = parseVersion("b1", environment).tables;
    const { rows } = await pool.query<{ n: number | null }>(
      `SELECT CASE WHEN to_regclass($1) IS NULL THEN NULL ELSE 0 END AS n`,
      [`${schema}.${outputs}`],
    );
    if (rows[0]?.n === null) return undefined;
    const counted = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${qualified(schema, outputs)}`,
    );
    return counted.rows[0]?.n;
  }

  it("scores each environment's files into its own outputs and tables, and routes inbox/ per environment", async () => {
    // Only staging points its inbox/ at b1: production's flat file must wait for its own route.
    await setLocalRoute(pool, batchScope("iris", "staging"), "b1");
    drop("staging", "b1/day.csv", 120);
    drop("staging", "flat.csv", 10);
    drop("production", "b1/day.csv", 70);
    drop("production", "flat.csv", 5);
    const controller = new AbortController();
    const running = Promise.all([
      worker("staging", controller.signal),
      worker("production", controller.signal),
    ]);
    const deadline = Date.now() + 30_000;
    const done = () =>
      outputLines("staging", "b1/day.csv") === 120 &&
      outputLines("staging", "b1/flat.csv") === 10 &&
      outputLines("production", "b1/day.csv") === 70;
    while (!done() && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    // A few more polls: production's worker must still leave its flat file alone.
    await new Promise((r) => setTimeout(r, 300));
    controller.abort();
    const [staging, production] = await running;
    expect(done()).toBe(true);
    expect(staging.scored).toBe(2);
    expect(production.scored).toBe(1);
    expect(
      existsSync(path.join(batchRoot(state, "production"), "inbox/flat.csv")),
    ).toBe(true);
    expect(await loggedIn("staging")).toBe(130);
    expect(await loggedIn("production")).toBe(70);
    const jobs = await pool.query<{ app: string; key: string; state: string }>(
      "SELECT app, key, state FROM modelship_batch_jobs ORDER BY app, key",
    );
    expect(jobs.rows).toEqual([
      { app: "iris", key: "inbox/b1/day.csv", state: "done" },
      { app: "iris--staging", key: "inbox/b1/day.csv", state: "done" },
      { app: "iris--staging", key: "inbox/flat.csv", state: "done" },
    ]);
    expect(await localRoute(pool, "iris")).toBeUndefined();
    expect(await localRoute(pool, batchScope("iris", "staging"))).toBe("b1");
  });
});
