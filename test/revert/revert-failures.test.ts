import { tagsToDelete } from "../../actions/lib/aws/ecr-cleanup.js";
import {
  getDeployment,
  recordDeployment,
} from "../../actions/lib/db/deployments.js";
import { ecrRepositoryOf } from "../../actions/lib/image/names.js";
import { RevertError } from "../../actions/lib/revert/core.js";
import { awsError } from "../helpers/fake-aws/index.js";
import { usePool } from "../helpers/postgres.js";
import { liveTables, revertFixture, SHA } from "./fixture.js";

const pool = usePool();

describe("failures and options", () => {
  it("names the call and resource of an AWS failure and keeps the steps that ran", async () => {
    const { aws, run } = revertFixture(pool, {
      app: "fail",
      versions: ["a", "b"],
      traffic: { a: 50, b: 50 },
    });
    await recordDeployment(pool(), {
      app: "fail",
      version: "b",
      status: "serving",
      trafficWeight: 50,
    });
    aws.before("DeleteStack", () => {
      throw awsError("AccessDenied", "User is not authorized");
    });
    const error = await run({ version: "b" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevertError);
    expect((error as Error).message).toBe(
      "DeleteStack on stack fail-v-b failed: User is not authorized",
    );
    expect(
      (error as RevertError).steps.map((s) => [s.step, s.outcome]),
    ).toEqual([
      ["traffic", "done"],
      ["stack", "failed"],
    ]);
    expect((await getDeployment(pool(), "fail", "b"))?.status).toBe("serving");
    expect(aws.changes).toEqual(["ModifyListener http"]);
    expect(aws.findStack("fail-v-b")?.status).toBe("CREATE_COMPLETE");
  });

  it("drop-data drops the live tables instead of archiving them", async () => {
    const { run } = revertFixture(pool, {
      app: "drop",
      versions: ["d1", "d2"],
      traffic: { d1: 50, d2: 50 },
    });
    await liveTables(pool(), "d2", 3);
    const result = await run({ version: "d2", dropData: true });
    expect(result.archivedTables).toEqual([]);
    expect(result.droppedTables).toEqual([
      "predictions.d2_inputs",
      "predictions.d2_outputs",
    ]);
    expect(result.steps[3]?.detail).toMatch(/dropped \(drop-data: true\)/);
  });

  it("refuses a to-version that deployments marks as reverted", async () => {
    const { aws, run } = revertFixture(pool, {
      app: "tv",
      versions: ["x", "y"],
      traffic: { x: 50, y: 50 },
    });
    await recordDeployment(pool(), {
      app: "tv",
      version: "x",
      status: "reverted",
    });
    await expect(run({ version: "y", toVersion: "x" })).rejects.toThrow(
      /to-version "x" is reverted/,
    );
    expect(aws.changes).toEqual([]);
  });
});

describe("pure helpers", () => {
  it.each([
    [
      ["v2", SHA],
      ["v2", SHA],
    ],
    [["v2"], ["v2"]],
    [["v2", "v3", SHA], ["v2"]], // the image still serves v3: its commit tag stays
  ])("tags of %p to delete for v2: %p", (tags, expected) => {
    expect(tagsToDelete("v2", tags)).toEqual(expected);
  });

  it.each([
    ["123456789012.dkr.ecr.us-east-1.amazonaws.com/iris:v1", "iris"],
    [
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/iris@sha256:ab",
      "team/iris",
    ],
    ["ghcr.io/org/iris:v1", undefined],
    [null, undefined],
  ])("ECR repository of %p is %p", (image, expected) => {
    expect(ecrRepositoryOf(image)).toBe(expected);
  });
});
