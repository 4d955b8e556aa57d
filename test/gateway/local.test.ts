// The local target's gateways as real processes: the Python fixture started as a local service
// gets its gateway (so its predictions are logged), and the router answers on one URL whose port
// survives a restart.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { request } from "undici";
import type { DashboardSnapshot } from "../../actions/lib/dashboard/data.js";
import { recordDeployment } from "../../actions/lib/db/deployments.js";
import { migrate } from "../../actions/lib/db/schema.js";
import {
  ensureLocalRouter,
  localRouter,
  stopLocalRouter,
} from "../../actions/lib/local/gateway.js";
import {
  listLocalServices,
  startLocalService,
  stopLocalService,
  type LocalService,
} from "../../actions/lib/local/services.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  copyPythonFixture,
  pythonEnv,
  describeWithSklearn,
  runShell,
} from "../helpers/python-fixture.js";
import { ROOT } from "../helpers/run-bundle.js";
import {
  countRows,
  eventually,
  inParallel,
  irisInput,
  postJson,
} from "./start.js";

const PATHS = { predict: "/invocations", ready: "/ping", health: "/healthz" };
// tsx by its path: the gateways run in the fixture's directory, where `--import tsx` finds nothing.
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs"));
const COMMAND = [
  process.execPath,
  "--import",
  TSX.href,
  path.join(ROOT, "actions/cli/index.ts"),
];
describeWithSklearn("the local target's gateways", () => {
  const logger = memoryLogger();
  const stateDir = mkdtempSync(path.join(os.tmpdir(), "modelship-local-gw-"));
  let fixture: ReturnType<typeof copyPythonFixture>;
  let db: { url: string; drop(): Promise<void> };
  let service: LocalService;
  const path0 = process.env.PATH;

  beforeAll(async () => {
    fixture = copyPythonFixture();
    expect(
      runShell("python3 train.py", fixture.dir, {
        MODELSHIP_RUN_DIR: fixture.dir,
      }).status,
    ).toBe(0);
    db = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: db.url });
    await migrate(pool);
    // The service's `python3` must be Debian's (with scikit-learn), as a user's shell would find it.
    process.env.PATH = pythonEnv().PATH;
    service = await startLocalService({
      stateDir,
      version: "v1",
      runDir: fixture.dir,
      databaseUrl: db.url,
      logger,
      command: "python3 server.py",
      readyPath: PATHS.ready,
      cwd: fixture.dir,
      gateway: {
        app: "iris-py",
        paths: PATHS,
        command: COMMAND,
        cwd: fixture.dir,
      },
    });
    await recordDeployment(pool, {
      app: "iris-py",
      version: "v1",
      status: "serving",
      target: "local",
      url: service.url,
      trafficWeight: 100,
    });
    await pool.end();
  }, 120_000);

  afterAll(async () => {
    process.env.PATH = path0;
    await stopLocalRouter(stateDir, logger);
    await stopLocalService(stateDir, "v1", logger);
    await db?.drop();
    fixture?.remove();
    rmSync(stateDir, { recursive: true, force: true });
  }, 60_000);

  it("puts a gateway in front of the model server and records both", () => {
    expect(service.url).toBe(service.gateway?.url);
    expect(service.modelUrl).not.toBe(service.url);
    expect(listLocalServices(stateDir).v1?.gateway?.pid).toBe(
      service.gateway?.pid,
    );
  });

  it("serves every version on one router URL whose port survives a restart, logging each prediction", async () => {
    const options = {
      stateDir,
      app: "iris-py",
      databaseUrl: db.url,
      paths: PATHS,
      command: COMMAND,
      logger,
    };
    const router = await ensureLocalRouter(options);
    expect(await ensureLocalRouter(options)).toEqual(router);
    await stopLocalRouter(stateDir, logger);
    expect(localRouter(stateDir)?.running).toBe(false);
    const again = await ensureLocalRouter(options);
    expect(again.port).toBe(router.port);
    await eventually(
      () =>
        postJson(`${again.url}/invocations`, { input: irisInput(0) }).then(
          (r) => r.status,
        ),
      (status) => status === 200,
    );
    await inParallel(199, 8, async (i) => {
      const got = await postJson(`${again.url}/invocations`, {
        input: irisInput(i),
      });
      expect(got.status).toBe(200);
      expect(got.body.model_version).toBe("v1");
    });
    const logged = await eventually(
      () => countRows(db.url, "predictions.v1_outputs"),
      (n) => n === 200,
    );
    expect(logged).toBe(200);
    // The same URL shows the dashboard, with what the router sent through.
    const summary = await eventually(
      async () => {
        const answer = await request(
          `${again.url}/_modelship/dashboard/api/summary`,
        );
        return answer.statusCode === 200
          ? ((await answer.body.json()) as DashboardSnapshot)
          : (await answer.body.dump(), undefined);
      },
      (shown) => shown?.versions[0]?.requests === 200,
    );
    expect(summary?.versions.map((v) => [v.version, v.requests])).toEqual([
      ["v1", 200],
    ]);
  }, 120_000);

  it("stops the gateway first, which drains its log", async () => {
    await stopLocalService(stateDir, "v1", logger);
    const log = readFileSync(
      path.join(stateDir, "logs", "v1.gateway.log"),
      "utf8",
    );
    expect(log).toMatch(
      /prediction log closed: 200 row\(s\) written, 0 dropped, 0 left in the journal/,
    );
  }, 60_000);
});
