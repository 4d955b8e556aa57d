import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { openPool } from "../../actions/lib/db/pool.js";
import {
  startDashboardServer,
  type DashboardServer,
} from "../../actions/lib/dashboard/server.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { deploy, knownTraffic } from "./traffic.js";

// The dashboard in a real browser: Debian's chromium, headless, on a closed network. In CI a
// missing chromium fails this test (.ci/run installs it); elsewhere the test is skipped.
const CHROMIUM = process.env.MODELSHIP_CHROMIUM ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

if (!available && process.env.CI)
  test("chromium is installed for the dashboard's browser test", () => {
    throw new Error(
      `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`,
    );
  });

(available ? describe : describe.skip)(
  "the dashboard in headless chromium",
  () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    let pool: pg.Pool;
    let server: DashboardServer;
    let profile: string;
    let browser: BrowserContext;
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      db = await createTestDatabase();
      pool = openPool(db.url);
      await deploy(pool, { app: "iris", version: "v1", weight: 90 });
      await deploy(pool, {
        app: "iris",
        version: "v2",
        weight: 10,
        status: "deploying",
      });
      await knownTraffic(pool, {
        app: "iris",
        version: "v1",
        count: 40,
        correct: 36,
      });
      await knownTraffic(pool, {
        app: "iris",
        version: "v2",
        count: 5,
        correct: 5,
      });
      server = await startDashboardServer({
        db: pool,
        app: "iris",
        windowSeconds: 300,
        level: 0.95,
        pollSeconds: 0.5,
        host: "127.0.0.1",
        port: 0,
      });
      profile = mkdtempSync(path.join(os.tmpdir(), "modelship-chromium-"));
      browser = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: false, // --headless=new below: Chromium's own headless mode, named explicitly
        args: ARGS,
      });
      page = browser.pages()[0] ?? (await browser.newPage());
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("request", (request) => {
        if (!request.url().startsWith(server.url))
          problems.push(`left the page's origin: ${request.url()}`);
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
      await server?.close();
      await pool?.end();
      await db?.drop();
    });

    const cell = (version: string, column: string) =>
      page.locator(`#versions tr[data-version="${version}"] td.${column}`);

    it("loads, shows the versions with their traffic and charts, and needs nothing but its own origin", async () => {
      await page.goto(server.url);
      await page.locator('#versions tr[data-version="v2"]').waitFor();
      expect(await page.locator("#app").textContent()).toBe("iris");
      expect(await cell("v1", "traffic").textContent()).toBe("90%");
      expect(await cell("v2", "traffic").textContent()).toBe("10%");
      expect(await cell("v1", "requests").textContent()).toBe("40");
      expect(await cell("v1", "accuracy").textContent()).toMatch(
        /^0\.900 \[0\.\d{3}, 0\.\d{3}\] n=40$/,
      );
      expect(await page.locator("#history tbody tr").count()).toBe(2);
      expect(await page.locator("#rate-chart canvas").count()).toBe(1);
      expect(
        await page.locator("#latency-chart .u-legend").textContent(),
      ).toContain("v2");
      await page.screenshot({
        path: path.join(os.tmpdir(), "modelship-dashboard.png"),
        fullPage: true,
      });
      expect(problems).toEqual([]);
    }, 60_000);

    it("updates when traffic arrives", async () => {
      const updates = Number(
        await page.locator("body").getAttribute("data-updates"),
      );
      await knownTraffic(pool, {
        app: "iris",
        version: "v2",
        count: 25,
        correct: 20,
        from: 100,
      });
      await page.waitForFunction(
        () =>
          document.querySelector('#versions tr[data-version="v2"] td.requests')
            ?.textContent === "30",
        undefined,
        { timeout: 20_000 },
      );
      expect(await cell("v2", "accuracy").textContent()).toMatch(/^0\.833 \[/);
      expect(
        Number(await page.locator("body").getAttribute("data-updates")),
      ).toBeGreaterThan(updates);
      expect(problems).toEqual([]);
    }, 60_000);
  },
);
