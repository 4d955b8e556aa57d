import {
  COPYABLE,
  copyable,
  needsOf,
  OURS,
  ourActionFile,
  stepById,
  stepsOf,
  type Job,
} from "./load.js";

// The workflows users copy into repositories that are not ours, any language: each defect that
// issue 9 found in them has a test here.

const isOurs = (name: string) => (uses: string | undefined) =>
  ourActionFile(uses) === `actions/${name}/action.yml`;

describe("copyable workflows", () => {
  it.each(COPYABLE)("$file names nothing of our example app", ({ text }) => {
    expect(text).not.toMatch(/example-app/);
  });

  it.each(COPYABLE)(
    "$file assumes no npm (the runner's own node runs our actions)",
    ({ text, workflow }) => {
      expect(text).not.toMatch(/cache:\s*npm|\bnpm\s|\bnpx\s/);
      const uses = stepsOf([{ file: "", text, workflow }]).map(
        (s) => s.step.uses,
      );
      expect(uses.filter((u) => u?.startsWith("actions/setup-node"))).toEqual(
        [],
      );
    },
  );

  it.each(COPYABLE)(
    "$file uses our actions only under the owner placeholder that modelship init fills in",
    ({ text }) => {
      expect(text).not.toContain("modelship/modelship");
      const ours = [...text.matchAll(/uses:\s*(\S*modelship\S*)/g)].map(
        (m) => m[1] ?? "",
      );
      expect(ours.length).toBeGreaterThan(0);
      expect(ours.filter((uses) => !OURS.test(uses))).toEqual([]);
    },
  );

  it.each(COPYABLE)(
    "$file takes nothing from repository variables but the role (modelship.yml says the rest)",
    ({ text }) => {
      const vars = new Set([...text.matchAll(/vars\.(\w+)/g)].map((m) => m[1]));
      // Besides the role, an environment's own variable may name its ECR account (promotions
      // across accounts copy the image there).
      const allowed = ["MODELSHIP_ROLE_ARN", "MODELSHIP_REGISTRY_ID"];
      expect([...vars].filter((name) => !allowed.includes(name ?? ""))).toEqual(
        [],
      );
      expect(text).not.toMatch(/^\s+(rules|command|train-command|context):/m);
    },
  );

  it.each(COPYABLE.filter((w) => w.workflow.on.workflow_call))(
    "$file: workflow_call inputs default to empty, so modelship.yml decides",
    ({ workflow }) => {
      const inputs = workflow.on.workflow_call?.inputs ?? {};
      for (const [name, spec] of Object.entries(inputs)) {
        const empty = spec.type === "boolean" ? false : "";
        expect([name, spec.default ?? empty]).toEqual([name, empty]);
      }
    },
  );

  it.each(COPYABLE.filter((w) => w.workflow.on.workflow_call))(
    "$file declares outputs that its jobs set",
    ({ workflow }) => {
      const outputs = Object.entries(workflow.on.workflow_call?.outputs ?? {});
      expect(outputs.length).toBeGreaterThan(0);
      for (const [name, { value }] of outputs) {
        const [, job = "", output = ""] =
          /^\$\{\{ jobs\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(value) ?? [];
        expect([name, workflow.jobs[job]?.outputs?.[output]]).toEqual([
          name,
          expect.stringContaining("steps."),
        ]);
      }
    },
  );

  it.each(["deploy.yml", "revert.yml"])(
    "%s passes the caller's modelship.yml path to every modelship step",
    (name) => {
      const steps = stepsOf(COPYABLE.filter((w) => w.file.endsWith(name)));
      const ours = steps.filter((s) => ourActionFile(s.step.uses));
      expect(ours.length).toBeGreaterThan(0);
      for (const { where, step } of ours) {
        expect([where, step.with?.config]).toEqual([
          where,
          "${{ inputs.config }}",
        ]);
      }
    },
  );

  it.each(COPYABLE)(
    "$file gives configure-aws-credentials the region modelship.yml names",
    ({ workflow }) => {
      for (const job of Object.values(workflow.jobs)) {
        const steps = job.steps ?? [];
        const aws = steps.findIndex((s) =>
          s.uses?.startsWith("aws-actions/configure-aws-credentials@"),
        );
        if (aws < 0) continue;
        // A promotion matrix carries each environment's region, read from modelship.yml by the
        // plan job's config step.
        if ((job as { strategy?: unknown }).strategy) {
          expect(steps[aws]?.with?.["aws-region"]).toBe("${{ matrix.region }}");
          continue;
        }
        expect(steps[aws]?.with?.["aws-region"]).toBe(
          "${{ steps.config.outputs.aws-region }}",
        );
        const config = steps.findIndex((s) => s.id === "config");
        expect(config).toBeGreaterThanOrEqual(0);
        expect(config).toBeLessThan(aws);
        expect(isOurs("config")(steps[config]?.uses)).toBe(true);
      }
    },
  );
});

describe("deploy and revert", () => {
  const deploy = copyable("deploy.yml");
  const revert = copyable("revert.yml");

  it("never share a concurrency group: GitHub keeps one waiting run per group, so a push would cancel a waiting revert", () => {
    const literal = (group = "") => group.split("${{")[0] ?? "";
    const groups = [deploy, revert].map((w) => literal(w.concurrency?.group));
    expect(groups.every((g) => g.length > "modelship-".length)).toBe(true);
    expect(groups[0]?.startsWith(groups[1] ?? "")).toBe(false);
    expect(groups[1]?.startsWith(groups[0] ?? "")).toBe(false);
  });

  it.each([
    ["deploy.yml", deploy],
    ["revert.yml", revert],
  ])(
    "%s never cancels a run in progress, and keys its group by app",
    (_name, workflow) => {
      expect(workflow.concurrency?.["cancel-in-progress"]).toBe(false);
      expect(workflow.concurrency?.group).toContain("inputs.config");
    },
  );

  it("revert.yml keys its group by version, so reverts of two versions both run", () => {
    expect(revert.concurrency?.group).toContain("inputs.version");
  });

  it("deploy.yml reverts after a failure or a cancellation, once the image exists", () => {
    const [name, job] = Object.entries(deploy.jobs).find(([, spec]) =>
      (spec.steps ?? []).some((s) => isOurs("revert")(s.uses)),
    ) as [string, Job];
    expect(name).not.toBe("deploy");
    expect(needsOf(job)).toEqual(["deploy"]);
    const condition = job.if ?? "";
    expect(condition).toContain("always()");
    expect(condition).toContain("needs.deploy.result != 'success'");
    const image = /needs\.deploy\.outputs\.([\w-]+) != ''/.exec(condition)?.[1];
    expect(deploy.jobs.deploy?.outputs?.[image ?? ""]).toBe(
      "${{ steps.image.outputs.digest }}",
    );
    const step = (job.steps ?? []).find((s) => isOurs("revert")(s.uses));
    expect(step?.with).toMatchObject({
      version: "${{ needs.deploy.outputs.version }}",
      "missing-ok": true,
    });
    expect(deploy.jobs.deploy?.outputs?.version).toBe(
      "${{ steps.version.outputs.version }}",
    );
  });
});

describe("pull-request check and comment", () => {
  const check = copyable("pr-check.yml");
  const comment = copyable("pr-comment.yml");
  const gateJob = check.jobs.gate as Job;
  const commentJob = comment.jobs.comment as Job;

  it("pr-check names what it trains: the merge and its first parent, the base branch's tip", () => {
    const text = COPYABLE.find((w) => w.file.endsWith("pr-check.yml"))?.text;
    expect(text).not.toMatch(/merge-base/);
    const train = check.jobs.train as Job;
    expect(stepById(train, "base").run).toContain("git rev-parse HEAD^1");
    expect(stepById(train, "base-train").if).toBe(
      "steps.base.outputs.config != ''",
    );
  });

  it.each([
    ["pr-check.yml", gateJob],
    ["pr-comment.yml", commentJob],
  ])(
    "%s gates with the rules of the base branch's committed modelship.yml",
    (_name, job) => {
      const gate = (job.steps ?? []).find((s) =>
        isOurs("accuracy-gate")(s.uses),
      );
      expect(gate?.with).toMatchObject({
        config: "${{ steps.rules.outputs.config }}",
        "baseline-file": "${{ steps.rules.outputs.baseline-file }}",
        "metrics-file": "gate-input/head.json",
      });
      expect(gate?.with).not.toHaveProperty("rules");
    },
  );

  it("the check and the comment choose the rules with the same script", () => {
    expect(stepById(gateJob, "rules").run).toBe(
      stepById(commentJob, "rules").run,
    );
  });

  it.each([
    ["pr-check.yml", gateJob],
    ["pr-comment.yml", commentJob],
  ])(
    "%s checks out only the base's modelship.yml, at a commit GitHub named, where a token can write",
    (_name, job) => {
      const checkouts = (job.steps ?? []).filter((s) =>
        s.uses?.startsWith("actions/checkout@"),
      );
      expect(checkouts.length).toBe(1);
      expect(checkouts[0]?.with?.ref).toMatch(
        /^\$\{\{ steps\.(base|pr)\.outputs\.sha \}\}$/,
      );
      expect(checkouts[0]?.with?.["sparse-checkout"]).toMatch(/config-path/);
    },
  );

  it("never runs the pull request's code in a job holding a write token", () => {
    for (const job of [
      ...Object.values(check.jobs),
      ...Object.values(comment.jobs),
    ]) {
      const writes = Object.values(job.permissions ?? {}).includes("write");
      const runsCode = (job.steps ?? []).some(
        (s) =>
          isOurs("train")(s.uses) ||
          (s.uses?.startsWith("actions/checkout@") &&
            !s.with?.["sparse-checkout"]),
      );
      expect(writes && runsCode).toBe(false);
    }
  });

  it("pr-comment skips cancelled checks and runs once per pull request at a time", () => {
    expect(commentJob.if).toContain(
      "github.event.workflow_run.conclusion != 'cancelled'",
    );
    expect(commentJob.if).toContain(
      "github.event.workflow_run.event == 'pull_request'",
    );
    expect(comment.concurrency?.group).toMatch(
      /head_repository\.full_name.*head_branch/,
    );
    expect(comment.concurrency?.["cancel-in-progress"]).toBe(true);
  });

  it("pr-comment comments only on the pull request GitHub confirms, after it checked the base", () => {
    const steps = commentJob.steps ?? [];
    const pr = steps.findIndex((s) => s.id === "pr");
    for (const step of steps.slice(pr + 1)) {
      expect(step.if).toBe("steps.pr.outputs.ok == 'true'");
    }
    const gate = steps.find((s) => isOurs("accuracy-gate")(s.uses));
    expect(gate?.with).toMatchObject({
      "pull-request": "${{ steps.pr.outputs.number }}",
      comment: true,
    });
    expect(gate?.with).not.toHaveProperty("comment-author");
  });
});
