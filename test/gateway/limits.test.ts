// The gateway's bounds and edges against real sockets: body limit, upstream timeout and absence,
// request ids from the client, answers it cannot log (too large, not JSON, errors) passing through
// unchanged, and its own pages.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";
import { startFakeModel, type FakeModel } from "./fake-model.js";
import { postJson, startTestGateway, type TestGateway } from "./start.js";

/** A server that answers every request with `respond`. */
async function serve(
  respond: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => respond(req, res));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe("in front of a contract-following model", () => {
  let model: FakeModel;
  let gateway: TestGateway;
  beforeAll(async () => {
    model = await startFakeModel();
    gateway = await startTestGateway({
      upstream: model.url,
      version: "v7",
      "body-limit": "2048",
    });
  });
  afterAll(async () => {
    await gateway.stop();
    await model.close();
  });

  it("propagates a valid client X-Request-Id and replaces an invalid one", async () => {
    const kept = await postJson(
      `${gateway.url}/predict`,
      { input: {} },
      { "x-request-id": "client-7.a:b" },
    );
    expect(kept.body.request_id).toBe("client-7.a:b");
    expect(model.ids.at(-1)).toBe("client-7.a:b");
    const replaced = await postJson(
      `${gateway.url}/predict`,
      { input: {} },
      { "x-request-id": "bad id!" },
    );
    expect(replaced.body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.headers["x-request-id"]).toBe(replaced.body.request_id);
  });

  it("answers 413 for a body over the limit without bothering the model", async () => {
    const before = model.paths.length;
    const got = await postJson(`${gateway.url}/predict`, {
      input: { x: "a".repeat(4096) },
    });
    expect(got.status).toBe(413);
    expect(got.body.error).toBe("the body is larger than 2048 bytes");
    expect(model.paths.length).toBe(before);
  });

  it("strips /v/<its version>, passes other paths and methods through, and 404s its unknown pages", async () => {
    const ready = await request(`${gateway.url}/v/v7/ready?probe=1`);
    expect(ready.statusCode).toBe(200);
    await ready.body.dump();
    expect(model.paths.at(-1)).toBe("/ready?probe=1");
    const missing = await request(`${gateway.url}/nowhere`);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["x-request-id"]).toBeDefined();
    await missing.body.dump();
    const page = await request(`${gateway.url}/_modelship/nothing`);
    expect(page.statusCode).toBe(404);
    await page.body.dump();
    const health = await request(`${gateway.url}/_modelship/health`);
    expect(await health.body.json()).toEqual({ status: "ok" });
  });
});

it("answers 504 when the model is too slow and 502 when it is gone", async () => {
  const slow = await startFakeModel({ delayMs: 2000 });
  const gateway = await startTestGateway({
    upstream: slow.url,
    version: "v1",
    "upstream-timeout-ms": "300",
  });
  try {
    const timedOut = await postJson(`${gateway.url}/predict`, { input: {} });
    expect(timedOut.status).toBe(504);
    await slow.close();
    const gone = await postJson(`${gateway.url}/predict`, { input: {} });
    expect(gone.status).toBe(502);
    expect(gone.body.error).toMatch(/^the model server is unreachable/);
    const text = await (
      await request(`${gateway.url}/_modelship/metrics`)
    ).body.text();
    expect(text).toMatch(
      /modelship_gateway_upstream_errors_total\{version="v1",reason="timeout"\} 1/,
    );
    expect(text).toMatch(
      /modelship_gateway_upstream_errors_total\{version="v1",reason="unreachable"\} 1/,
    );
  } finally {
    await gateway.stop();
  }
});

it("passes through what it cannot log, unchanged, and counts it", async () => {
  const big = JSON.stringify({ prediction: { output: "x".repeat(5000) } });
  const upstream = await serve((req, res) => {
    if (req.headers["x-mode"] === "big") {
      res.writeHead(200, { "content-type": "application/json" });
      // In chunks and without a length: the gateway only learns it is too large while reading.
      res.write(big.slice(0, 3000));
      setTimeout(() => res.end(big.slice(3000)), 20);
    } else if (req.headers["x-mode"] === "text") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("plain words");
    } else {
      res.writeHead(422, { "content-type": "application/json" });
      res.end('{"error":"bad input"}');
    }
  });
  const gateway = await startTestGateway({
    upstream: upstream.url,
    version: "v1",
    "response-limit": "1024",
  });
  try {
    for (const [mode, status, body] of [
      ["big", 200, big],
      ["text", 200, "plain words"],
      ["error", 422, '{"error":"bad input"}'],
    ] as const) {
      const got = await request(`${gateway.url}/predict`, {
        method: "POST",
        body: '{"input":{}}',
        headers: { "x-mode": mode },
      });
      expect([mode, got.statusCode, await got.body.text()]).toEqual([
        mode,
        status,
        body,
      ]);
    }
    const text = await (
      await request(`${gateway.url}/_modelship/metrics`)
    ).body.text();
    expect(text).toMatch(
      /modelship_gateway_unlogged_total\{version="v1",reason="too_large"\} 1/,
    );
    expect(text).toMatch(
      /modelship_gateway_unlogged_total\{version="v1",reason="not_json"\} 1/,
    );
  } finally {
    await gateway.stop();
    await upstream.close();
  }
});
