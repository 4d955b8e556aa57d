import {
  actionMetadata,
  ALL,
  COPYABLE,
  OWN,
  ourActionFile,
  stepsOf,
  type Job,
} from "./load.js";

// Rules for every workflow, ours and the copyable ones. actionlint (run by .ci/run) checks
// expressions and known actions; it cannot read our action.yml files, so the inputs passed to
// our actions are checked here.

/**
 * The first major of each third-party action that runs on Node 24. Pinning an older major (a
 * Node 20 one) fails here; an action missing from the table fails until someone checks it.
 */
const NODE24_MAJOR: Record<string, number> = {
  "actions/checkout": 5,
  "actions/setup-node": 5,
  "actions/upload-artifact": 6,
  "actions/download-artifact": 7,
  "aws-actions/configure-aws-credentials": 6,
};

const USES_LINE = /^\s*(?:-\s+)?uses:\s*(\S+?)@(\S+)(?:\s+#\s*(.*?))?\s*$/;

/** Every `uses:` line of a third-party action, with its ref and trailing comment. */
const pins = ALL.flatMap(({ file, text }) =>
  text.split("\n").flatMap((line, index) => {
    const match = USES_LINE.exec(line);
    if (!match || ourActionFile(line.trim().replace(/^-?\s*uses:\s*/, ""))) {
      return [];
    }
    const [, action = "", ref = "", comment = ""] = match;
    return [{ where: `${file}:${index + 1}`, action, ref, comment }];
  }),
);

const jobs = ALL.flatMap(({ file, workflow }) =>
  Object.entries(workflow.jobs).map(([name, job]) => ({
    where: `${file} ${name}`,
    job,
  })),
);

const reachesAws = (job: Job) =>
  (job.steps ?? []).some((s) =>
    s.uses?.startsWith("aws-actions/configure-aws-credentials@"),
  );

describe("workflows", () => {
  it("are the copyable four and our own CI and release", () => {
    expect(COPYABLE.map((w) => w.file)).toEqual([
      "workflows/deploy.yml",
      "workflows/pr-check.yml",
      "workflows/pr-comment.yml",
      "workflows/promote.yml",
      "workflows/revert.yml",
    ]);
    expect(OWN.map((w) => w.file)).toEqual([
      ".github/workflows/ci.yml",
      ".github/workflows/release.yml",
    ]);
  });

  it.each(ALL.map((w) => [w.file, w.workflow] as const))(
    "%s starts from no permissions and grants per job",
    (_file, workflow) => {
      expect(workflow.permissions).toEqual({});
      for (const job of Object.values(workflow.jobs)) {
        expect(job.permissions).toEqual(expect.any(Object));
      }
    },
  );

  it.each(jobs)("$where has a timeout", ({ job }) => {
    expect(job["timeout-minutes"]).toEqual(expect.any(Number));
  });

  it.each(stepsOf(ALL).filter((s) => s.step.run))(
    "$where has no ${{ }} expression inside run: (values come through env:)",
    ({ step }) => {
      expect(step.run).not.toContain("${{");
    },
  );

  it("pin every third-party action by full commit SHA, with its release tag in a comment", () => {
    expect(pins.length).toBeGreaterThan(0);
    const loose = pins.filter(
      (p) =>
        !/^[0-9a-f]{40}$/.test(p.ref) || !/^v\d+\.\d+\.\d+$/.test(p.comment),
    );
    expect(loose).toEqual([]);
  });

  it("use each third-party action at one SHA and tag everywhere", () => {
    const seen = new Map<string, string>();
    const clashes = pins.flatMap((p) => {
      const pin = `${p.ref} ${p.comment}`;
      const first = seen.get(p.action) ?? pin;
      seen.set(p.action, first);
      return first === pin
        ? []
        : [`${p.where}: ${p.action} ${pin} vs ${first}`];
    });
    expect(clashes).toEqual([]);
  });

  it("use the Node 24 major of every third-party action", () => {
    const old = pins.filter((p) => {
      const major = Number(/^v(\d+)/.exec(p.comment)?.[1]);
      const wanted = NODE24_MAJOR[p.action];
      return wanted === undefined || !(major >= wanted);
    });
    expect(old).toEqual([]);
  });

  it.each(
    stepsOf(ALL).filter((s) => s.step.uses?.startsWith("actions/checkout@")),
  )("$where leaves no credentials on disk", ({ step }) => {
    expect(step.with?.["persist-credentials"]).toBe(false);
  });

  it.each(jobs)(
    "$where asks for id-token: write only to reach AWS, as a GitHub environment",
    ({ job }) => {
      expect(job.permissions?.["id-token"] === "write").toBe(reachesAws(job));
      // production, or one of modelship.yml's environments: the first (deploy), the deploy's
      // (its revert), a promotion's target (the matrix, or the dispatch input), revert.yml's input.
      if (reachesAws(job))
        expect([
          "production",
          "${{ needs.plan.outputs.first-environment }}",
          "${{ needs.deploy.outputs.environment }}",
          "${{ matrix.to }}",
          "${{ inputs.to }}",
          "${{ needs.plan.outputs.environment }}",
        ]).toContain(job.environment);
    },
  );

  it.each(stepsOf(ALL).filter((s) => ourActionFile(s.step.uses)))(
    "$where passes only inputs our action declares, and every required one",
    ({ step }) => {
      const { inputs = {} } = actionMetadata(ourActionFile(step.uses) ?? "");
      const given = Object.keys(step.with ?? {});
      expect(given.filter((key) => !(key in inputs))).toEqual([]);
      const required = Object.entries(inputs)
        .filter(([, spec]) => spec.required && spec.default === undefined)
        .map(([key]) => key);
      expect(required.filter((key) => !given.includes(key))).toEqual([]);
    },
  );

  it.each(stepsOf(ALL).filter((s) => ourActionFile(s.step.uses)))(
    "$where reads only outputs our action declares",
    ({ file, job, step }) => {
      if (!step.id) return;
      const { outputs = {} } = actionMetadata(ourActionFile(step.uses) ?? "");
      const text = JSON.stringify(
        ALL.find((w) => w.file === file)?.workflow.jobs[job],
      );
      const used = [
        ...text.matchAll(
          new RegExp(`steps\\.${step.id}\\.outputs\\.([a-z-]+)`, "g"),
        ),
      ].map((m) => m[1] ?? "");
      expect(used.filter((name) => !(name in outputs))).toEqual([]);
    },
  );
});
