// The stream version's task role (stack-templates/stream.yml, WorkerTaskRole) against the Kinesis
// calls the stream worker sends: each is allowed on the stream it is meant for, within the app's
// permissions boundary, and nothing reaches another stream (least privilege).
import { evaluateTemplate, type CfnObject } from "../../.ci/cfn/evaluate.js";
import { fileURLToPath } from "node:url";
import { loadTemplate } from "../templates/templates.js";
import { isAllowed, type Statement } from "./policy.js";
import { appRoles, arn, PSEUDO } from "./roles.js";
import { scanSdkCalls } from "./sdk-calls.js";
import { TASK_ROLE_FILES } from "./task-role-calls.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WORKER_CALLS = [
  ...new Set(
    scanSdkCalls(ROOT)
      .filter((c) => TASK_ROLE_FILES.has(c.file))
      .map((c) => c.action),
  ),
].sort();
const WRITES = new Set(["kinesis:PutRecords"]);
const stream = (name: string) => arn("kinesis", `stream/${name}`);

function workerRole(app: string, parameters: Record<string, string> = {}) {
  const { resources } = evaluateTemplate(loadTemplate("stream.yml"), {
    parameters: {
      AppName: app,
      ModelVersion: "v3",
      VersionSlug: "v3",
      ...parameters,
    },
    pseudo: PSEUDO,
  });
  const role = resources.WorkerTaskRole?.Properties as CfnObject;
  const statements = (
    role.Policies as unknown as { PolicyDocument: { Statement: Statement[] } }[]
  ).flatMap((p) => p.PolicyDocument.Statement);
  return { statements, boundary: appRoles(app).boundary };
}

describe("IAM coverage: the stream worker's task role", () => {
  it("finds the worker's Kinesis calls (the scan works)", () => {
    expect(WORKER_CALLS).toEqual([
      "kinesis:GetRecords",
      "kinesis:GetShardIterator",
      "kinesis:ListShards",
      "kinesis:PutRecords",
    ]);
  });

  it.each(WORKER_CALLS)(
    "allows %s on its stream, within the boundary",
    (action) => {
      const role = workerRole("ml");
      const target = WRITES.has(action)
        ? stream("ml-decisions")
        : stream("ml-events");
      expect(isAllowed(role, { action, resource: target })).toBe(true);
    },
  );

  it.each(WORKER_CALLS)(
    "allows %s on an existing input stream given by name",
    (action) => {
      const role = workerRole("ml", {
        InputStreamName: "rides",
        OutputStreamName: "ml-tips",
      });
      const target = WRITES.has(action) ? stream("ml-tips") : stream("rides");
      expect(isAllowed(role, { action, resource: target })).toBe(true);
    },
  );

  it.each([
    [
      "reading another app's stream",
      "kinesis:GetRecords",
      stream("ml-prod-events"),
    ],
    ["reading its own output", "kinesis:GetRecords", stream("ml-decisions")],
    ["writing to its input", "kinesis:PutRecords", stream("ml-events")],
    [
      "writing to another app's stream",
      "kinesis:PutRecords",
      stream("ml-prod-decisions"),
    ],
    ["deleting its stream", "kinesis:DeleteStream", stream("ml-events")],
    [
      "another region's stream",
      "kinesis:GetRecords",
      arn("kinesis", "stream/ml-events", "us-east-1"),
    ],
  ])("refuses %s", (_name, action, resource) => {
    expect(isAllowed(workerRole("ml"), { action, resource })).toBe(false);
  });

  it("the boundary caps a role that would write outside the app's streams", () => {
    const role = workerRole("ml", { OutputStreamName: "shared-decisions" });
    const request = {
      action: "kinesis:PutRecords",
      resource: stream("shared-decisions"),
    };
    expect(isAllowed({ statements: role.statements }, request)).toBe(true);
    expect(isAllowed(role, request)).toBe(false);
  });
});
