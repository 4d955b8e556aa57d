/**
 * Cold start of each committed action bundle: spawned with no inputs (as a misconfigured step),
 * each fails fast; we time spawn to exit. The baseline is a bare `node -e ''`.
 * Median of N runs (default 10). Run: npx tsx bench/cold-start.ts [runs]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] ?? 10);
// No INPUT_*, no GITHUB_OUTPUT: each action fails on its first required input (or its first check).
const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };

function timeOnce(args: string[]): { ms: number; code: number | null } {
  const start = performance.now();
  const out = spawnSync(process.execPath, args, {
    env,
    cwd: root,
    stdio: "ignore",
    timeout: 60_000,
  });
  return { ms: performance.now() - start, code: out.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function measure(args: string[]): { ms: number; code: number | null } {
  timeOnce(args); // warm the file cache, as a runner that just checked out the action has
  const times: number[] = [];
  let code: number | null = null;
  for (let i = 0; i < runs; i++) {
    const r = timeOnce(args);
    times.push(r.ms);
    code = r.code;
  }
  return { ms: median(times), code };
}

const baseline = measure(["-e", ""]);
console.log(`cold start, median of ${runs} runs (node ${process.version})`);
console.log(`baseline: node -e '' ${baseline.ms.toFixed(1)} ms`);
const bundles = readdirSync(path.join(root, "actions"))
  .map((name) => ({
    name,
    file: path.join(root, "actions", name, "dist", "index.js"),
  }))
  .filter((b) => existsSync(b.file));
for (const b of bundles) {
  const r = measure([b.file]);
  console.log(
    `${b.name.padEnd(16)} ${r.ms.toFixed(1).padStart(7)} ms  ${(r.ms / baseline.ms).toFixed(2)}x baseline  (exit ${r.code})`,
  );
}
