import pg from "pg";
import {
  ensurePredictionTables,
  migrate,
} from "../../actions/lib/db/schema.js";
import { openPool } from "../../actions/lib/db/pool.js";
import {
  getDeployment,
  recordDeployment,
} from "../../actions/lib/db/deployments.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { runBundle } from "../helpers/run-bundle.js";
import { awsHttp, tgArn } from "./aws-http.js";

const SHA = "89abcdef0123456789abcdef0123456789abcdef";
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;
let aws: Awaited<ReturnType<typeof awsHttp>>;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = openPool(db.url);
  await migrate(pool);
  aws = await awsHttp({
    app: "iris",
    versions: ["a", "b"],
    listener: { a: 50, b: 50 },
    images: { a: "sha256:aa", b: "sha256:bb", [SHA]: "sha256:bb" },
  });
});
afterAll(async () => {
  await aws.close();
  await pool.end();
  await db.drop();
});

const env = () => ({
  AWS_ENDPOINT_URL: aws.url,
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "test",
  AWS_SECRET_ACCESS_KEY: "test",
});

describe("revert bundle: bad input fails before any AWS call", () => {
  const ok = { version: "b", app: "iris" };
  it.each([
    [{ version: "" }, /input "version" is required/],
    [{ version: "b;drop table x" }, /version "b;drop table x" is not allowed/],
    [{ version: "B" }, /try "b"/],
    [{ "to-version": "../a" }, /version "..\/a" is not allowed/],
    [{ "to-version": "b" }, /"to-version" is "b", the version being reverted/],
    [
      { "drop-data": "maybe" },
      /input "drop-data" must be true or false, got "maybe"/,
    ],
    [{ force: "yes please" }, /input "force" must be true or false/],
    [{ app: "Iris_App" }, /app "Iris_App" is not allowed/],
    [
      { repository: "Bad Repo" },
      /repository "Bad Repo" is not allowed: use lowercase letters/,
    ],
    [
      { "database-url": "not a url sekret" },
      /input "database-url" is not a URL, .*\(value hidden\)/,
    ],
    [
      { "database-url": "mysql://u:sekret@h/db" },
      /must start with postgres:\/\/.*"mysql:\/\/…" \(rest hidden\)/,
    ],
  ])("%p → %p", async (change, message) => {
    const before = aws.requests.length;
    const run = await runBundle("revert", {
      inputs: { ...ok, ...change },
      env: env(),
    });
    expect(run.code).toBe(2); // a usage or configuration error
    expect(run.stdout).toMatch(/::error::revert failed: /);
    expect(run.stdout).toMatch(message);
    expect(run.stdout.replace(/::add-mask::.*/g, "")).not.toMatch(/sekret/);
    expect(aws.requests.length).toBe(before);
  });
});

describe("revert bundle against a loopback AWS endpoint and real Postgres", () => {
  beforeAll(async () => {
    for (const version of ["a", "b"]) {
      await recordDeployment(pool, {
        app: "iris",
        version,
        status: "serving",
        trafficWeight: 50,
        image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/iris:${version}`,
      });
      const names = parseVersion(version);
      await ensurePredictionTables(pool, names);
      await pool.query(
        `INSERT INTO ${qualified("predictions", names.tables.inputs)}
         SELECT 'r' || i, 0, now(), '{}' FROM generate_series(1, 25) AS i`,
      );
    }
  });

  it("takes B out: traffic to A, stack and images deleted, tables archived, row reverted", async () => {
    aws.requests.length = 0;
    const run = await runBundle("revert", {
      inputs: { version: "b", app: "iris", "database-url": db.url },
      env: env(),
    });
    expect(run.stderr).not.toMatch(/failed/);
    expect(run.code).toBe(0);
    expect(run.outputs.reverted).toBe("true");
    expect(JSON.parse(run.outputs.traffic ?? "")).toEqual({ a: 100 });
    const archived = JSON.parse(
      run.outputs["archived-tables"] ?? "",
    ) as string[];
    expect(archived).toHaveLength(2);
    expect(archived[0]).toMatch(/^predictions_archive\.b_inputs_\d{12}$/);

    const mutating = aws.requests
      .map((r) => r.action)
      .filter((a) =>
        ["ModifyListener", "DeleteStack", "BatchDeleteImage"].includes(a),
      );
    expect(mutating).toEqual([
      "ModifyListener",
      "DeleteStack",
      "BatchDeleteImage",
    ]);
    expect(aws.forward()).toEqual([{ arn: tgArn("a"), weight: 100 }]);
    expect([...aws.images.keys()]).toEqual(["a"]);
    expect(aws.stacks.get("iris-v-b")?.status).toBe("DELETE_COMPLETE");

    const table = (archived[0] ?? "").split(".")[1] ?? "";
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM ${qualified("predictions_archive", table)}`,
    );
    expect(rows[0].n).toBe(25);
    expect(await getDeployment(pool, "iris", "b")).toMatchObject({
      status: "reverted",
      archivedTables: archived,
    });
    expect(run.summary).toMatch(/## modelship revert: `b`/);
    expect(run.summary).toMatch(
      /\| 1\. traffic \| ✅ done \| was a=50, b=50; now a=100 \|/,
    );
    expect(run.summary).toMatch(
      /\| 5\. record \| ✅ done \| deployments: serving → reverted \|/,
    );
  });

  it("a second run succeeds as a no-op and says so", async () => {
    aws.requests.length = 0;
    const run = await runBundle("revert", {
      inputs: { version: "b", app: "iris", "database-url": db.url },
      env: env(),
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      reverted: "false",
      "archived-tables": "[]",
    });
    expect(JSON.parse(run.outputs.traffic ?? "")).toEqual({ a: 100 });
    expect(run.stdout).toMatch(/already reverted at/);
    expect(run.summary).toMatch(/Nothing to do: already reverted/);
    expect(aws.requests.map((r) => r.action)).not.toContain("ModifyListener");
  });

  it("refuses to take out A, now the only serving version, without force", async () => {
    const run = await runBundle("revert", {
      inputs: { version: "a", app: "iris", "database-url": db.url },
      env: env(),
    });
    expect(run.code).toBe(2); // refused: the user must choose (to-version or force)
    expect(run.stdout).toMatch(
      /"a" is the only version serving traffic \(100%(25)?\).*force: true/,
    );
    expect(aws.forward()).toEqual([{ arn: tgArn("a"), weight: 100 }]);
  });
});
