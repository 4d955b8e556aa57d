import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { abCommand } from "../../actions/cli/ab-command.js";
import { parseCommand } from "../../actions/cli/args.js";
import { readAbInputs } from "../../actions/lib/ab/inputs.js";
import { seededRandom } from "../../actions/lib/ab/random.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { openPool } from "../../actions/lib/db/pool.js";
import { cliFromSource } from "../helpers/cli-source.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { deploy, predictionTables, serveTraffic } from "./tables.js";

// `modelship ab` as a user runs it: flags and modelship.yml, the report on stdout, exit codes
// 0 pass, 1 fail, 2 usage.
describe("modelship ab (the CLI)", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;
  let cwd: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await deploy(pool, { app: "iris", version: "v1", weight: 90 });
    await deploy(pool, { app: "iris", version: "v2", weight: 10 });
    const random = seededRandom(4);
    const base = { n: 0, accuracy: 0.9, mu: Math.log(20), sigma: 0.3 };
    for (const [version, accuracy] of [
      ["v1", 0.9],
      ["v2", 0.7],
    ] as const) {
      const names = await predictionTables(pool, version);
      await serveTraffic(pool, {
        app: "iris",
        names,
        truth: { ...base, version, accuracy },
        count: 1500,
        random,
      });
    }
    cwd = mkdtempSync(path.join(os.tmpdir(), "modelship-ab-"));
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  const ab = (...args: string[]) =>
    cliFromSource(["ab", "--app", "iris", "--database-url", db.url, ...args], {
      cwd,
    });

  it("exits 1 when a rule fails, printing the report and writing it to --summary-file", async () => {
    const summary = path.join(cwd, "summary.md");
    const run = await ab(
      "--candidate",
      "v2",
      "--rules",
      "online_accuracy delta >= -0.01 at 95%",
      "--summary-file",
      summary,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("## A/B test of iris: v1 vs v2 — failed ✖");
    expect(run.stdout).toMatch(
      /\| ✖ \| `online_accuracy delta >= -0.01 at 95%` \| v2 \| fail \|/,
    );
    expect(run.stderr).toContain("1 rule(s) failed");
    expect(readFileSync(summary, "utf8")).toContain(
      "### Differences (candidate − baseline v1)",
    );
  });

  it("exits 0 when every rule passes, with rules and level from modelship.yml", async () => {
    writeFileSync(
      path.join(cwd, "modelship.yml"),
      "ab:\n  rules:\n    - online_accuracy delta >= -0.3\n    - p95_latency_ms delta <= 10\n  level: 99\n  max-wait-seconds: 0\n",
    );
    const run = await ab("--versions", "v1,v2");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("passed ✔");
    expect(run.stdout).toContain("Intervals are two-sided at 99%");
  });

  it.each([
    [["--rules", "accuracy >= 1"], /unknown metric "accuracy"/],
    [
      ["--versions", "v1"],
      /input "versions" needs two or more different versions/,
    ],
    [
      ["--candidate", "v2", "--versions", "v1,v2"],
      /give input "candidate" or input "versions", not both/,
    ],
    [
      ["--on-insufficient", "maybe"],
      /input "on-insufficient" must be pass or fail, got "maybe"/,
    ],
    [["--level", "101"], /input "level" must be a confidence level/],
    [
      ["--min-sample", "3"],
      /unknown flag --min-sample; did you mean --min-samples\?/,
    ],
    [
      ["--max-wait-seconds", "soon"],
      /input "max-wait-seconds" must be a number, got "soon"/,
    ],
  ])(
    "refuses %j as a usage error, before touching the database",
    (args, message) => {
      const read = () =>
        readAbInputs(parseCommand(abCommand, args, { cwd }).read);
      expect(read).toThrow(ConfigurationError);
      expect(read).toThrow(message);
    },
  );

  it("exits 2 on a usage error", async () => {
    const run = await ab("--level", "101");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/input "level" must be a confidence level/);
  });

  it("exits 2 with no database and no local PostgreSQL running", async () => {
    const run = await cliFromSource(
      ["ab", "--state-dir", path.join(cwd, "none")],
      { cwd, env: { DATABASE_URL: "" } },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/input "database-url" is required/);
  });
});
