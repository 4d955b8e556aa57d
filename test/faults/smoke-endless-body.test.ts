// smoke-test against a service that answers with a body that never ends, or one that trickles
// forever: each read is cut off (at 1 MiB, or at its deadline) with a message naming the URL, and
// the check fails quickly instead of growing the body without bound (it once reached 24 GB before
// the kernel killed it) or waiting forever.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { memoryLogger } from "../../actions/lib/logger.js";
import { call, smokeAgent } from "../../actions/lib/smoke/http.js";
import {
  runSmokeTest,
  type SmokeOptions,
} from "../../actions/lib/smoke/index.js";

type Mode = "flood" | "trickle";

/** A server whose every answer is 200 with a body in `mode`, except `/ready` when `readyOk`. */
async function endless(mode: Mode, readyOk = false) {
  const chunk = Buffer.alloc(64 * 1024, "x");
  let sent = 0;
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    if (readyOk && req.url === "/ready") {
      res.end(JSON.stringify({ ready: true, model_version: "v1" }));
      return;
    }
    res.write('{"ready": true, "pad": "');
    const timer = setInterval(
      () => {
        if (mode === "trickle") {
          res.write("x");
          sent += 1;
          return;
        }
        // As fast as the client reads: write until the socket pushes back.
        while (res.write(chunk)) sent += chunk.length;
      },
      mode === "trickle" ? 100 : 1,
    );
    res.on("close", () => clearInterval(timer));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent: () => sent,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function options(url: string): SmokeOptions {
  return {
    url,
    version: "v1",
    requests: 20,
    concurrency: 4,
    p95Ms: 500,
    maxErrorRate: 0.01,
    readyTimeoutSeconds: 3,
    checkLogs: false,
    paths: { predict: "/predict", ready: "/ready", health: "/health" },
  };
}

it("cuts an endless body off at 1 MiB, naming the URL, with bounded memory", async () => {
  const server = await endless("flood");
  const agent = smokeAgent(2);
  try {
    const rss = process.memoryUsage().rss;
    const started = Date.now();
    await expect(
      call(agent, {
        method: "GET",
        url: `${server.url}/ready`,
        timeoutMs: 10_000,
      }),
    ).rejects.toThrow(
      `GET ${server.url}/ready: the response body is larger than 1048576 bytes: cut off there`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  } finally {
    await agent.close();
    await server.close();
  }
});

it("gives up on a body that trickles forever at the call's deadline", async () => {
  const server = await endless("trickle");
  const agent = smokeAgent(2);
  try {
    const started = Date.now();
    await expect(
      call(agent, {
        method: "GET",
        url: `${server.url}/ready`,
        timeoutMs: 1500,
      }),
    ).rejects.toThrow(
      `GET ${server.url}/ready: no complete answer within 1500 ms`,
    );
    expect(Date.now() - started).toBeLessThan(4000);
    expect(server.sent()).toBeGreaterThan(5); // it was sending all along: an idle timeout never fires
  } finally {
    await agent.close();
    await server.close();
  }
});

it.each<[Mode]>([["flood"], ["trickle"]])(
  "the whole smoke test fails quickly when /ready sends an endless body (%s)",
  async (mode) => {
    const server = await endless(mode);
    try {
      const started = Date.now();
      const result = await runSmokeTest(options(server.url), memoryLogger(), {
        readyPollMs: 200,
      });
      expect(result.passed).toBe(false);
      expect(result.reasons.join("\n")).toMatch(
        new RegExp(
          `GET ${server.url}/ready was not ready within 3 s .*last answer: (the response body is larger than 1048576 bytes|no complete answer within)`,
        ),
      );
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await server.close();
    }
  },
  30_000,
);

it("the load step fails quickly when every answer is endless", async () => {
  const server = await endless("flood", true);
  try {
    const started = Date.now();
    const result = await runSmokeTest(options(server.url), memoryLogger());
    expect(result.passed).toBe(false);
    expect(result.load?.errors).toBe(20);
    expect(result.reasons.join("\n")).toMatch(/larger than 1048576 bytes/);
    expect(Date.now() - started).toBeLessThan(15_000);
  } finally {
    await server.close();
  }
}, 30_000);
