import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "../helpers/run-bundle.js";

// The sidecar image runs this bundle alone: its flags and exit codes, as a user's task sees them.
const gateway = (...words: string[]) =>
  spawnSync(
    process.execPath,
    [path.join(ROOT, "actions/gateway/dist/index.js"), ...words],
    { encoding: "utf8", timeout: 30_000 },
  );

describe("the committed gateway bundle", () => {
  it("prints its flags for --help and exits 0", () => {
    const run = gateway("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^modelship gateway \[flags\]/);
    expect(run.stdout).toContain("--upstream");
  });

  it("exits 2 on an unknown flag, naming it", () => {
    const run = gateway("--upstraem", "http://127.0.0.1:1");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--upstraem/);
  });
});
