import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, runBundle } from "../helpers/run-bundle.js";
import { usePool } from "../helpers/postgres.js";
import { startGitHubServer } from "./github-server.js";

const TOKEN = "ghs_fakeTokenForTests123";
const PR_EVENT = {
  action: "synchronize",
  number: 7,
  pull_request: {
    number: 7,
    head: { repo: { full_name: "acme/models" } },
    base: { repo: { full_name: "acme/models" } },
  },
  repository: {
    full_name: "acme/models",
    name: "models",
    owner: { login: "acme" },
  },
};
const FORK_EVENT = {
  ...PR_EVENT,
  pull_request: {
    ...PR_EVENT.pull_request,
    head: { repo: { full_name: "eve/models" } },
  },
};

const dir = mkdtempSync(path.join(os.tmpdir(), "gate-bundle-"));
const baseline = path.join(dir, "base/metrics.json");
const worse = path.join(dir, "worse/metrics.json");

/** Trains the real example model through the train bundle, as a workflow would. */
async function trainExample(name: string, config: object): Promise<void> {
  const configFile = path.join(dir, `${name}.config.json`);
  const defaults = JSON.parse(
    readFileSync(path.join(ROOT, "example-app/model.config.json"), "utf8"),
  );
  writeFileSync(configFile, JSON.stringify({ ...defaults, ...config }));
  const out = path.join(dir, name);
  const run = await runBundle("train", {
    inputs: {
      command: `npx tsx example-app/src/model/train.ts --config ${configFile} --out-dir ${out} --metrics ${out}/metrics.json`,
      "metrics-file": `${out}/metrics.json`,
    },
    timeoutMs: 180_000,
  });
  if (run.code !== 0)
    throw new Error(`training ${name} failed:\n${run.stdout}\n${run.stderr}`);
}

function gate(
  inputs: Record<string, string>,
  apiUrl: string,
  event: object = PR_EVENT,
) {
  return runBundle("accuracy-gate", {
    inputs: {
      "metrics-file": worse,
      "baseline-file": baseline,
      "github-token": TOKEN,
      ...inputs,
    },
    env: {
      GITHUB_API_URL: apiUrl,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_REPOSITORY: "acme/models",
    },
    event,
  });
}

const STRICT =
  "accuracy >= 0.5\naccuracy delta >= -0.01\nlog_loss delta <= 0.5";
const LOOSE = "accuracy >= 0.5\naccuracy delta >= -0.5";

beforeAll(async () => {
  await trainExample("base", {});
  await trainExample("worse", { n_estimators: 1, max_depth: 1 });
}, 300_000);

describe("accuracy-gate bundle, run as the runner does", () => {
  it("fails a worse candidate with a delta table, and two runs keep one comment (one POST, then one PATCH)", async () => {
    const github = await startGitHubServer({
      comments: [{ id: 1, body: "LGTM" }],
    });
    try {
      const first = await gate({ rules: STRICT }, github.url);
      expect(first.code).toBe(1);
      expect(first.outputs.passed).toBe("false");
      const deltas = JSON.parse(first.outputs.deltas ?? "{}");
      expect(deltas.accuracy.delta).toBeLessThan(-0.2);
      expect(deltas.accuracy).toMatchObject({
        direction: "down",
        change: "worse",
      });
      expect(first.summary).toContain(
        "| Metric | Base | PR | Δ | Rule | Verdict |",
      );
      expect(first.summary).toMatch(
        /\| `accuracy` \| 0\.\d+ \| 0\.6667 \| ↓ −0\.\d+ worse \| `>= 0\.5` ✅<br>`Δ >= -0\.01` ❌ \| ❌ fail \|/,
      );
      expect(first.outputs.report?.trimEnd()).toBe(first.summary.trimEnd());
      expect(first.stdout).toMatch(
        /::error title=accuracy-gate%3A accuracy delta >= -0\.01::accuracy delta −0\.\d+ \(0\.6667 − 0\.\d+\) is not >= -0\.01/,
      );
      expect(first.stdout).toMatch(
        /::error::accuracy-gate failed: 1 of 3 rules failed: \[accuracy delta >= -0\.01\] accuracy delta −0\.\d+ \(0\.6667 − 0\.\d+\) is not >= -0\.01/,
      );
      // The token is only ever handed to the runner to mask, never printed.
      expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
      expect(first.stdout.replace(`::add-mask::${TOKEN}`, "")).not.toContain(
        TOKEN,
      );

      const second = await gate({ rules: STRICT }, github.url);
      expect(second.code).toBe(1);
      const writes = github.calls.filter((c) => c.method !== "GET");
      expect(writes.map((c) => `${c.method} ${c.path}`)).toEqual([
        "POST /repos/acme/models/issues/7/comments",
        "PATCH /repos/acme/models/issues/comments/1000",
      ]);
      expect(
        github.calls.filter((c) => c.method === "GET").map((c) => c.path),
      ).toEqual([
        "/repos/acme/models/issues/7/comments",
        "/repos/acme/models/issues/7/comments",
      ]);
      expect(
        github.calls.every((c) => c.authorization === `token ${TOKEN}`),
      ).toBe(true);
      expect(github.comments).toHaveLength(2); // the human's comment and ours, never a third
      expect(github.comments[1]?.body).toContain(
        "<!-- modelship:accuracy-gate app=modelship -->",
      );
      expect(github.comments[1]?.body).toContain("❌ Accuracy gate failed");
      expect(github.comments[1]?.body).toContain('x-axis ["base", "PR"]');
    } finally {
      await github.close();
    }
  });

  it("passes the same candidate with a looser rule, updating the existing comment", async () => {
    const github = await startGitHubServer({
      comments: [
        {
          id: 42,
          body: "<!-- modelship:accuracy-gate app=modelship -->\nold",
          user: { login: "github-actions[bot]" },
        },
      ],
    });
    try {
      const run = await gate({ rules: LOOSE }, github.url);
      expect(run.code).toBe(0);
      expect(run.outputs.passed).toBe("true");
      expect(run.summary).toContain(
        "✅ Accuracy gate passed (2 of 2 rules checked)",
      );
      expect(
        github.calls
          .filter((c) => c.method !== "GET")
          .map((c) => `${c.method} ${c.path}`),
      ).toEqual(["PATCH /repos/acme/models/issues/comments/42"]);
    } finally {
      await github.close();
    }
  });

  it("never edits a marked comment written by someone else: it comments anew", async () => {
    const planted =
      "<!-- modelship:accuracy-gate app=modelship -->\nall green, trust me";
    const github = await startGitHubServer({
      comments: [{ id: 7, body: planted, user: { login: "mallory" } }],
    });
    try {
      const run = await gate({ rules: LOOSE }, github.url);
      expect(run.code).toBe(0);
      expect(
        github.calls
          .filter((c) => c.method !== "GET")
          .map((c) => `${c.method} ${c.path}`),
      ).toEqual(["POST /repos/acme/models/issues/7/comments"]);
      expect(github.comments.find((c) => c.id === 7)?.body).toBe(planted);
    } finally {
      await github.close();
    }
  });

  it.each([
    ["a failing gate", STRICT, 1, "false"],
    ["a passing gate", LOOSE, 0, "true"],
  ])(
    "on a 403, %s keeps its exit code, writes the summary and warns",
    async (_name, rules, code, passed) => {
      const github = await startGitHubServer({ deny: true });
      try {
        const run = await gate({ rules }, github.url);
        expect(run.code).toBe(code);
        expect(run.outputs.passed).toBe(passed);
        expect(run.summary).toContain(
          "| Metric | Base | PR | Δ | Rule | Verdict |",
        );
        expect(run.stdout).toMatch(
          /::warning::could not create a comment on #7 \(HTTP 403: the token may lack "pull-requests: write"/,
        );
        expect(github.calls.map((c) => c.method)).toEqual(["GET", "POST"]);
      } finally {
        await github.close();
      }
    },
  );

  it("does not try to comment on a fork PR, and says why", async () => {
    const github = await startGitHubServer();
    try {
      const run = await gate({ rules: LOOSE }, github.url, FORK_EVENT);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /::warning::not commenting: the PR comes from the fork eve\/models/,
      );
      expect(github.calls).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it("without a baseline gates on absolute rules only, and reports delta rules as skipped", async () => {
    const run = await gate(
      { rules: STRICT, "baseline-file": "", comment: "false" },
      "http://127.0.0.1:9",
    );
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      "No baseline (no baseline-file was given): only absolute rules were checked; 2 delta rule(s) were skipped, not passed.",
    );
    expect(run.summary).toContain("(1 of 3 rules checked)");
  });

  it.each([
    [
      { rules: "accuracy >= 0.9\naccuracy >> 1" },
      /rules line 2 "accuracy >> 1": expected/,
    ],
    [{ "metrics-file": "" }, /input "metrics-file" is required/],
    [
      { "metrics-file": path.join(dir, "nope.json") },
      /metrics file ".*nope\.json" does not exist/,
    ],
    [
      { comment: "maybe" },
      /input "comment" must be true or false, got "maybe"/,
    ],
    [
      { "baseline-from": "s3" },
      /"baseline-from" must be "file" or "registry", got "s3"/,
    ],
    [
      { "baseline-from": "registry" },
      /cannot be combined with baseline-from "registry"/,
    ],
    [
      { "baseline-from": "registry", "baseline-file": "" },
      /"database-url" is required when baseline-from is "registry"/,
    ],
    [{ app: "Bad App" }, /app "Bad App" is not allowed/],
  ])("rejects bad input %p before touching GitHub", async (inputs, message) => {
    const github = await startGitHubServer();
    try {
      const run = await gate({ rules: LOOSE, ...inputs }, github.url);
      expect(run.code).toBe(2); // a usage or configuration error
      expect(run.stdout).toMatch(/::error::accuracy-gate failed: /);
      expect(run.stdout).toMatch(message);
      expect(github.calls).toEqual([]);
    } finally {
      await github.close();
    }
  });

  describe("with a registry", () => {
    const registry = usePool();

    it("takes the baseline from the registry's most-trafficked serving version", async () => {
      const base = JSON.parse(readFileSync(baseline, "utf8"));
      await registry().query(
        `INSERT INTO deployments (app, version, status, traffic_weight, metrics, created_at)
         VALUES ('iris', 'v1', 'reverted', 0, $1, '2026-01-01'), ('iris', 'v2', 'serving', 100, $2, '2026-01-02')`,
        [JSON.stringify({ accuracy: 0.5 }), JSON.stringify(base)],
      );
      const databaseUrl = registry.url();
      const run = await gate(
        {
          rules: STRICT,
          "baseline-file": "",
          "baseline-from": "registry",
          "database-url": databaseUrl,
          app: "iris",
          comment: "false",
        },
        "http://127.0.0.1:9",
      );
      expect(run.code).toBe(1);
      expect(run.summary).toContain(
        "Baseline: **v2 (serving, 100% of traffic)**.",
      );
      expect(run.summary).toContain('x-axis ["v1", "v2", "PR"]');
      expect(run.stdout).toContain(`::add-mask::${databaseUrl}`);
      expect(
        run.stdout.replace(`::add-mask::${databaseUrl}`, ""),
      ).not.toContain(databaseUrl);
    });
  });
});
