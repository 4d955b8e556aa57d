// Done when: the Python fixture (which logs nothing by itself), served behind the gateway, logs
// every row. A real python3 server.py, a real Postgres, the gateway in this process.
import pg from "pg";
import { request } from "undici";
import { freePort } from "../../actions/lib/net.js";
import { createTestDatabase } from "../helpers/postgres.js";
import {
  copyPythonFixture,
  describeWithSklearn,
  runShell,
  startShell,
  type ShellProcess,
} from "../helpers/python-fixture.js";
import {
  eventually,
  inParallel,
  irisInput,
  postJson,
  startTestGateway,
  type TestGateway,
} from "./start.js";

const REQUESTS = 600;
const BATCH = 3;

describeWithSklearn("the Python fixture behind the gateway", () => {
  let fixture: ReturnType<typeof copyPythonFixture>;
  let server: ShellProcess;
  let db: { url: string; drop(): Promise<void> };
  let gateway: TestGateway;

  beforeAll(async () => {
    fixture = copyPythonFixture();
    const trained = runShell("python3 train.py", fixture.dir, {
      MODELSHIP_RUN_DIR: fixture.dir,
    });
    expect(trained.status).toBe(0);
    const port = await freePort();
    server = startShell("python3 server.py", fixture.dir, {
      PORT: String(port),
      HOST: "127.0.0.1",
      MODEL_VERSION: "v1",
      MODELSHIP_RUN_DIR: fixture.dir,
    });
    db = await createTestDatabase();
    gateway = await startTestGateway({
      upstream: `http://127.0.0.1:${port}`,
      version: "v1",
      app: "iris-py",
      "database-url": db.url,
      "predict-path": "/invocations",
      "ready-path": "/ping",
      "health-path": "/healthz",
    });
    const ready = await eventually(
      () =>
        request(`${gateway.url}/ping`)
          .then(async (r) => (await r.body.dump(), r.statusCode))
          .catch(() => 0),
      (status) => status === 200,
      30_000,
    );
    expect(ready).toBe(200);
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    server?.child.kill("SIGTERM");
    await server?.exited;
    await db?.drop();
    fixture?.remove();
  });

  it("logs every item of every request under the id the client got", async () => {
    const answered = new Map<string, string[]>();
    await inParallel(REQUESTS, 16, async (i) => {
      const batch = i % 4 === 0;
      const body = batch
        ? { inputs: Array.from({ length: BATCH }, (_, k) => irisInput(i + k)) }
        : { input: irisInput(i) };
      const got = await postJson(`${gateway.url}/invocations`, body);
      expect(got.status).toBe(200);
      expect(got.body.request_id).toBe(got.headers["x-request-id"]);
      expect(got.body.model_version).toBe("v1");
      expect(got.headers["x-model-version"]).toBe("v1");
      const labels = batch
        ? got.body.predictions.map((p: { label: string }) => p.label)
        : [got.body.prediction.label];
      answered.set(got.body.request_id, labels);
    });
    expect(answered.size).toBe(REQUESTS);
    const items = [...answered.values()].reduce((n, l) => n + l.length, 0);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const count = await eventually(
        async () =>
          (
            await client.query(
              "SELECT count(*)::int AS n FROM predictions.v1_outputs",
            )
          ).rows[0].n,
        (n) => n === items,
      );
      expect(count).toBe(items);
      const inputs = await client.query(
        "SELECT count(*)::int AS n FROM predictions.v1_inputs",
      );
      expect(inputs.rows[0].n).toBe(items);
      const logged = await client.query<{
        request_id: string;
        item: number;
        label: string;
      }>("SELECT request_id, item, label FROM predictions.v1_outputs");
      for (const row of logged.rows)
        expect(row.label).toBe(answered.get(row.request_id)?.[row.item]);
      const probabilities = await client.query(
        "SELECT count(*)::int AS n FROM predictions.v1_outputs WHERE probabilities IS NULL OR model_version <> 'v1'",
      );
      expect(probabilities.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  }, 120_000);

  it("passes the fixture's own ready and health paths through", async () => {
    const ready = await request(`${gateway.url}/v/v1/ping`);
    expect(ready.statusCode).toBe(200);
    expect(await ready.body.json()).toEqual({
      ready: true,
      model_version: "v1",
    });
    const health = await request(`${gateway.url}/healthz`);
    expect(health.statusCode).toBe(200);
    await health.body.dump();
    const metrics = await request(`${gateway.url}/_modelship/metrics`);
    const text = await metrics.body.text();
    expect(text).toMatch(
      /modelship_gateway_request_duration_seconds_count\{version="v1",route="predict",status_code="200"\} 600/,
    );
    expect(text).toMatch(
      /modelship_log_rows_total\{version="v1",outcome="written"\} \d+/,
    );
  });
});
