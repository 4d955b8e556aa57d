// Feedback on a real Postgres: stored with the version that served the request, whichever
// version's gateway receives it; unknown ids are 404; a repeat changes nothing.
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
  irisInput,
  postJson,
  startTestGateway,
  type TestGateway,
} from "./start.js";

const APP = "iris";
let db: { url: string; drop(): Promise<void> };
let client: pg.Client;
const models: FakeModel[] = [];
const gateways: Record<string, TestGateway> = {};

async function logged(version: string, requestId: string): Promise<number> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM predictions.${version}_outputs WHERE request_id = $1`,
    [requestId],
  );
  return rows[0].n;
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const pool = new pg.Pool({ connectionString: db.url });
  await migrate(pool);
  for (const version of ["v1", "v2", "v3"]) {
    const model = await startFakeModel();
    models.push(model);
    gateways[version] = await startTestGateway({
      upstream: model.url,
      version,
      app: APP,
      "database-url": db.url,
      shadows: "off",
    });
    await recordDeployment(pool, {
      app: APP,
      version,
      status: "serving",
      target: "local",
      url: gateways[version]!.url,
    });
  }
  await setTrafficWeights(
    pool,
    APP,
    new Map([
      ["v1", 90],
      ["v2", 10],
      ["v3", 0],
    ]),
    new Set(["v3"]),
  );
  await pool.end();
  // Each gateway reads the deployments table every 100 ms: wait until v2's has seen v3 is a shadow.
  await new Promise((r) => setTimeout(r, 500));
}, 60_000);

afterAll(async () => {
  for (const gateway of Object.values(gateways)) await gateway.stop();
  for (const model of models) await model.close();
  await client?.end();
  await db?.drop();
});

async function predictOn(version: string, body: unknown, headers = {}) {
  const got = await postJson(
    `${gateways[version]!.url}/predict`,
    body,
    headers,
  );
  expect(got.status).toBe(200);
  const id = got.body.request_id as string;
  await eventually(
    () => logged(version, id),
    (n) => n > 0,
  );
  return id;
}

const feedbackTo = (version: string, body: unknown) =>
  postJson(`${gateways[version]!.url}/feedback`, body);

it("stores feedback sent to another version's gateway with the version that served it", async () => {
  const id = await predictOn("v1", { input: irisInput(0) });
  const first = await feedbackTo("v2", { request_id: id, label: "setosa" });
  expect(first.status).toBe(201);
  expect(first.body).toEqual({
    request_id: id,
    item: 0,
    version: "v1",
    stored: true,
  });
  const { rows } = await client.query(
    "SELECT app, version, label, value, item FROM predictions.feedback WHERE request_id = $1",
    [id],
  );
  expect(rows).toEqual([
    { app: APP, version: "v1", label: "setosa", value: null, item: 0 },
  ]);
});

it("is idempotent: a repeat answers 200 and stores nothing new, even with another label", async () => {
  const id = await predictOn("v2", { input: irisInput(1) });
  expect(
    (await feedbackTo("v1", { request_id: id, label: "versicolor" })).status,
  ).toBe(201);
  const again = await feedbackTo("v1", { request_id: id, label: "versicolor" });
  expect(again.status).toBe(200);
  expect(again.body).toMatchObject({
    version: "v2",
    stored: false,
    duplicate: true,
  });
  const changed = await feedbackTo("v2", {
    request_id: id,
    label: "virginica",
  });
  expect(changed.status).toBe(200);
  const { rows } = await client.query(
    "SELECT label FROM predictions.feedback WHERE request_id = $1",
    [id],
  );
  expect(rows).toEqual([{ label: "versicolor" }]);
});

it("answers 404 for an id no version logged, and for an item the request did not have", async () => {
  const unknown = await feedbackTo("v1", {
    request_id: "never-seen",
    label: "setosa",
  });
  expect(unknown.status).toBe(404);
  expect(unknown.body.error).toContain(
    "no version of iris logged request never-seen item 0",
  );
  const id = await predictOn("v1", {
    inputs: [irisInput(0), irisInput(1), irisInput(2)],
  });
  expect(
    (await feedbackTo("v3", { request_id: id, item: 2, value: 1.5 })).body,
  ).toMatchObject({
    item: 2,
    version: "v1",
    stored: true,
  });
  expect(
    (await feedbackTo("v1", { request_id: id, item: 3, label: "x" })).status,
  ).toBe(404);
  const { rows } = await client.query(
    "SELECT count(*)::int AS n FROM predictions.feedback WHERE request_id = $1",
    ["never-seen"],
  );
  expect(rows[0].n).toBe(0);
});

it("never credits a shadow, which logged a copy under the same id", async () => {
  const id = await predictOn("v2", { input: irisInput(2) });
  // The copy a mirror would send: the same id, to the shadow's gateway.
  await predictOn("v3", { input: irisInput(2) }, { "x-request-id": id });
  expect(await logged("v3", id)).toBe(1);
  const viaShadow = await feedbackTo("v3", {
    request_id: id,
    label: "virginica",
  });
  expect(viaShadow.body).toMatchObject({ version: "v2", stored: true });
});

it("refuses bad feedback with 400 and other methods with 405", async () => {
  const bad = await feedbackTo("v1", { request_id: "r1" });
  expect(bad.status).toBe(400);
  expect(bad.body.error).toBe(
    "give exactly one of label (a classifier's outcome) or value (a regressor's)",
  );
  const notJson = await request(`${gateways.v1!.url}/feedback`, {
    method: "POST",
    body: "{",
  });
  expect(notJson.statusCode).toBe(400);
  await notJson.body.dump();
  const get = await request(`${gateways.v1!.url}/v/v1/feedback`);
  expect(get.statusCode).toBe(405);
  await get.body.dump();
});
