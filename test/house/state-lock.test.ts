import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { withStateLock } from "../../actions/lib/local/lock.js";
import { memoryLogger } from "../../actions/lib/logger.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the state directory lock", () => {
  it("runs two runs on one state directory one after the other, never interleaved", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-lock-"));
    const events: string[] = [];
    const logger = memoryLogger();
    const run = (name: string) =>
      withStateLock(dir, logger, async () => {
        events.push(`${name} start`);
        await sleep(300);
        events.push(`${name} end`);
      });
    await Promise.all([run("a"), run("b")]);
    expect(events).toEqual(["a start", "a end", "b start", "b end"]);
    expect(logger.text()).toMatch(/waiting for another modelship run/);
  });

  it("gives up after the wait, saying who holds it, and releases on failure", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-lock-"));
    const logger = memoryLogger();
    let release!: () => void;
    const held = withStateLock(
      dir,
      logger,
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    await sleep(100);
    await expect(
      withStateLock(dir, logger, async () => undefined, 600),
    ).rejects.toThrow(/another modelship run still holds .*run\.lock/);
    release();
    await held;
    await expect(
      withStateLock(dir, logger, async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await expect(withStateLock(dir, logger, async () => "free")).resolves.toBe(
      "free",
    );
  });
});

describe("a lock left by a killed run", () => {
  it("goes stale, and the next run takes it over", async () => {
    const { spawn } = await import("node:child_process");
    const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-lock-"));
    const lockModule = path.resolve("actions/lib/local/lock.ts");
    const script = `
      const { withStateLock } = await import(${JSON.stringify(lockModule)});
      await withStateLock(${JSON.stringify(dir)}, { info() {}, debug() {}, warning() {}, error() {}, group: (n, f) => f() },
        () => { console.log("held"); return new Promise(() => {}); });`;
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (d: Buffer) => {
        if (d.toString().includes("held")) resolve();
      }),
    );
    child.kill("SIGKILL");
    const started = Date.now();
    const logger = memoryLogger();
    await expect(
      withStateLock(dir, logger, async () => "taken over", 30_000),
    ).resolves.toBe("taken over");
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 40_000);
});
