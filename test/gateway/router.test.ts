// The one local URL: the router splits traffic by the deployments table's weights (checked over
// 10k requests with a chi-square test), reaches one version under /v/<version>/, mirrors to the
// shadow, and follows the table when the weights change.
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
  eventually,
  inParallel,
  irisInput,
  postJson,
  startTestGateway,
  type TestGateway,
} from "./start.js";

const APP = "iris";
const REQUESTS = 10_000;
const WEIGHTS = { v1: 70, v2: 20, v3: 10 } as const;
/** Chi-square with 2 degrees of freedom exceeds this with probability 0.001. */
const CHI_SQUARE_2_DOF_P001 = 13.82;

let db: { url: string; drop(): Promise<void> };
let pool: pg.Pool;
let router: TestGateway;
const models: Record<string, FakeModel> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  await migrate(pool);
  for (const version of ["v1", "v2", "v3", "v4"]) {
    models[version] = await startFakeModel({ version });
    await recordDeployment(pool, {
      app: APP,
      version,
      status: "serving",
      target: "local",
      url: models[version]!.url,
    });
  }
  await setTrafficWeights(
    pool,
    APP,
    new Map(Object.entries(WEIGHTS)),
    new Set(["v4"]),
  );
  router = await startTestGateway({
    router: "true",
    app: APP,
    "database-url": db.url,
  });
}, 60_000);

afterAll(async () => {
  await router?.stop();
  for (const model of Object.values(models)) await model.close();
  await pool?.end();
  await db?.drop();
});

const served = () =>
  Object.fromEntries(Object.entries(models).map(([v, m]) => [v, m.ids.length]));

it("splits 10k requests by the recorded weights and mirrors each to the shadow", async () => {
  const before = served();
  const answeredBy: Record<string, number> = {};
  await inParallel(REQUESTS, 32, async (i) => {
    const got = await postJson(`${router.url}/predict`, {
      input: irisInput(i),
    });
    expect(got.status).toBe(200);
    answeredBy[got.body.model_version] =
      (answeredBy[got.body.model_version] ?? 0) + 1;
  });
  const counts = Object.keys(WEIGHTS).map((v) => served()[v]! - before[v]!);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(REQUESTS);
  expect(answeredBy.v4).toBeUndefined();
  const chiSquare = Object.values(WEIGHTS).reduce((sum, weight, i) => {
    const expected = (REQUESTS * weight) / 100;
    return sum + (counts[i]! - expected) ** 2 / expected;
  }, 0);
  expect(chiSquare).toBeLessThan(CHI_SQUARE_2_DOF_P001);
  // Every request reached the shadow too, with the id its client got.
  const mirrored = await eventually(
    async () => models.v4!.ids.length - before.v4!,
    (n) => n >= REQUESTS,
  );
  expect(mirrored).toBe(REQUESTS);
}, 180_000);

it("reaches one version under /v/<version>/, without mirroring, and 404s an unknown one", async () => {
  const before = served();
  for (let i = 0; i < 20; i++) {
    const got = await postJson(`${router.url}/v/v3/predict`, {
      input: irisInput(i),
    });
    expect(got.body.model_version).toBe("v3");
  }
  const ready = await request(`${router.url}/v/v2/ready`);
  expect(await ready.body.json()).toEqual({ ready: true, model_version: "v2" });
  await new Promise((r) => setTimeout(r, 200));
  expect(served()).toEqual({ ...before, v3: before.v3! + 20 });
  const unknown = await postJson(`${router.url}/v/v9/predict`, {
    input: irisInput(0),
  });
  expect(unknown.status).toBe(404);
  expect(unknown.body.error).toBe(
    'no live version "v9" (live: v1, v2, v3, v4)',
  );
});

it("follows the table: new weights within a watch interval, 503 when nothing takes traffic", async () => {
  await setTrafficWeights(pool, APP, new Map([["v2", 100]]));
  // Wait for the router's own view: one answer from v2 proves nothing, since the old weights
  // (v1 70, v2 20, v3 10) pick v2 one time in five.
  await eventually(
    async () =>
      (
        (await (
          await request(`${router.url}/_modelship/status`)
        ).body.json()) as { traffic: Record<string, number> }
      ).traffic,
    (traffic) => JSON.stringify(traffic) === JSON.stringify({ v2: 100 }),
  );
  const before = served();
  await inParallel(200, 8, async (i) => {
    expect(
      (await postJson(`${router.url}/predict`, { input: irisInput(i) })).body
        .model_version,
    ).toBe("v2");
  });
  expect(served().v2! - before.v2!).toBe(200);
  await pool.query("UPDATE deployments SET traffic_weight = 0 WHERE app = $1", [
    APP,
  ]);
  const none = await eventually(
    () => postJson(`${router.url}/predict`, { input: irisInput(0) }),
    (got) => got.status === 503,
  );
  expect(none.body.error).toBe("no version takes traffic yet");
  const status = await request(`${router.url}/_modelship/status`);
  expect(await status.body.json()).toMatchObject({
    mode: "router",
    app: APP,
    traffic: {},
    shadows: ["v4"],
  });
});
