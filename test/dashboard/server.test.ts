import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { openPool } from "../../actions/lib/db/pool.js";
import type { DashboardSnapshot } from "../../actions/lib/dashboard/data.js";
import {
  handleDashboardRequest,
  startDashboardServer,
  type DashboardServer,
} from "../../actions/lib/dashboard/server.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { deploy, knownTraffic } from "./traffic.js";

describe("the dashboard's server and data", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;
  let server: DashboardServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await deploy(pool, { app: "iris", version: "v0", weight: 0 });
    await pool.query(
      "UPDATE deployments SET status = 'reverted', reverted_at = now() WHERE version = 'v0'",
    );
    await deploy(pool, { app: "iris", version: "v1", weight: 90 });
    await deploy(pool, {
      app: "iris",
      version: "v2",
      weight: 10,
      status: "deploying",
    });
    await deploy(pool, {
      app: "iris",
      version: "v4",
      weight: 0,
      role: "shadow",
    });
    await knownTraffic(pool, {
      app: "iris",
      version: "v1",
      count: 100,
      correct: 80,
    });
    // An hour ago: outside the window, still in the accuracy and the history.
    await knownTraffic(pool, {
      app: "iris",
      version: "v1",
      count: 50,
      correct: 50,
      from: 1000,
      at: new Date(Date.now() - 3_600_000),
    });
    await knownTraffic(pool, {
      app: "iris",
      version: "v2",
      count: 10,
      correct: 9,
    });
    server = await startDashboardServer({
      db: pool,
      app: "iris",
      windowSeconds: 300,
      level: 0.95,
      pollSeconds: 2,
      host: "127.0.0.1",
      port: 0,
    });
  });
  afterAll(async () => {
    await server.close();
    await pool.end();
    await db.drop();
  });

  it("serves the page and its assets from this process, under a strict content policy", async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain(
      "default-src 'self'",
    );
    const html = await page.text();
    expect(html).toContain('<script src="assets/uplot.js"></script>');
    const uplot = await fetch(new URL("assets/uplot.js", server.url));
    expect(uplot.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await uplot.text()).toMatch(/uPlot/);
    const css = await fetch(new URL("assets/uplot.css", server.url));
    expect(await css.text()).toContain(".uplot");
    expect(
      (await fetch(new URL("assets/dashboard.js", server.url))).status,
    ).toBe(200);
  });

  it("answers the page's JSON: versions, traffic, percentiles, accuracy intervals and history", async () => {
    const response = await fetch(new URL("api/summary", server.url));
    expect(response.headers.get("cache-control")).toBe("no-store");
    const snapshot = (await response.json()) as DashboardSnapshot;
    expect(snapshot).toMatchObject({
      app: "iris",
      windowSeconds: 300,
      level: 0.95,
      pollSeconds: 2,
    });
    const byVersion = new Map(snapshot.versions.map((v) => [v.version, v]));
    expect([...byVersion.keys()]).toEqual(["v1", "v2", "v4"]);
    const v1 = byVersion.get("v1")!;
    // Latencies 1..100 ms: percentile_cont gives 50.5, 95.05 and 99.01.
    expect(v1).toMatchObject({
      role: "serving",
      status: "serving",
      traffic: 90,
      requests: 100,
    });
    expect(v1.ratePerSecond).toBeCloseTo(100 / 300, 10);
    expect([v1.p50, v1.p95, v1.p99]).toEqual([
      50.5,
      expect.closeTo(95.05, 6),
      expect.closeTo(99.01, 6),
    ]);
    // 130 of 150 right (all feedback, not only the window's): Wilson 95% by hand: centre 0.8576, half-width 0.0545.
    expect(v1.accuracy).toMatchObject({
      estimate: expect.closeTo(130 / 150, 10),
      n: 150,
    });
    expect(v1.accuracy!.low).toBeCloseTo(0.8031, 3);
    expect(v1.accuracy!.high).toBeCloseTo(0.9121, 3);
    expect(byVersion.get("v2")).toMatchObject({
      status: "deploying",
      traffic: 10,
      requests: 10,
    });
    expect(byVersion.get("v4")).toMatchObject({
      role: "shadow",
      requests: 0,
      p50: null,
      accuracy: null,
    });
    const series = snapshot.series.versions.find((s) => s.version === "v1")!;
    expect(series.requests.reduce((a, b) => a + b, 0)).toBe(100);
    expect(snapshot.series.minutes).toHaveLength(60);
    expect(snapshot.history.map((d) => [d.version, d.status])).toEqual(
      expect.arrayContaining([
        ["v0", "reverted"],
        ["v1", "serving"],
        ["v4", "serving"],
      ]),
    );
    expect(
      snapshot.history.find((d) => d.version === "v0")!.revertedAt,
    ).not.toBeNull();
  });

  it("refuses other methods and paths", async () => {
    expect(
      (await fetch(new URL("api/summary", server.url), { method: "POST" }))
        .status,
    ).toBe(405);
    expect((await fetch(new URL("nope", server.url))).status).toBe(404);
    expect(
      (await fetch(new URL("assets/../../etc/passwd", server.url))).status,
    ).toBe(404);
  });

  it("mounts under a prefix, redirecting the bare prefix to its slash", async () => {
    const options = {
      db: pool,
      app: "iris",
      windowSeconds: 300,
      level: 0.95,
      pollSeconds: 2,
    };
    const mounted = http.createServer((req, res) => {
      const path = (req.url ?? "").split("?")[0] ?? "";
      const prefix = "/_modelship/dashboard";
      if (!path.startsWith(prefix)) return void res.writeHead(404).end();
      void handleDashboardRequest(req, res, path.slice(prefix.length), options);
    });
    await new Promise<void>((resolve) =>
      mounted.listen(0, "127.0.0.1", resolve),
    );
    const base = `http://127.0.0.1:${(mounted.address() as AddressInfo).port}`;
    try {
      const bare = await fetch(`${base}/_modelship/dashboard`, {
        redirect: "manual",
      });
      expect(bare.status).toBe(308);
      expect(bare.headers.get("location")).toBe("/_modelship/dashboard/");
      const summary = await fetch(`${base}/_modelship/dashboard/api/summary`);
      expect(
        ((await summary.json()) as DashboardSnapshot).versions,
      ).toHaveLength(3);
    } finally {
      await new Promise((resolve) => mounted.close(resolve));
    }
  });
});
