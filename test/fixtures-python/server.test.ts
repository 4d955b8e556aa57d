// The Python fixture's server.py, started with its own modelship.yml's `service.start`, checked
// over real HTTP against the contract smoke-test enforces, on the paths its config names.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Agent, request } from "undici";
import {
  configLookup,
  loadRepositoryConfig,
  type ConfigLookup,
} from "../../actions/lib/config/index.js";
import { freePort } from "../../actions/lib/net.js";
import { parseCases, type SmokeCase } from "../../actions/lib/smoke/cases.js";
import { call, jsonBody } from "../../actions/lib/smoke/http.js";
import { checkPredictResponse } from "../../actions/lib/smoke/validate.js";
import {
  copyPythonFixture,
  describeWithSklearn,
  runShell,
  startShell,
  type ShellProcess,
} from "../helpers/python-fixture.js";

const agent = new Agent({ connections: 4 });
afterAll(() => agent.close());

/** Polls `url` until it answers 200, or fails with the server's output. */
async function waitFor(url: string, server: ShellProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const got = await call(agent, {
      method: "GET",
      url,
      timeoutMs: 1000,
    }).catch(() => undefined);
    if (got?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${url} never answered 200; server output:\n${server.output()}`,
  );
}

describeWithSklearn("python-model server.py", () => {
  let repo: ReturnType<typeof copyPythonFixture>;
  let lookup: ConfigLookup;
  let server: ShellProcess;
  let base: string;
  let cases: SmokeCase[];
  const post = (json: unknown, where = lookup("service.predict-path")) =>
    call(agent, {
      method: "POST",
      url: `${base}${where}`,
      json,
      timeoutMs: 5000,
    });

  /** Starts the fixture's server, as its modelship.yml says, on a port of its own. */
  async function startServer(): Promise<{
    server: ShellProcess;
    base: string;
  }> {
    const port = await freePort();
    const started = startShell(lookup("service.start") as string, repo.dir, {
      PORT: String(port),
      HOST: "127.0.0.1",
      MODEL_VERSION: "v1",
      MODELSHIP_RUN_DIR: path.join(repo.dir, "runs", "v1"),
    });
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}${lookup("service.ready-path")}`, started);
    return { server: started, base: url };
  }

  beforeAll(async () => {
    repo = copyPythonFixture();
    lookup = configLookup(
      (await loadRepositoryConfig({ cwd: repo.dir })).config,
    );
    const runDir = path.join(repo.dir, "runs", "v1");
    expect(
      runShell("python3 train.py", repo.dir, { MODELSHIP_RUN_DIR: runDir })
        .status,
    ).toBe(0);
    ({ server, base } = await startServer());
    const casesFile = path.join(repo.dir, lookup("smoke.cases-file") as string);
    cases = parseCases(readFileSync(casesFile, "utf8"), casesFile);
  });
  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
    repo.remove();
  });

  it("uses paths other than modelship's defaults", () => {
    expect([
      lookup("service.predict-path"),
      lookup("service.ready-path"),
      lookup("service.health-path"),
    ]).toEqual(["/invocations", "/ping", "/healthz"]);
  });

  it("answers the ready path with ready and its version", async () => {
    const got = await call(agent, {
      method: "GET",
      url: `${base}/ping`,
      timeoutMs: 5000,
    });
    expect([got.status, jsonBody(got)]).toEqual([
      200,
      { ready: true, model_version: "v1" },
    ]);
  });

  it("answers the health path", async () => {
    const got = await call(agent, {
      method: "GET",
      url: `${base}/healthz`,
      timeoutMs: 5000,
    });
    expect(got.status).toBe(200);
  });

  it("labels every smoke case correctly, one at a time, within the contract", async () => {
    for (const smokeCase of cases) {
      const checked = checkPredictResponse(
        await post({ input: smokeCase.input }),
        "v1",
      );
      expect({ name: smokeCase.name, problems: checked.problems }).toEqual({
        name: smokeCase.name,
        problems: [],
      });
      expect(checked.predictions[0]?.label).toBe(smokeCase.label);
    }
  });

  it("labels all the cases as one batch, in order", async () => {
    const got = await post({ inputs: cases.map((c) => c.input) });
    const checked = checkPredictResponse(got, "v1", cases.length);
    expect(checked.problems).toEqual([]);
    expect(checked.predictions.map((p) => p.label)).toEqual(
      cases.map((c) => c.label),
    );
  });

  const input = {
    sepal_length: 5.1,
    sepal_width: 3.5,
    petal_length: 1.4,
    petal_width: 0.2,
  };
  it.each([
    [
      "a missing feature",
      { input: { ...input, petal_width: undefined } },
      "input.petal_width is required",
    ],
    [
      "an extra feature",
      { input: { ...input, colour: 1 } },
      "input.colour is not allowed (expected sepal_length, sepal_width, petal_length, petal_width)",
    ],
    [
      "a string value",
      { input: { ...input, sepal_length: "5.1" } },
      "input.sepal_length must be a finite number",
    ],
    [
      "a boolean value",
      { input: { ...input, sepal_length: true } },
      "input.sepal_length must be a finite number",
    ],
    [
      "both input and inputs",
      { input, inputs: [input] },
      "give exactly one of input (one item) or inputs (a batch)",
    ],
    ["neither", {}, "give exactly one of input (one item) or inputs (a batch)"],
    [
      "an empty batch",
      { inputs: [] },
      "inputs must be a list of 1 to 100 items",
    ],
    [
      "a batch over 100",
      { inputs: Array.from({ length: 101 }, () => input) },
      "inputs must be a list of 1 to 100 items",
    ],
    [
      "a bad batch item",
      { inputs: [input, { ...input, sepal_width: null }] },
      "inputs[1].sepal_width must be a finite number",
    ],
    [
      "a list body",
      [input],
      "give exactly one of input (one item) or inputs (a batch)",
    ],
  ])("answers 400 to %s, naming the field", async (_name, body, message) => {
    const got = await post(body);
    expect([got.status, jsonBody(got)]).toEqual([400, { error: message }]);
  });

  it.each([
    ["text that is not JSON", 400, "{not json"],
    ["a number JSON does not allow", 400, '{"input": {"sepal_length": NaN}}'],
    [
      "an overflowing number",
      400,
      `{"input": {"sepal_length": 1${"0".repeat(400)}}}`,
    ],
    ["deeply nested JSON", 400, "[".repeat(100_000)],
    ["a body over 1 MiB", 413, `{"input": "${"x".repeat(1024 * 1024)}"}`],
  ])("answers %s with %i", async (_name, status, raw) => {
    const got = await request(`${base}/invocations`, {
      method: "POST",
      body: raw,
      dispatcher: agent,
    });
    await got.body.text();
    expect(got.statusCode).toBe(status);
  });

  it("answers 404 on modelship's default paths and 405 on a GET prediction", async () => {
    expect((await post({ input }, "/predict")).status).toBe(404);
    const ready = await call(agent, {
      method: "GET",
      url: `${base}/ready`,
      timeoutMs: 5000,
    });
    expect(ready.status).toBe(404);
    const get = await call(agent, {
      method: "GET",
      url: `${base}/invocations`,
      timeoutMs: 5000,
    });
    expect(get.status).toBe(405);
  });

  it("exits 0 on SIGTERM and stops listening", async () => {
    // A server of its own: the other tests share one that must stay up.
    const own = await startServer();
    own.server.child.kill("SIGTERM");
    expect(await own.server.exited).toEqual({ code: 0, signal: null });
    await expect(
      call(agent, {
        method: "GET",
        url: `${own.base}/healthz`,
        timeoutMs: 1000,
      }),
    ).rejects.toThrow();
  });
});

describeWithSklearn("python-model server.py without a model", () => {
  it("is alive but not ready, and says why", async () => {
    const repo = copyPythonFixture();
    const port = await freePort();
    const server = startShell("python3 server.py", repo.dir, {
      PORT: String(port),
      HOST: "127.0.0.1",
      MODELSHIP_RUN_DIR: path.join(repo.dir, "nowhere"),
    });
    try {
      await waitFor(`http://127.0.0.1:${port}/healthz`, server);
      const ready = await call(agent, {
        method: "GET",
        url: `http://127.0.0.1:${port}/ping`,
        timeoutMs: 5000,
      });
      expect(ready.status).toBe(503);
      expect(jsonBody(ready)).toMatchObject({
        ready: false,
        model_version: "dev",
        error: expect.stringContaining("FileNotFoundError"),
      });
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      repo.remove();
    }
  });
});
