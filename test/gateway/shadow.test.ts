// Shadows: the serving version's gateway mirrors each predict request, under load, to the shadow
// the deployments table names; both log it under the same request id. A slow shadow behind a
// small queue gets copies dropped and counted while every client still gets its answer.
import pg from "pg";
import { request } from "undici";
import {
  recordDeployment,
  setTrafficWeights,
} from "../../actions/lib/db/deployments.js";
import { migrate } from "../../actions/lib/db/schema.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { startFakeModel, type FakeModel } from "./fake-model.js";
import {
  countRows,
  eventually,
  inParallel,
  irisInput,
  postJson,
  startTestGateway,
  type TestGateway,
} from "./start.js";

const REQUESTS = 3000;

function metric(text: string, pattern: RegExp): number {
  return Number(pattern.exec(text)?.[1] ?? 0);
}

async function metricsOf(gateway: TestGateway): Promise<string> {
  return (await request(`${gateway.url}/_modelship/metrics`)).body.text();
}

describe("a shadow named in the deployments table", () => {
  let db: { url: string; drop(): Promise<void> };
  let serving: FakeModel;
  let shadow: FakeModel;
  const gateways: TestGateway[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: db.url });
    await migrate(pool);
    serving = await startFakeModel();
    shadow = await startFakeModel();
    const shadowGateway = await startTestGateway({
      upstream: shadow.url,
      version: "v2",
      app: "iris",
      "database-url": db.url,
    });
    await recordDeployment(pool, {
      app: "iris",
      version: "v1",
      status: "serving",
      target: "local",
    });
    await recordDeployment(pool, {
      app: "iris",
      version: "v2",
      status: "serving",
      target: "local",
      url: shadowGateway.url,
    });
    await setTrafficWeights(
      pool,
      "iris",
      new Map([
        ["v1", 100],
        ["v2", 0],
      ]),
      new Set(["v2"]),
    );
    await pool.end();
    const servingGateway = await startTestGateway({
      upstream: serving.url,
      version: "v1",
      app: "iris",
      "database-url": db.url,
      "shadow-queue": "100000",
    });
    gateways.push(servingGateway, shadowGateway);
  }, 60_000);

  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await serving?.close();
    await shadow?.close();
    await db?.drop();
  });

  it("receives every mirrored request under load, logged under the serving answer's id", async () => {
    const [servingGateway, shadowGateway] = gateways as [
      TestGateway,
      TestGateway,
    ];
    const answered: string[] = [];
    await inParallel(REQUESTS, 32, async (i) => {
      const got = await postJson(`${servingGateway.url}/predict`, {
        input: irisInput(i),
      });
      expect(got.status).toBe(200);
      expect(got.body.model_version).toBe("v1");
      answered.push(got.body.request_id);
    });
    await eventually(
      async () => shadow.ids.length,
      (n) => n >= REQUESTS,
      30_000,
    );
    expect(new Set(shadow.ids)).toEqual(new Set(answered));
    expect(shadow.ids).toHaveLength(REQUESTS);
    const shadowRows = await eventually(
      () => countRows(db.url, "predictions.v2_outputs"),
      (n) => n === REQUESTS,
    );
    expect(shadowRows).toBe(REQUESTS);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM predictions.v1_outputs a JOIN predictions.v2_outputs b USING (request_id, item)`,
    );
    await client.end();
    expect(rows[0].n).toBe(REQUESTS);
    const text = await metricsOf(servingGateway);
    expect(
      metric(
        text,
        /shadow_requests_total\{version="v1",shadow="v2",outcome="sent"\} (\d+)/,
      ),
    ).toBe(REQUESTS);
    expect(
      metric(
        text,
        /shadow_requests_total\{version="v1",shadow="v2",outcome="dropped"\} (\d+)/,
      ),
    ).toBe(0);
    // Its writer is watched with the gauges every writer has (predictions/gauges.ts).
    expect(text).toContain(`modelship_log_db_up{version="v1"} 1`);
    expect(text).toMatch(/modelship_log_backlog_rows\{version="v1"\} \d+/);
    // The shadow mirrors nothing further, and requests by a version's own URL are not mirrored.
    expect(await metricsOf(shadowGateway)).not.toMatch(
      /shadow_requests_total\{/,
    );
    await postJson(`${servingGateway.url}/v/v1/predict`, {
      input: irisInput(0),
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(shadow.ids).toHaveLength(REQUESTS);
  }, 120_000);
});

it("drops and counts copies for a slow shadow behind a full queue, answering every client", async () => {
  const serving = await startFakeModel();
  const slow = await startFakeModel({ delayMs: 300 });
  const gateway = await startTestGateway({
    upstream: serving.url,
    version: "v1",
    shadows: `v2=${slow.url}`,
    "shadow-queue": "5",
    // A shadow gets as many copies in flight as the model has connections: 8 here.
    "upstream-connections": "8",
  });
  try {
    const started = Date.now();
    await inParallel(200, 16, async (i) => {
      const got = await postJson(`${gateway.url}/predict`, {
        input: irisInput(i),
      });
      expect(got.status).toBe(200);
      expect(got.body.prediction.label).toBeDefined();
    });
    // 200 copies at 300 ms each, 8 at a time, would take 7.5 s: the replies did not wait for them.
    const elapsedMs = Date.now() - started;
    expect(elapsedMs).toBeLessThan(7000);
    const text = await metricsOf(gateway);
    const dropped = metric(text, /outcome="dropped"\} (\d+)/);
    // In that time the shadow can have taken at most 8 copies per 300 ms, plus the 8 in flight and
    // the 5 queued: every other copy must have been dropped (a bound that holds on a busy machine).
    const accepted = 8 * Math.ceil(elapsedMs / 300) + 8 + 5;
    expect(dropped).toBeGreaterThanOrEqual(200 - accepted);
    expect(dropped).toBeGreaterThan(0);
    await eventually(
      async () => metric(await metricsOf(gateway), /outcome="sent"\} (\d+)/),
      (sent) => sent + dropped === 200,
    );
    expect(slow.ids.length).toBe(200 - dropped);
  } finally {
    await gateway.stop();
    await serving.close();
    await slow.close();
  }
}, 60_000);
