// The smoke-test bundle against the REAL example service (spawned as its own process, talking to
// a real Postgres), passing and deliberately failing, exactly as the runner would run it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { freePort } from "../../actions/lib/net.js";
import { useTestDatabase } from "../helpers/postgres.js";
import { ROOT, runBundle } from "../helpers/run-bundle.js";

const CASES = path.join(ROOT, "example-app/smoke-cases.json");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

let service: ChildProcess;
let serviceLog = "";
let base = "";

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline || service.exitCode !== null) {
      throw new Error(`example service did not get ready:\n${serviceLog}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Declared first, so it runs before the database is dropped: the service holds connections.
afterAll(async () => {
  if (service && service.exitCode === null) {
    const exited = new Promise((r) => service.once("exit", r));
    service.kill("SIGTERM");
    await exited;
  }
}, 60_000);
const databaseUrl = useTestDatabase();

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  service = spawn(
    process.execPath,
    [TSX, path.join(ROOT, "example-app/src/server.ts")],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        HOST: "127.0.0.1",
        MODEL_VERSION: "v1",
        DATABASE_URL: databaseUrl(),
        LOG_LEVEL: "warn",
      },
    },
  );
  service.stdout?.on("data", (d: Buffer) => (serviceLog += d.toString()));
  service.stderr?.on("data", (d: Buffer) => (serviceLog += d.toString()));
  await waitReady(base, 90_000);
}, 120_000);

/** The smoke-test bundle's inputs for the running service, with overrides. */
function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    url: `${base}/v/v1`,
    version: "v1",
    "cases-file": CASES,
    requests: "40",
    concurrency: "5",
    // Generous: this machine is shared with parallel builds; the mechanics are what is tested here.
    "p95-ms": "5000",
    "ready-timeout-seconds": "10",
    ...extra,
  };
}

async function rowsFor(table: "inputs" | "outputs"): Promise<number> {
  const { schema, [table]: name } = parseVersion("v1").tables;
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    // The service may create its tables lazily: none yet means no rows.
    const exists = await client.query<{ t: string | null }>(
      "SELECT to_regclass($1) AS t",
      [qualified(schema, name)],
    );
    if (exists.rows[0]?.t === null) return 0;
    const res = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${qualified(schema, name)}`,
    );
    return Number(res.rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe("smoke-test against the example service", () => {
  it("passes, with every smoke request logged in the version's tables", async () => {
    const before = await rowsFor("outputs");
    const started = Date.now();
    const run = await runBundle("smoke-test", {
      inputs: inputs({
        requests: "200",
        concurrency: "10",
        "database-url": databaseUrl(),
        app: "iris",
      }),
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`smoke-test bundle run: ${seconds.toFixed(2)} s\n`);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe("true");
    expect(run.outputs["error-rate"]).toBe("0.0000");
    for (const key of ["p50-ms", "p95-ms", "p99-ms"]) {
      expect(run.outputs[key]).toMatch(/^\d+\.\d\d$/);
    }
    expect(Number(run.outputs["p50-ms"])).toBeLessThanOrEqual(
      Number(run.outputs["p95-ms"]),
    );
    // 9 single cases + 1 batch of 9 + 200 load requests, one row per item.
    expect(run.outputs.report).toContain(
      "| prediction logging | 218/218 input rows, 218/218 output rows (210 requests) | all | ✅ |",
    );
    expect(run.outputs.report).toContain(
      "### Smoke test of iris v1: ✅ passed",
    );
    expect(run.summary.trim()).toBe(run.outputs.report?.trim());
    expect(await rowsFor("outputs")).toBeGreaterThanOrEqual(before + 218);
    // The database URL and its password are masked first (the runner consumes ::add-mask::) and
    // never printed otherwise.
    const lines = run.stdout.split("\n");
    const url = databaseUrl();
    const password = new URL(url).password;
    const masks = password
      ? [`::add-mask::${url}`, `::add-mask::${password}`]
      : [`::add-mask::${url}`];
    expect(lines.slice(0, masks.length)).toEqual(masks);
    const printed = lines.slice(masks.length).join("\n");
    expect(printed).not.toContain(url);
    if (password) expect(printed).not.toContain(password);
  });

  it("fails when the service answers with another version", async () => {
    const run = await runBundle("smoke-test", {
      inputs: inputs({ version: "v2" }),
    });
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe("false");
    expect(run.stdout).toContain("::error::smoke-test failed:");
    expect(run.stdout).toContain(
      'GET /ready reports model_version "v1", expected "v2"',
    );
    expect(run.stdout).toContain(
      '9 of 9 cases ("setosa typical", "setosa small", "setosa wide sepal", …): model_version is "v1", expected "v2"',
    );
    expect(run.stdout).toContain(
      '40 load responses had an x-model-version other than "v2"',
    );
  });

  it("fails on an impossible p95 and says by how much", async () => {
    const run = await runBundle("smoke-test", {
      inputs: inputs({ "p95-ms": "0.001" }),
    });
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe("false");
    expect(run.stdout).toMatch(
      /smoke-test failed: 1 check failed:%0A- p95 latency \d+\.\d\d ms exceeds p95-ms 0\.001 ms/,
    );
    expect(run.outputs["p95-ms"]).toMatch(/^\d+\.\d\d$/);
  });

  it("fails when a case's label is not what the model predicts", async () => {
    const cases = JSON.parse(readFileSync(CASES, "utf8")) as {
      name: string;
      label: string;
    }[];
    const wrong = cases.map((c) =>
      c.name === "virginica typical" ? { ...c, label: "setosa" } : c,
    );
    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), "smoke-")),
      "cases.json",
    );
    writeFileSync(file, JSON.stringify(wrong));
    const run = await runBundle("smoke-test", {
      inputs: inputs({ "cases-file": file }),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'case "virginica typical": label is "virginica", expected "setosa"',
    );
    expect(run.stdout).toContain(
      'batch request: predictions[6] ("virginica typical") is "virginica", expected "setosa"',
    );
    expect(run.outputs.report).toContain(
      "| virginica typical | setosa | virginica | v1 |",
    );
  });

  it("fails before any request on a malformed cases file, naming the case and field", async () => {
    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), "smoke-")),
      "cases.json",
    );
    writeFileSync(
      file,
      JSON.stringify([
        { name: "a", input: { sepal_length: "5.1" }, label: "setosa" },
      ]),
    );
    const run = await runBundle("smoke-test", {
      inputs: inputs({ "cases-file": file }),
    });
    expect(run.code).toBe(2); // a malformed cases file is a configuration error
    expect(run.stdout).toContain(
      `::error::smoke-test failed: cases file ${file}: case 0 ("a"): field "input.sepal_length" must be a finite number, got "5.1"`,
    );
    expect(run.outputs).toEqual({});
  });
});

describe("smoke-test against nothing", () => {
  it("times out waiting for /ready on a closed port and says the last error", async () => {
    const port = await freePort();
    const started = Date.now();
    const run = await runBundle("smoke-test", {
      inputs: {
        url: `http://127.0.0.1:${port}`,
        version: "v1",
        "ready-timeout-seconds": "2",
      },
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `smoke-test failed: 1 check failed:%0A- GET http://127.0.0.1:${port}/ready was not ready within 2 s \\(\\d+ attempts\\); last answer: .*ECONNREFUSED`,
      ),
    );
    expect(run.outputs).toEqual(
      expect.objectContaining({
        passed: "false",
        "p50-ms": "",
        "p95-ms": "",
        "p99-ms": "",
        "error-rate": "",
      }),
    );
    expect(run.summary).toContain("| ready | not ready after");
  });
});
