import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { copyable, stepById, type Job } from "./load.js";
import { fakeGh, git, runStep, writeFiles } from "./run-step.js";

// The shell steps of pr-check.yml and pr-comment.yml, run as the runner runs them, on real git
// repositories; GitHub's API answers through a stand-in `gh`.

const train = copyable("pr-check.yml").jobs.train as Job;
const gate = copyable("pr-check.yml").jobs.gate as Job;
const comment = copyable("pr-comment.yml").jobs.comment as Job;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-pr-"));
  dirs.push(dir);
  return dir;
}
afterAll(() =>
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
);

/** A repository checked out at GitHub's merge of a pull request into its base. */
function mergedPullRequest(base: Record<string, string>) {
  const repo = tempDir();
  git(repo, "init", "-q", "-b", "main");
  writeFiles(repo, { "README.md": "base\n", ...base });
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "base");
  const baseSha = git(repo, "rev-parse", "HEAD");
  git(repo, "checkout", "-qb", "feature");
  writeFiles(repo, {
    "modelship.yml": "gate:\n  rules: accuracy >= 0.5\n",
    "train.py": "print(1)\n",
  });
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "pull request");
  const headSha = git(repo, "rev-parse", "HEAD");
  git(repo, "checkout", "-q", "--detach", baseSha);
  git(repo, "merge", "-q", "--no-ff", "-m", "merge", headSha);
  return { repo, baseSha, headSha, mergeSha: git(repo, "rev-parse", "HEAD") };
}

describe("pr-check: the base beside the pull request", () => {
  const step = stepById(train, "base");

  it("checks out the merge's first parent, the base branch's tip, with its own modelship.yml", () => {
    const rules = "gate:\n  rules: accuracy >= 0.9\n";
    const pr = mergedPullRequest({ "modelship.yml": rules });
    const run = runStep(step.run, {
      cwd: pr.repo,
      env: { CONFIG: "", PR_HEAD_SHA: pr.headSha },
      runnerTemp: tempDir(),
    });
    expect(run.code).toBe(0);
    expect(run.outputs.sha).toBe(pr.baseSha);
    expect(run.outputs["config-path"]).toBe("modelship.yml");
    expect(readFileSync(run.outputs.config ?? "", "utf8")).toBe(rules);
  });

  it("trains the pull request only when the base has no modelship.yml yet, and says so", () => {
    const pr = mergedPullRequest({});
    const run = runStep(step.run, {
      cwd: pr.repo,
      env: { CONFIG: "", PR_HEAD_SHA: pr.headSha },
      runnerTemp: tempDir(),
    });
    expect(run.code).toBe(0);
    expect(run.outputs.sha).toBe(pr.baseSha);
    expect(run.outputs.config).toBeUndefined();
    expect(run.stdout).toContain("::notice");
    expect(run.stdout).toContain("has no modelship.yml yet");
  });

  it("takes a config path relative to the repository, with or without ./", () => {
    const pr = mergedPullRequest({ "models/a/modelship.yml": "app: a\n" });
    const run = runStep(step.run, {
      cwd: pr.repo,
      env: { CONFIG: "./models/a/modelship.yml", PR_HEAD_SHA: pr.headSha },
      runnerTemp: tempDir(),
    });
    expect(run.outputs["config-path"]).toBe("models/a/modelship.yml");
    expect(run.outputs.config).toMatch(
      /modelship-base\/models\/a\/modelship\.yml$/,
    );
  });

  it("refuses a checkout that is not GitHub's merge of this pull request", () => {
    const pr = mergedPullRequest({ "modelship.yml": "app: a\n" });
    git(pr.repo, "checkout", "-q", pr.headSha);
    const run = runStep(step.run, {
      cwd: pr.repo,
      env: { CONFIG: "", PR_HEAD_SHA: pr.headSha },
      runnerTemp: tempDir(),
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("::error");
  });
});

describe("the rules step that pr-check and pr-comment share", () => {
  const step = stepById(gate, "rules");

  function workspace(files: Record<string, string>) {
    const dir = tempDir();
    writeFiles(dir, files);
    return runStep(step.run, {
      cwd: dir,
      env: { CONFIG_PATH: "modelship.yml" },
    });
  }

  it("uses the base's committed modelship.yml and the base's metrics", () => {
    const run = workspace({
      ".modelship-base/modelship.yml": "gate:\n  rules: accuracy >= 0.9\n",
      "gate-input/base.json": "{}",
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      config: ".modelship-base/modelship.yml",
      "baseline-file": "gate-input/base.json",
    });
  });

  it("without a base modelship.yml, checks the pull request's absolute rules only, and says so", () => {
    const run = workspace({ "gate-input/head-modelship.yml": "app: a\n" });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      config: "gate-input/head-modelship.yml",
      "baseline-file": "",
    });
    expect(run.stdout).toMatch(/::notice.*delta rules are skipped/);
  });

  it("fails when the base has rules but the artifact has no base metrics", () => {
    const run = workspace({ ".modelship-base/modelship.yml": "app: a\n" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error");
  });
});

describe("pr-check: the gate trusts GitHub's merge commit, not the artifact", () => {
  const step = stepById(gate, "base");

  function gateRun(trainedBase: string) {
    const dir = tempDir();
    writeFiles(dir, {
      "gate-input/pull-request.json": JSON.stringify({ base_sha: trainedBase }),
    });
    const PATH = fakeGh(tempDir(), {
      "repos/o/r/commits/m1": { parents: [{ sha: "b1" }, { sha: "h1" }] },
    });
    return runStep(step.run, {
      cwd: dir,
      env: { PATH, GH_TOKEN: "t", REPO: "o/r", MERGE_SHA: "m1", CONFIG: "" },
    });
  }

  it("names the merge's first parent as the base", () => {
    const run = gateRun("b1");
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ sha: "b1", "config-path": "modelship.yml" });
  });

  it("fails when the artifact claims another base", () => {
    const run = gateRun("b0");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error");
  });
});

describe("pr-comment: the pull request and its base, from GitHub's answers only", () => {
  const step = stepById(comment, "pr");
  const HEAD = "h1";

  function commentRun(options: {
    artifact?: object;
    /** The pulls/7 answer; null makes that API call fail. */
    pull?: object | null;
    parents?: string[];
  }) {
    const dir = tempDir();
    writeFiles(dir, {
      "gate-input/pull-request.json": JSON.stringify(
        options.artifact ?? { pr: 7, head_sha: HEAD, base_sha: "b1" },
      ),
    });
    const answers: Record<string, unknown> = {
      "repos/o/r/commits/m1": {
        parents: (options.parents ?? ["b1", HEAD]).map((sha) => ({ sha })),
      },
    };
    if (options.pull !== null) {
      answers["repos/o/r/pulls/7"] = options.pull ?? {
        head: { sha: HEAD },
        merge_commit_sha: "m1",
      };
    }
    return runStep(step.run, {
      cwd: dir,
      env: {
        PATH: fakeGh(tempDir(), answers),
        GH_TOKEN: "t",
        REPO: "o/r",
        HEAD_SHA: HEAD,
        MODELSHIP_CONFIG: "modelship.yml",
      },
    });
  }

  it("comments on the pull request at the trained head, with the base the check used", () => {
    const run = commentRun({});
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      ok: "true",
      number: "7",
      sha: "b1",
      "config-path": "modelship.yml",
    });
  });

  it.each([
    [
      "the pull request moved on",
      { pull: { head: { sha: "h2" }, merge_commit_sha: "m1" } },
    ],
    [
      "GitHub has no merge commit",
      { pull: { head: { sha: HEAD }, merge_commit_sha: null } },
    ],
    ["the base branch moved", { parents: ["b2", HEAD] }],
    [
      "the artifact claims an older base",
      { artifact: { pr: 7, base_sha: "b0" } },
    ],
  ])("does not comment when %s", (_why, options) => {
    const run = commentRun(options);
    expect(run.code).toBe(0);
    expect(run.outputs.ok).toBe("false");
    expect(run.outputs.number).toBeUndefined();
  });

  it("fails on a pull request number that is not a number", () => {
    const run = commentRun({ artifact: { pr: "7; echo hi", base_sha: "b1" } });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({});
  });

  it("fails, rather than skipping quietly, when GitHub's API fails", () => {
    const run = commentRun({ pull: null });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("HTTP 404");
  });
});
