import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../helpers/run-bundle.js";

// The page's files reach users only as the assets ncc emitted next to the CLI's bundle: serve them
// from the committed bundle, not from the sources the other dashboard tests read.
it("the committed CLI bundle serves the dashboard's page and every asset it names", async () => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), "dashboard-bundle-"));
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "actions/cli/dist/index.js"),
      "dashboard",
      // Never reached: the page and its assets need no database.
      "--database-url",
      "postgres://reader:secret@127.0.0.1:1/none",
      "--port",
      "0",
    ],
    { cwd, stdio: ["ignore", "pipe", "pipe"] },
  );
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let seen = "";
      const timer = setTimeout(
        () => reject(new Error(`no URL printed: ${seen}`)),
        20_000,
      );
      child.stdout.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(seen)?.[0];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}: ${seen}`)));
    });
    const page = await fetch(base);
    expect(page.status).toBe(200);
    const html = await page.text();
    const named = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map(
      (match) => match[1] as string,
    );
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const asset of named) {
      const response = await fetch(new URL(asset, base));
      expect([asset, response.status]).toEqual([asset, 200]);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    const uplot = await (await fetch(new URL("assets/uplot.js", base))).text();
    expect(uplot).toBe(
      readFileSync(
        path.join(ROOT, "node_modules/uplot/dist/uPlot.iife.min.js"),
        "utf8",
      ),
    );
  } finally {
    child.kill("SIGTERM");
    rmSync(cwd, { recursive: true, force: true });
  }
}, 30_000);
