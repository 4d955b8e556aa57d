import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "../helpers/run-bundle.js";
import { OWN, stepById, type Job, type Workflow } from "./load.js";
import { git, runStep, writeFiles } from "./run-step.js";

// modelship's own .github/: CI runs .ci/run, a job checks the committed bundles, and a vX.Y.Z tag
// releases after the same checks and moves vX.

const own = (name: string): Workflow =>
  OWN.find((w) => w.file === `.github/workflows/${name}`)?.workflow as Workflow;
const ci = own("ci.yml");
const release = own("release.yml");
const runs = (workflow: Workflow, job: string) =>
  (workflow.jobs[job]?.steps ?? []).map((s) => s.run ?? "").join("\n");

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-ci-"));
  dirs.push(dir);
  return dir;
}
afterAll(() =>
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
);

describe("ci.yml", () => {
  it("runs .ci/run on pushes to main and on pull requests", () => {
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(runs(ci, "ci")).toContain("bash .ci/run");
    expect(runs(ci, "ci")).toMatch(/pip install .*cfn-lint/);
  });

  it("has a job that rebuilds the bundles and compares them with the committed ones", () => {
    const steps = runs(ci, "bundles");
    expect(steps.indexOf("npm ci")).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf("bash .ci/check-bundles.sh")).toBeGreaterThan(
      steps.indexOf("npm ci"),
    );
  });

  it("shares that check with .ci/run, so there is one copy of it", () => {
    expect(readFileSync(path.join(ROOT, ".ci/run"), "utf8")).toContain(
      "bash .ci/check-bundles.sh",
    );
  });
});

describe(".ci/check-bundles.sh", () => {
  /** A repository with a committed bundle whose `npm run build` runs `build`. */
  function repoWithBuild(build: string) {
    const repo = tempDir();
    git(repo, "init", "-q", "-b", "main");
    mkdirSync(path.join(repo, ".ci"));
    copyFileSync(
      path.join(ROOT, ".ci/check-bundles.sh"),
      path.join(repo, ".ci/check-bundles.sh"),
    );
    writeFiles(repo, {
      "package.json": JSON.stringify({ scripts: { build } }),
      "actions/train/dist/index.js": "bundle\n",
    });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "bundles");
    return runStep("bash .ci/check-bundles.sh", { cwd: repo });
  }

  it("passes when a fresh build changes nothing", () => {
    expect(repoWithBuild("true").code).toBe(0);
  });

  it("fails when a bundle differs", () => {
    const run = repoWithBuild("echo changed > actions/train/dist/index.js");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("actions/train/dist/index.js");
  });

  it("fails on a new chunk file that a plain git diff would miss", () => {
    const run = repoWithBuild("echo chunk > actions/train/dist/37.index.js");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("actions/train/dist/37.index.js");
  });
});

describe("release.yml", () => {
  const verify = release.jobs.verify as Job;
  const publish = release.jobs.publish as Job;

  it("runs on vX.Y.Z tags only", () => {
    expect(release.on).toEqual({
      push: { tags: ["v[0-9]+.[0-9]+.[0-9]+"] },
    });
  });

  it("checks the bundles before publishing, and only the publishing job may write", () => {
    expect(runs(release, "verify")).toContain("bash .ci/check-bundles.sh");
    expect(publish.needs).toBe("verify");
    expect(verify.permissions).toEqual({ contents: "read" });
    expect(publish.permissions).toEqual({ contents: "write" });
    expect(runs(release, "publish")).toContain("git/refs/tags/$MAJOR");
    expect(runs(release, "publish")).toContain("gh release create");
  });

  function tagRun(tag: string, version: string) {
    const repo = tempDir();
    git(repo, "init", "-q", "-b", "main");
    writeFiles(repo, { "package.json": JSON.stringify({ version }) });
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "release");
    const run = runStep(stepById(verify, "tag").run, {
      cwd: repo,
      env: { TAG: tag },
    });
    return { run, commit: git(repo, "rev-parse", "HEAD") };
  }

  it("names the major tag and the commit when package.json says the tag's version", () => {
    const { run, commit } = tagRun("v1.4.2", "1.4.2");
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ major: "v1", commit });
  });

  it.each([
    ["v1.4.2", "1.4.3"],
    ["v1.4", "1.4.0"],
    ["v1.4.2-rc.1", "1.4.2-rc.1"],
  ])("refuses tag %s with package.json version %s", (tag, version) => {
    const { run } = tagRun(tag, version);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error");
    expect(run.outputs).toEqual({});
  });
});

describe("dependabot.yml", () => {
  const config = parse(
    readFileSync(path.join(ROOT, ".github/dependabot.yml"), "utf8"),
  ) as { updates: { "package-ecosystem": string; directories?: string[] }[] };

  it("updates the pinned actions of our CI and of the copyable workflows, and npm", () => {
    const actions = config.updates.find(
      (u) => u["package-ecosystem"] === "github-actions",
    );
    expect(actions?.directories).toEqual(
      expect.arrayContaining(["/.github/workflows", "/workflows"]),
    );
    expect(config.updates.map((u) => u["package-ecosystem"])).toContain("npm");
  });
});
