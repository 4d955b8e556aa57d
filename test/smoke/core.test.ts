// The smoke core's steps over real HTTP (small local servers that misbehave on purpose, which the
// real service never does) and a real Postgres.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ensurePredictionTables } from "../../actions/lib/db/schema.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { smokeAgent } from "../../actions/lib/smoke/http.js";
import { runLoad } from "../../actions/lib/smoke/load.js";
import { checkLogged } from "../../actions/lib/smoke/logged.js";
import { waitForReady } from "../../actions/lib/smoke/ready.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { usePool } from "../helpers/postgres.js";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function serve(
  handler: Handler,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

const json = (
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

describe("waitForReady", () => {
  it("polls through 503s until ready, printing each change", async () => {
    let polls = 0;
    const server = await serve((_, res) =>
      ++polls < 3
        ? json(res, 503, { ready: false })
        : json(res, 200, { ready: true, model_version: "v1" }),
    );
    const logger = memoryLogger();
    const agent = smokeAgent(2);
    try {
      const result = await waitForReady({
        agent,
        readyUrl: `${server.url}/ready`,
        timeoutMs: 5000,
        pollMs: 50,
        logger,
      });
      expect(result).toEqual(
        expect.objectContaining({
          ready: true,
          attempts: 3,
          body: { ready: true, model_version: "v1" },
        }),
      );
      expect(logger.text()).toMatch(
        /not ready yet \(0 s\): HTTP 503 \{"ready":false\}/,
      );
      // Same answer twice: printed once.
      expect(
        logger.entries.filter((e) => e.message.startsWith("not ready yet")),
      ).toHaveLength(1);
    } finally {
      await agent.close();
      await server.close();
    }
  });

  it("gives up at the timeout with the last status", async () => {
    const server = await serve((_, res) =>
      json(res, 503, { ready: false, db: "down" }),
    );
    const agent = smokeAgent(2);
    try {
      const started = Date.now();
      const result = await waitForReady({
        agent,
        readyUrl: `${server.url}/ready`,
        timeoutMs: 600,
        pollMs: 100,
        logger: memoryLogger(),
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(550);
      expect(result.ready).toBe(false);
      expect(!result.ready && result.reason).toMatch(
        new RegExp(
          `^GET ${server.url}/ready was not ready within 0.6 s \\(\\d+ attempts\\); last answer: HTTP 503 \\{"ready":false,"db":"down"\\}$`,
        ),
      );
    } finally {
      await agent.close();
      await server.close();
    }
  });
});

describe("runLoad", () => {
  it("sends exactly the requests asked, never more in flight than the concurrency", async () => {
    let received = 0;
    let inFlight = 0;
    let peak = 0;
    const server = await serve((req, res) => {
      const n = ++received;
      inFlight++;
      peak = Math.max(peak, inFlight);
      req.resume();
      setTimeout(() => {
        inFlight--;
        if (n % 10 === 0) json(res, 500, { message: "boom" });
        else
          json(
            res,
            200,
            { ok: true },
            {
              "x-request-id": `r${n}`,
              "x-model-version": n === 1 ? "v0" : "v1",
            },
          );
      }, 5);
    });
    const agent = smokeAgent(4);
    try {
      const result = await runLoad({
        agent,
        predictUrl: `${server.url}/predict`,
        healthUrl: `${server.url}/health`,
        bodies: [{ input: { a: 1 } }],
        requests: 100,
        concurrency: 4,
        version: "v1",
        logger: memoryLogger(),
      });
      expect(received).toBe(100);
      expect(peak).toBeLessThanOrEqual(4);
      expect(peak).toBeGreaterThan(1);
      expect(result).toEqual(
        expect.objectContaining({
          target: "POST /predict",
          requests: 100,
          sent: 100,
          errors: 10,
          errorRate: 0.1,
          statuses: { 200: 90, 500: 10 },
          versionMismatches: 1,
          capped: false,
        }),
      );
      expect(result.requestIds).toHaveLength(90);
      expect(result.errorSamples).toEqual(['HTTP 500: {"message":"boom"}']);
      expect(result.p50).toBeGreaterThanOrEqual(4);
      expect(result.p50).toBeLessThanOrEqual(result.p95);
      expect(result.p95).toBeLessThanOrEqual(result.p99);
    } finally {
      await agent.close();
      await server.close();
    }
  });

  it("stops at its time cap and counts what did not finish as errors", async () => {
    const server = await serve((req, res) => {
      req.resume();
      setTimeout(() => json(res, 200, {}), 5000).unref();
    });
    const agent = smokeAgent(2);
    try {
      const started = Date.now();
      const result = await runLoad({
        agent,
        predictUrl: `${server.url}/predict`,
        healthUrl: `${server.url}/health`,
        bodies: [],
        requests: 10,
        concurrency: 2,
        logger: memoryLogger(),
        capMs: 300,
      });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(result).toEqual(
        expect.objectContaining({
          target: "GET /health",
          capped: true,
          errors: 10,
          errorRate: 1,
          sent: 2,
        }),
      );
      expect(result.p95).toBeNaN();
    } finally {
      await agent.close();
      await server.close();
    }
  });
});

describe("checkLogged", () => {
  // The tests only read these rows.
  const logged = usePool();
  beforeAll(async () => {
    const pool = logged();
    const names = parseVersion("v1.2");
    await ensurePredictionTables(pool, names);
    const { schema, inputs, outputs } = names.tables;
    const rows: [string, number, string][] = [
      ["a", 0, "v1.2"],
      ["c", 0, "v1.2"],
      ["c", 1, "v1.1"],
    ];
    for (const [id, item, version] of rows) {
      await pool.query(
        `INSERT INTO ${qualified(schema, inputs)} VALUES ($1, $2, now(), '{}')`,
        [id, item],
      );
      await pool.query(
        `INSERT INTO ${qualified(schema, outputs)} VALUES ($1, $2, now(), $3, 'setosa', '{}', 1)`,
        [id, item, version],
      );
    }
  });

  it("passes when every request has one row per item", async () => {
    const result = await checkLogged({
      databaseUrl: logged.url(),
      version: "v1.2",
      expected: new Map([["a", 1]]),
      logger: memoryLogger(),
    });
    expect(result).toEqual({
      requests: 1,
      rows: 1,
      inputRows: 1,
      outputRows: 1,
      problems: [],
    });
  });

  it("names the missing requests, short rows and foreign versions after waiting", async () => {
    const started = Date.now();
    const result = await checkLogged({
      databaseUrl: logged.url(),
      version: "v1.2",
      expected: new Map([
        ["a", 1],
        ["b", 1],
        ["c", 3],
      ]),
      logger: memoryLogger(),
      timeoutMs: 400,
      pollMs: 100,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(result.problems).toEqual([
      "2 of 3 smoke requests are not fully logged in predictions.v1__2_inputs: b (0 of 1 rows), c (2 of 3 rows)",
      "2 of 3 smoke requests are not fully logged in predictions.v1__2_outputs: b (0 of 1 rows), c (2 of 3 rows)",
      '1 rows in predictions.v1__2_outputs name a model_version other than "v1.2"',
    ]);
  });

  it("reports a version without tables, and an unreachable database, without throwing", async () => {
    const missing = await checkLogged({
      databaseUrl: logged.url(),
      version: "v9",
      expected: new Map([["a", 1]]),
      logger: memoryLogger(),
      timeoutMs: 0,
    });
    expect(missing.problems).toEqual([
      expect.stringMatching(
        /^querying the log tables on 127\.0\.0\.1:\d+\/t_\w+ failed: relation "predictions.v9_inputs" does not exist$/,
      ),
    ]);
    const url = new URL(logged.url());
    url.port = "1";
    const down = await checkLogged({
      databaseUrl: url.toString(),
      version: "v1.2",
      expected: new Map([["a", 1]]),
      logger: memoryLogger(),
    });
    expect(down.problems).toEqual([
      expect.stringMatching(
        /^connecting to 127\.0\.0\.1:1\/t_\w+ failed: .*ECONNREFUSED/,
      ),
    ]);
    if (url.password) expect(down.problems[0]).not.toContain(url.password);
  });
});
