// The dashboard served by the gateway itself (--dashboard), under /_modelship/dashboard/: the page
// and its assets from the gateway's process, and figures that follow the traffic and feedback the
// same gateway logged. Off by default; refused without a database.
import pg from "pg";
import { request } from "undici";
import { recordDeployment } from "../../actions/lib/db/deployments.js";
import { migrate } from "../../actions/lib/db/schema.js";
import type { DashboardSnapshot } from "../../actions/lib/dashboard/data.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { startFakeModel, type FakeModel } from "./fake-model.js";
import {
  eventually,
  inParallel,
  irisInput,
  postJson,
  startTestGateway,
  type TestGateway,
} from "./start.js";

const APP = "iris";
const PAGE = "/_modelship/dashboard/";
let db: { url: string; drop(): Promise<void> };
let model: FakeModel;
let gateway: TestGateway;

async function get(url: string) {
  const answer = await request(url);
  return {
    status: answer.statusCode,
    headers: answer.headers,
    text: await answer.body.text(),
  };
}

async function snapshot(base: string): Promise<DashboardSnapshot> {
  const answer = await get(`${base}${PAGE}api/summary`);
  expect(answer.status).toBe(200);
  return JSON.parse(answer.text) as DashboardSnapshot;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const pool = new pg.Pool({ connectionString: db.url });
  await migrate(pool);
  model = await startFakeModel();
  gateway = await startTestGateway({
    upstream: model.url,
    version: "v1",
    app: APP,
    "database-url": db.url,
    shadows: "off",
    dashboard: "true",
  });
  await recordDeployment(pool, {
    app: APP,
    version: "v1",
    status: "serving",
    target: "local",
    url: gateway.url,
    trafficWeight: 100,
  });
  await pool.end();
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await model?.close();
  await db?.drop();
});

it("serves the page and its chart library from the gateway, the bare path redirected", async () => {
  const bare = await request(`${gateway.url}/_modelship/dashboard`);
  expect(bare.statusCode).toBe(308);
  expect(bare.headers.location).toBe(PAGE);
  await bare.body.dump();
  const page = await get(`${gateway.url}${PAGE}`);
  expect(page.status).toBe(200);
  expect(page.headers["content-type"]).toMatch(/^text\/html/);
  expect(page.headers["content-security-policy"]).toContain(
    "default-src 'self'",
  );
  const uplot = await get(`${gateway.url}${PAGE}assets/uplot.js`);
  expect(uplot.status).toBe(200);
  expect(uplot.text).toContain("uPlot");
  // The model's own paths are untouched: nothing of the dashboard reached it.
  expect(model.paths.some((p) => p.includes("dashboard"))).toBe(false);
});

it("shows the requests and the feedback this gateway logged", async () => {
  const before = await snapshot(gateway.url);
  expect(before.app).toBe(APP);
  expect(before.versions.map((v) => [v.version, v.traffic])).toEqual([
    ["v1", 100],
  ]);
  const REQUESTS = 60;
  const ids: string[] = [];
  await inParallel(REQUESTS, 8, async (i) => {
    const got = await postJson(`${gateway.url}/predict`, {
      input: irisInput(i),
    });
    expect(got.status).toBe(200);
    ids[i] = String(got.headers["x-request-id"]);
  });
  // Feedback agreeing with the first 45 answers and not with the other 15.
  await inParallel(REQUESTS, 8, async (i) => {
    const label = i < 45 ? undefined : "nonsense";
    const logged = await eventually(
      async () =>
        postJson(`${gateway.url}/feedback`, {
          request_id: ids[i],
          label: label ?? labelOf(i),
        }),
      (answer) => answer.status !== 404,
    );
    expect(logged.status).toBeLessThan(300);
  });
  const after = await eventually(
    () => snapshot(gateway.url),
    (shown) => shown.versions[0]?.accuracy?.n === REQUESTS,
  );
  const v1 = after.versions[0]!;
  expect(v1.requests).toBe(REQUESTS);
  expect(v1.accuracy?.estimate).toBeCloseTo(45 / REQUESTS, 6);
  expect(v1.accuracy!.low).toBeLessThan(0.75);
  expect(v1.accuracy!.high).toBeGreaterThan(0.75);
});

/** The fake model's label for irisInput(index). */
function labelOf(index: number): string {
  return ["setosa", "versicolor", "virginica"][index % 3] as string;
}

it("is not served unless asked for, and is refused without a database", async () => {
  const plain = await startTestGateway({
    upstream: model.url,
    version: "v1",
    app: APP,
    shadows: "off",
  });
  try {
    const answer = await get(`${plain.url}${PAGE}`);
    expect(answer.status).toBe(404);
    expect(answer.text).toContain("/_modelship/metrics");
    expect(answer.text).not.toContain(
      "/_modelship/status, /_modelship/dashboard",
    );
  } finally {
    await plain.stop();
  }
  await expect(
    startTestGateway({
      upstream: model.url,
      version: "v1",
      app: APP,
      dashboard: "true",
    }),
  ).rejects.toThrow(
    "--dashboard shows what Postgres holds: give --database-url",
  );
});
