import {
  getDeployment,
  markReverted,
  recordDeployment,
} from "../../actions/lib/db/deployments.js";
import { ensurePredictionTables } from "../../actions/lib/db/schema.js";
import { parseVersion, qualified } from "../../actions/lib/version.js";
import {
  AwsWorld,
  awsEndpoint,
  type AwsEndpoint,
  type AwsSeed,
} from "../helpers/fake-aws/index.js";
import { usePool } from "../helpers/postgres.js";
import { runBundle } from "../helpers/run-bundle.js";
import { IMAGE, SHA } from "./fixture.js";

// Each test its own fake AWS on loopback HTTP (the bundle's AWS_ENDPOINT_URL).
let aws: AwsWorld;
let endpoint: AwsEndpoint;
afterEach(() => endpoint?.close());

async function startAws(seed: AwsSeed): Promise<void> {
  aws = new AwsWorld({ app: "iris", ...seed });
  endpoint = await awsEndpoint(aws);
}

const revert = (inputs: Record<string, string>) =>
  runBundle("revert", {
    inputs: { app: "iris", ...inputs },
    env: endpoint.env,
  });

describe("revert bundle: bad input fails before any AWS call", () => {
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
    await startAws({ versions: ["a", "b"], traffic: { a: 50, b: 50 } });
    const run = await revert({ version: "b", ...change });
    expect(run.code).toBe(2); // a usage or configuration error
    expect(run.stdout).toMatch(/::error::revert failed: /);
    expect(run.stdout).toMatch(message);
    expect(run.stdout.replace(/::add-mask::.*/g, "")).not.toMatch(/sekret/);
    expect(aws.requests).toEqual([]);
  });
});

describe("revert bundle against a loopback AWS endpoint and real Postgres", () => {
  // Each test its own database too.
  const pool = usePool({ per: "each" });
  const revertWithDb = (inputs: Record<string, string>) =>
    revert({ "database-url": pool.url(), ...inputs });

  /** Records `version` as serving `weight`, with 25 logged requests in its live tables. */
  async function serving(version: string, weight: number): Promise<void> {
    await recordDeployment(pool(), {
      app: "iris",
      version,
      status: "serving",
      trafficWeight: weight,
      image: IMAGE(version),
    });
    const names = parseVersion(version);
    await ensurePredictionTables(pool(), names);
    await pool().query(
      `INSERT INTO ${qualified("predictions", names.tables.inputs)}
     SELECT 'r' || i, 0, now(), '{}' FROM generate_series(1, 25) AS i`,
    );
  }

  it("takes B out: traffic to A, stack and images deleted, tables archived, row reverted", async () => {
    await startAws({
      versions: ["a", "b"],
      traffic: { a: 50, b: 50 },
      images: {
        "iris:a": "sha256:aa",
        "iris:b": "sha256:bb",
        [`iris:${SHA}`]: "sha256:bb",
      },
    });
    await serving("a", 50);
    await serving("b", 50);
    const run = await revertWithDb({ version: "b" });
    expect(run.stderr).not.toMatch(/failed/);
    expect(run.code).toBe(0);
    expect(run.outputs.reverted).toBe("true");
    expect(JSON.parse(run.outputs.traffic ?? "")).toEqual({ a: 100 });
    const archived = JSON.parse(
      run.outputs["archived-tables"] ?? "",
    ) as string[];
    expect(archived).toHaveLength(2);
    expect(archived[0]).toMatch(/^predictions_archive\.b_inputs_\d{12}$/);

    expect(aws.changes).toEqual([
      "ModifyListener http",
      "DeleteStack iris-v-b",
      `BatchDeleteImage iris:b iris:${SHA}`,
    ]);
    expect(aws.split()).toEqual({ a: 100 });
    expect(aws.imageTags("iris")).toEqual(["a"]);
    expect(aws.findStack("iris-v-b")).toBeUndefined();
    expect(aws.stacks.find((s) => s.name === "iris-v-b")?.status).toBe(
      "DELETE_COMPLETE",
    );

    const table = (archived[0] ?? "").split(".")[1] ?? "";
    const { rows } = await pool().query(
      `SELECT count(*)::int AS n FROM ${qualified("predictions_archive", table)}`,
    );
    expect(rows[0].n).toBe(25);
    expect(await getDeployment(pool(), "iris", "b")).toMatchObject({
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

  it("succeeds as a no-op, and says so, for a version already reverted", async () => {
    await startAws({ versions: ["a"], traffic: { a: 100 } });
    await serving("a", 100);
    await recordDeployment(pool(), {
      app: "iris",
      version: "b",
      status: "serving",
    });
    await markReverted(pool(), "iris", "b", []);
    const run = await revertWithDb({ version: "b" });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      reverted: "false",
      "archived-tables": "[]",
    });
    expect(JSON.parse(run.outputs.traffic ?? "")).toEqual({ a: 100 });
    expect(run.stdout).toMatch(/already reverted at/);
    expect(run.summary).toMatch(/Nothing to do: already reverted/);
    expect(aws.changes).toEqual([]);
  });

  it("refuses to take out the only serving version without force", async () => {
    await startAws({ versions: ["a"], traffic: { a: 100 } });
    await serving("a", 100);
    const run = await revertWithDb({ version: "a" });
    expect(run.code).toBe(2); // refused: the user must choose (to-version or force)
    expect(run.stdout).toMatch(
      /"a" is the only version serving traffic \(100%(25)?\).*force: true/,
    );
    expect(aws.changes).toEqual([]);
    expect(aws.split()).toEqual({ a: 100 });
  });
});
