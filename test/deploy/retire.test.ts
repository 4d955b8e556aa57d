/**
 * keep-versions: after a shift to 100%, online versions past the newest N that serve no traffic
 * are reverted by the revert core (stack deleted through the service role, images deleted,
 * prediction tables archived, rows marked reverted); anything else stays.
 */
import type { DeleteStackCommandInput } from "@aws-sdk/client-cloudformation";
import type { BatchDeleteImageCommandInput } from "@aws-sdk/client-ecr";
import pg from "pg";
import {
  versionsToRetire,
  type VersionStack,
} from "../../actions/lib/deploy/retire.js";
import type { AwsSeed } from "../helpers/fake-aws/index.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { deployFixture, LB_SHARED_PARAMETERS, ROLE_ARN } from "./fixture.js";

const REPO = "123456789012.dkr.ecr.us-east-1.amazonaws.com/iris";
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
const stack = (
  version: string,
  minute: number,
  kind = "online",
): VersionStack => ({
  version,
  createdAt: at(minute),
  kind,
});

describe("versionsToRetire", () => {
  const five = [
    stack("v1", 1),
    stack("v2", 2),
    stack("v3", 3),
    stack("v4", 4),
    stack("v5", 5),
  ];

  it.each([
    ["keeps the newest 3, retires the rest", five, "v5=100", 3, ["v2", "v1"]],
    ["keeps everything within the limit", five.slice(0, 3), "v3=100", 3, []],
    ["never retires a version with traffic", five, "v5=90,v1=10", 3, ["v2"]],
    [
      "a weight of 0 counts as no traffic",
      five,
      "v5=100,v2=0",
      3,
      ["v2", "v1"],
    ],
    [
      "keep 1 leaves only the newest",
      five,
      "v5=100",
      1,
      ["v4", "v3", "v2", "v1"],
    ],
    [
      "orders by creation, not by name",
      [stack("b", 1), stack("a", 2)],
      "a=100",
      1,
      ["b"],
    ],
    [
      "never retires shadow, batch or stream versions, nor counts them",
      [
        stack("s", 0, "shadow"),
        stack("b", 1, "batch"),
        stack("x", 2, "stream"),
        stack("v1", 3),
        stack("v2", 4),
      ],
      "v2=100",
      1,
      ["v1"],
    ],
  ])("%s", (_name, stacks, split, keep, expected) => {
    const traffic = new Map(
      split.split(",").map((pair) => {
        const [v, w] = pair.split("=");
        return [v ?? "", Number(w)] as [string, number];
      }),
    );
    expect(versionsToRetire(stacks, traffic, keep)).toEqual(expected);
  });
});

describe("keep-versions on a deploy", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  /** No shared stack yet; each version's image in the `iris` repository, a digest of its own. */
  const seed: AwsSeed = {
    shared: false,
    images: {
      "iris:a": `sha256:${"a".repeat(64)}`,
      "iris:b": `sha256:${"b".repeat(64)}`,
      "iris:c": `sha256:${"c".repeat(64)}`,
    },
  };

  it("reverts the online versions past the newest N after a shift to 100%, and only then", async () => {
    const { aws, deploy } = deployFixture(seed);
    const common = { "database-url": db.url, "keep-versions": "2" };
    await deploy.asRepository({
      ...common,
      version: "a",
      image: `${REPO}:a`,
      "shared-parameters": LB_SHARED_PARAMETERS,
    });
    // A shadow version, older than all but "a": never retired, never counted.
    await deploy.stack({
      overrides: {
        stackName: "modelship-v-s",
        parameters: { ModelVersion: "s" },
        tags: { "modelship:kind": "shadow", "modelship:version": "s" },
      },
    }).run;
    await deploy.asRepository({
      ...common,
      version: "b",
      image: `${REPO}:b`,
      traffic: "b=100",
    });
    expect(aws.actions()).not.toContain("DeleteStack");
    // A canary does not retire anything, even past the limit.
    await deploy.asRepository({
      ...common,
      version: "c",
      image: `${REPO}:c`,
      traffic: "b=90,c=10",
    });
    expect(aws.actions()).not.toContain("DeleteStack");
    const { result, logger } = await deploy.asRepository({
      ...common,
      version: "c",
      image: `${REPO}:c`,
      traffic: "c=100",
    });

    expect(result.retired).toEqual(["a"]);
    expect(logger.text()).toMatch(/keep-versions 2: retiring a/);
    expect(aws.inputsOf<DeleteStackCommandInput>("DeleteStack")).toEqual([
      {
        StackName: expect.stringContaining("stack/modelship-v-a/"),
        RoleARN: ROLE_ARN,
      },
    ]);
    expect(
      aws
        .liveStacks()
        .map((stack) => stack.name)
        .sort(),
    ).toEqual([
      "modelship-shared",
      "modelship-v-b",
      "modelship-v-c",
      "modelship-v-s",
    ]);
    expect(
      aws.inputsOf<BatchDeleteImageCommandInput>("BatchDeleteImage"),
    ).toEqual([{ repositoryName: "iris", imageIds: [{ imageTag: "a" }] }]);
    expect(aws.imageTags("iris")).toEqual(["b", "c"]);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const rows = await client.query(
        "SELECT version, status, archived_tables FROM deployments ORDER BY version",
      );
      expect(rows.rows.map((r) => [r.version, r.status])).toEqual([
        ["a", "reverted"],
        ["b", "serving"],
        ["c", "serving"],
      ]);
      expect(rows.rows[0]?.archived_tables).toHaveLength(2);
      const live = await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'predictions' AND table_name <> 'feedback' ORDER BY 1",
      );
      expect(live.rows.map((r) => r.table_name)).toEqual([
        "b_inputs",
        "b_outputs",
        "c_inputs",
        "c_outputs",
      ]);
    } finally {
      await client.end();
    }
  });

  it("warns and keeps the deploy a success when a version cannot be retired", async () => {
    const { aws, deploy } = deployFixture(seed);
    await deploy.asRepository({
      version: "a",
      image: `${REPO}:a`,
      "shared-parameters": LB_SHARED_PARAMETERS,
    });
    aws.before("DeleteStack", () => {
      throw new Error("Access denied");
    });
    const { result, logger } = await deploy.asRepository({
      version: "b",
      image: `${REPO}:b`,
      "keep-versions": "1",
    });
    expect(result).toMatchObject({ status: "CREATE_COMPLETE", retired: [] });
    expect(
      logger.entries.find(
        (e) => e.level === "warning" && /could not retire a/.test(e.message),
      )?.message,
    ).toMatch(/DeleteStack on stack modelship-v-a failed: Access denied/);
    expect(aws.findStack("modelship-v-a")?.status).toBe("CREATE_COMPLETE");
  });

  it("warns when the version stacks cannot be listed: the deploy it follows stands", async () => {
    const { aws, deploy } = deployFixture(seed);
    aws.before("ListStacks", () => {
      throw new Error("not authorized to perform: cloudformation:ListStacks");
    });
    const { result, logger } = await deploy.asRepository({
      version: "a",
      image: `${REPO}:a`,
      "shared-parameters": LB_SHARED_PARAMETERS,
    });
    expect(result).toMatchObject({ status: "CREATE_COMPLETE", retired: [] });
    expect(logger.text()).toMatch(
      /warning: keep-versions: could not list the version stacks: ListStacks on the stacks of app modelship failed: not authorized/,
    );
  });
});
