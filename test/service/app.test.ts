import { useTestDatabase } from "../helpers/postgres.js";
import {
  loggedItems,
  sampleInput,
  serviceFixture,
  type LoggedItem,
} from "./fixture.js";

type Fixture = Awaited<ReturnType<typeof serviceFixture>>;
let fx: Fixture;

// Declared first, so it runs before the database is dropped: the service holds connections.
afterAll(() => fx?.close());
const databaseUrl = useTestDatabase();
beforeAll(async () => {
  fx = await serviceFixture({
    databaseUrl: databaseUrl(),
    version: "v1.2-rc1",
  });
});

const predict = (body: unknown, prefix = "") =>
  fx.request({
    method: "POST",
    url: `${prefix}/predict`,
    payload: body as object,
  });

describe("POST /predict", () => {
  it("answers one input with label, probabilities, version and request id", async () => {
    const input = sampleInput(1);
    const res = await predict({ input });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.model_version).toBe("v1.2-rc1");
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers["x-request-id"]).toBe(body.request_id);
    expect(res.headers["x-model-version"]).toBe("v1.2-rc1");
    const [expected] = fx.model.predict([
      fx.model.featureNames.map((f) => input[f] as number),
    ]);
    expect(body.prediction).toEqual(expected);
  });

  it("answers a batch in order, and under /v/<version>/ too", async () => {
    const inputs = [0, 7, 19].map(sampleInput);
    const res = await predict({ inputs }, "/v/v1.2-rc1");
    expect(res.statusCode).toBe(200);
    const rows = inputs.map((i) =>
      fx.model.featureNames.map((f) => i[f] as number),
    );
    expect(res.json().predictions).toEqual(fx.model.predict(rows));
  });

  it("logs exactly one inputs row and one outputs row per item, with the content served", async () => {
    // Rows of the earlier tests may still be in the queue: let them land before counting.
    await waitForDrain();
    const before = (await loggedItems(databaseUrl(), fx.names)).length;
    const served = new Map<
      string,
      { inputs: object[]; predictions: object[] }
    >();
    const bodies = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? { inputs: [sampleInput(i), sampleInput(i + 1), sampleInput(i + 2)] }
        : { input: sampleInput(i) },
    );
    const responses = await Promise.all(bodies.map((b) => predict(b)));
    responses.forEach((res, i) => {
      const body = res.json();
      const b = bodies[i] as { input?: object; inputs?: object[] };
      served.set(body.request_id, {
        inputs: b.inputs ?? [b.input as object],
        predictions: body.predictions ?? [body.prediction],
      });
    });
    await waitForDrain();
    const logged = (await loggedItems(databaseUrl(), fx.names)).filter((r) =>
      served.has(r.request_id),
    );
    const expected: LoggedItem[] = [...served].flatMap(([id, s]) =>
      s.inputs.map((features, item) => ({
        request_id: id,
        item,
        features: features as Record<string, number>,
        ...(s.predictions[item] as {
          label: string;
          probabilities: Record<string, number>;
        }),
        model_version: "v1.2-rc1",
      })),
    );
    const sort = (a: LoggedItem, b: LoggedItem) =>
      a.request_id.localeCompare(b.request_id) || a.item - b.item;
    expect(logged.sort(sort)).toEqual(expected.sort(sort));
    expect(logged).toHaveLength(100); // 20 batches of 3 + 40 singles
    expect((await loggedItems(databaseUrl(), fx.names)).length).toBe(
      before + 100,
    );
  });
});

async function waitForDrain(): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (fx.writer!.backlog > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  expect(fx.writer!.backlog).toBe(0);
}

describe("bad requests get a clear 4xx naming the field", () => {
  const good = sampleInput(3);
  it.each([
    [
      "a string feature",
      { input: { ...good, petal_width: "0.2" } },
      "input.petal_width must be a number",
    ],
    [
      "a missing feature",
      { input: { ...good, sepal_length: undefined } },
      "input.sepal_length is required",
    ],
    [
      "an unknown feature",
      { input: { ...good, colour: 1 } },
      "input.colour is not allowed (expected sepal_length, sepal_width, petal_length, petal_width)",
    ],
    [
      "a bad batch item",
      { inputs: [good, { ...good, petal_length: null }] },
      "inputs[1].petal_length must be a number",
    ],
    ["an empty batch", { inputs: [] }, "inputs must have at least 1 item(s)"],
    [
      "a batch over 100",
      { inputs: Array(101).fill(good) },
      "inputs must have at most 100 items",
    ],
    ["input not an object", { input: [1, 2, 3, 4] }, "input must be an object"],
    [
      "both input and inputs",
      { input: good, inputs: [good] },
      "give exactly one of input (one item) or inputs (a batch)",
    ],
    ["neither", {}, "give exactly one of input (one item) or inputs (a batch)"],
    [
      "an unknown top-level field",
      { input: good, extra: 1 },
      "extra is not allowed (expected input or inputs)",
    ],
  ])("%s", async (_name, body, message) => {
    const res = await predict(body);
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    expect(res.json().message).toContain(message);
  });

  it("reports every problem at once", async () => {
    const res = await predict({ inputs: [{ sepal_length: "x" }] });
    expect(res.json().problems).toEqual([
      "inputs[0].sepal_width is required",
      "inputs[0].petal_length is required",
      "inputs[0].petal_width is required",
      "inputs[0].sepal_length must be a number",
    ]);
  });

  it("rejects malformed JSON with 400", async () => {
    const res = await fx.request({
      method: "POST",
      url: "/predict",
      headers: { "content-type": "application/json" },
      payload: '{"input": {',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/not valid JSON/);
  });

  it("rejects an oversized body with 413 in JSON", async () => {
    const res = await fx.request({
      method: "POST",
      url: "/predict",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ input: good, pad: "x".repeat(200_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      statusCode: 413,
      error: "Payload Too Large",
    });
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await fx.request({ method: "GET", url: "/v/other/predict" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      statusCode: 404,
      error: "Not Found",
      message: "no route GET /v/other/predict",
    });
  });

  it("logs nothing for rejected requests", async () => {
    const ids: string[] = [];
    for (const body of [{ input: { sepal_length: 1 } }, {}]) {
      ids.push(String((await predict(body)).headers["x-request-id"]));
    }
    await waitForDrain();
    const logged = await loggedItems(databaseUrl(), fx.names);
    expect(logged.filter((r) => ids.includes(r.request_id))).toEqual([]);
  });
});

describe("health, readiness and metrics", () => {
  it.each(["", "/v/v1.2-rc1"])(
    "serves /health and /ready under %p",
    async (prefix) => {
      const health = await fx.request({ url: `${prefix}/health` });
      expect(health.json()).toEqual({ status: "ok" });
      const ready = await fx.request({ url: `${prefix}/ready` });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({
        ready: true,
        model_version: "v1.2-rc1",
        db: "up",
        log_queue_depth: expect.any(Number),
        log_backlog: expect.any(Number),
      });
    },
  );

  it("exports request counts, latency, and prediction-log counters", async () => {
    expect((await predict({ input: sampleInput(5) })).statusCode).toBe(200);
    expect((await predict({})).statusCode).toBe(400);
    await waitForDrain();
    const text = (await fx.request({ url: "/metrics" })).body;
    expect(text).toMatch(
      /http_requests_total\{method="POST",route="\/predict",status_code="200"\} \d+/,
    );
    expect(text).toMatch(
      /http_requests_total\{method="POST",route="\/predict",status_code="400"\} \d+/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.005",method="POST",route="\/predict",status_code="200"\}/,
    );
    expect(text).toContain("modelship_log_queue_depth 0");
    expect(text).toContain(
      `modelship_log_rows_written_total ${fx.writer!.written}`,
    );
    for (const reason of ["journal_full", "rejected", "journal_error"])
      expect(text).toContain(
        `modelship_log_rows_dropped_total{reason="${reason}"} 0`,
      );
    expect(text).toContain(
      `modelship_log_rows_journaled_total ${fx.writer!.journaled}`,
    );
    expect(text).toContain("modelship_log_backlog_rows 0");
    expect(text).toContain("modelship_log_replay_lag_seconds 0");
    expect(text).toMatch(/modelship_log_journal_bytes \d+/);
    expect(text).toContain("modelship_log_write_failures_total 0");
    expect(text).toContain("modelship_log_write_retries_total 0");
  });
});
