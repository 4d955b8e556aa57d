import { configOutputs } from "../../actions/lib/config/summary.js";
import { parseRepositoryConfig } from "../../actions/lib/config/index.js";
import {
  copyable,
  needsOf,
  ourActionFile,
  stepById,
  type Job,
  type Step,
} from "./load.js";

// The environment jobs: deploy.yml deploys to the first environment and promotes, one GitHub
// environment at a time, to each later one; promote.yml promotes by hand. Each promotion runs
// promote, then smoke-test in that environment, then the traffic shift, with the same digest.

const uses = (step: Step | undefined) =>
  /actions\/([a-z-]+)@/.exec(step?.uses ?? "")?.[1] ?? step?.uses;

function ourSteps(job: Job): string[] {
  return (job.steps ?? [])
    .filter((s) => ourActionFile(s.uses))
    .map((s) => uses(s) ?? "");
}

function checkPromotionSteps(job: Job, version: string, to: string) {
  expect(ourSteps(job).slice(-3)).toEqual([
    "promote",
    "smoke-test",
    "deploy-stack",
  ]);
  const promote = stepById(job, "promote");
  expect(promote.with).toMatchObject({ version, to });
  expect(promote.with?.["approved-by"]).toBe("${{ github.triggering_actor }}");
  const [smoke, shift] = (job.steps ?? []).slice(-2);
  expect(smoke?.with).toMatchObject({
    url: "${{ steps.promote.outputs.version-url }}",
    version,
    environment: to,
  });
  // The shift deploys the promoted image by its digest, in the target's stacks: nothing is rebuilt.
  expect(shift?.with).toMatchObject({
    environment: to,
    version,
    image: "${{ steps.promote.outputs.image }}",
    "image-digest": "${{ steps.promote.outputs.digest }}",
    traffic: `${version}=100`,
  });
  expect(job.permissions).toEqual({ contents: "read", "id-token": "write" });
}

describe("deploy.yml's environments", () => {
  const deploy = copyable("deploy.yml");
  const plan = deploy.jobs.plan as Job;
  const promote = deploy.jobs.promote as Job & {
    strategy?: {
      "max-parallel"?: number;
      "fail-fast"?: boolean;
      matrix?: { include?: string };
    };
  };

  it("reads the environments before any job runs as one, with no AWS access", () => {
    expect(plan.permissions).toEqual({ contents: "read" });
    expect(uses(stepById(plan, "config"))).toBe("config");
    expect(plan.outputs).toEqual({
      "first-environment": "${{ steps.config.outputs.first-environment }}",
      promotions: "${{ steps.config.outputs.promotions }}",
    });
  });

  it("deploys and smoke-tests in the first environment, and reverts there", () => {
    const job = deploy.jobs.deploy as Job;
    expect(needsOf(job)).toEqual(["plan"]);
    expect(job.environment).toBe("${{ needs.plan.outputs.first-environment }}");
    expect(stepById(job, "smoke").with?.environment).toBe(
      "${{ needs.plan.outputs.first-environment }}",
    );
    expect(deploy.jobs.revert?.environment).toBe(
      "${{ needs.deploy.outputs.environment }}",
    );
  });

  it("names the environment to every deploy-stack and revert step, so AWS names are its own", () => {
    const first = "${{ needs.plan.outputs.first-environment }}";
    const job = deploy.jobs.deploy as Job;
    const deploys = (job.steps ?? []).filter((s) => uses(s) === "deploy-stack");
    expect(deploys.map((s) => s.with?.environment)).toEqual([first, first]);
    const revert = (deploy.jobs.revert?.steps ?? []).find(
      (s) => uses(s) === "revert",
    );
    expect(revert?.with?.environment).toBe(
      "${{ needs.deploy.outputs.environment }}",
    );
  });

  it("promotes to each later environment in order, as that GitHub environment", () => {
    expect(needsOf(promote)).toEqual(["plan", "deploy"]);
    expect(promote.if).toBe("${{ needs.plan.outputs.promotions != '[]' }}");
    expect(promote.strategy).toEqual({
      "max-parallel": 1,
      "fail-fast": true,
      matrix: { include: "${{ fromJSON(needs.plan.outputs.promotions) }}" },
    });
    expect(promote.environment).toBe("${{ matrix.to }}");
    expect(stepById(promote, "promote").with?.from).toBe("${{ matrix.from }}");
    checkPromotionSteps(
      promote,
      "${{ needs.deploy.outputs.version }}",
      "${{ matrix.to }}",
    );
  });

  it.each([
    ["no environments", "app: iris\n", "production", []],
    [
      "staging then production",
      "app: iris\naws:\n  region: us-east-1\nenvironments:\n  staging: {}\n  production:\n    aws:\n      region: eu-west-1\n",
      "staging",
      [{ to: "production", from: "staging", region: "eu-west-1" }],
    ],
    [
      "three",
      "environments:\n  dev: {}\n  staging: {}\n  production: {}\n",
      "dev",
      [
        { to: "staging", from: "dev", region: "us-east-1" },
        { to: "production", from: "staging", region: "us-east-1" },
      ],
    ],
  ])("the plan for %s", (_name, text, first, promotions) => {
    const outputs = configOutputs(parseRepositoryConfig(text, "modelship.yml"));
    expect(outputs["first-environment"]).toBe(first);
    expect(JSON.parse(outputs.promotions)).toEqual(promotions);
  });
});

describe("revert.yml", () => {
  const workflow = copyable("revert.yml");
  const job = workflow.jobs.revert as Job;

  it("takes a version out of one environment (default the first), as that GitHub environment", () => {
    const plan = workflow.jobs.plan as Job;
    expect(plan.permissions).toEqual({ contents: "read" });
    expect(plan.outputs?.environment).toBe(
      "${{ inputs.environment || steps.config.outputs.first-environment }}",
    );
    expect(needsOf(job)).toEqual(["plan"]);
    expect(job.environment).toBe("${{ needs.plan.outputs.environment }}");
    expect(stepById(job, "revert").with?.environment).toBe(
      "${{ needs.plan.outputs.environment }}",
    );
    expect(workflow.concurrency?.group).toContain("inputs.environment");
  });
});

describe("promote.yml", () => {
  const workflow = copyable("promote.yml");
  const job = workflow.jobs.promote as Job;

  it("is dispatched by hand with a version and a target environment", () => {
    const dispatch = workflow.on.workflow_dispatch as {
      inputs: Record<string, { required?: boolean }>;
    };
    expect(Object.keys(dispatch.inputs)).toEqual([
      "version",
      "to",
      "from",
      "config",
    ]);
    expect(dispatch.inputs.version?.required).toBe(true);
    expect(dispatch.inputs.to?.required).toBe(true);
  });

  it("runs as the target's GitHub environment: promote, smoke-test there, then traffic", () => {
    expect(job.environment).toBe("${{ inputs.to }}");
    checkPromotionSteps(job, "${{ inputs.version }}", "${{ inputs.to }}");
  });
});
