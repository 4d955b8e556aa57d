/**
 * keep-versions: after a shift to 100%, online versions past the newest N that serve no traffic
 * are reverted by the revert core (stack deleted through the service role, images deleted,
 * prediction tables archived, rows marked reverted); anything else stays.
 */
import {
  CloudFormationClient,
  DeleteStackCommand,
  ListStacksCommand,
} from "@aws-sdk/client-cloudformation";
import {
  BatchDeleteImageCommand,
  DescribeImagesCommand,
  ECRClient,
} from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { mockClient } from "aws-sdk-client-mock";
import pg from "pg";
import { deployStack } from "../../actions/lib/aws/stack.js";
import {
  versionsToRetire,
  type VersionStack,
} from "../../actions/lib/deploy/retire.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { deploy, ROLE, SHARED } from "./deploy-world.js";
import { fakeStacks } from "./fake-stacks.js";

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

  function fakeEcr() {
    const ecr = mockClient(ECRClient);
    ecr.on(DescribeImagesCommand).callsFake(({ imageIds }) => ({
      imageDetails: [
        { imageDigest: "sha256:1", imageTags: [imageIds?.[0]?.imageTag] },
      ],
    }));
    ecr.on(BatchDeleteImageCommand).callsFake(({ imageIds }) => ({
      imageIds,
      failures: [],
    }));
    return ecr;
  }

  it("reverts the online versions past the newest N after a shift to 100%, and only then", async () => {
    const aws = fakeStacks();
    mockClient(ECSClient);
    const ecr = fakeEcr();
    const common = { "database-url": db.url, "keep-versions": "2" };
    await deploy({
      ...common,
      version: "a",
      image: `${REPO}:a`,
      "shared-parameters": SHARED,
    });
    // A shadow version, older than all but "a": never retired, never counted.
    await deployStack({
      cfn: new CloudFormationClient({ region: "us-east-1" }),
      stackName: "modelship-v-s",
      templateBody: "Resources: {}",
      parameters: { ModelVersion: "s" },
      tags: { "modelship:kind": "shadow", "modelship:version": "s" },
      logger: memoryLogger(),
      pollMs: 1,
    });
    await deploy({
      ...common,
      version: "b",
      image: `${REPO}:b`,
      traffic: "b=100",
    });
    expect(aws.cfn.commandCalls(DeleteStackCommand)).toHaveLength(0);
    // A canary does not retire anything, even past the limit.
    await deploy({
      ...common,
      version: "c",
      image: `${REPO}:c`,
      traffic: "b=90,c=10",
    });
    expect(aws.cfn.commandCalls(DeleteStackCommand)).toHaveLength(0);
    const { result, logger } = await deploy({
      ...common,
      version: "c",
      image: `${REPO}:c`,
      traffic: "c=100",
    });

    expect(result.retired).toEqual(["a"]);
    expect(logger.text()).toMatch(/keep-versions 2: retiring a/);
    expect(
      aws.cfn.commandCalls(DeleteStackCommand).map((c) => c.args[0].input),
    ).toEqual([
      {
        StackName: expect.stringContaining("stack/modelship-v-a/"),
        RoleARN: ROLE,
      },
    ]);
    expect([...aws.stacks.keys()].sort()).toEqual([
      "modelship-shared",
      "modelship-v-b",
      "modelship-v-c",
      "modelship-v-s",
    ]);
    expect(
      ecr.commandCalls(BatchDeleteImageCommand).map((c) => c.args[0].input),
    ).toEqual([{ repositoryName: "iris", imageIds: [{ imageTag: "a" }] }]);

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
    const aws = fakeStacks();
    mockClient(ECSClient);
    fakeEcr();
    await deploy({
      version: "a",
      image: `${REPO}:a`,
      "shared-parameters": SHARED,
    });
    aws.cfn.on(DeleteStackCommand).rejects(new Error("Access denied"));
    const { result, logger } = await deploy({
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
  });

  it("warns when the version stacks cannot be listed: the deploy it follows stands", async () => {
    const aws = fakeStacks();
    mockClient(ECSClient);
    fakeEcr();
    aws.cfn
      .on(ListStacksCommand)
      .rejects(
        new Error("not authorized to perform: cloudformation:ListStacks"),
      );
    const { result, logger } = await deploy({
      version: "a",
      image: `${REPO}:a`,
      "shared-parameters": SHARED,
    });
    expect(result).toMatchObject({ status: "CREATE_COMPLETE", retired: [] });
    expect(logger.text()).toMatch(
      /warning: keep-versions: could not list the version stacks: ListStacks on the stacks of app modelship failed: not authorized/,
    );
  });
});
