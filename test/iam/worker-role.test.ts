import { fileURLToPath } from "node:url";
import {
  evaluateTemplate,
  isObject,
  type CfnObject,
} from "../../.ci/cfn/evaluate.js";
import { loadTemplate } from "../templates/templates.js";
import { isAllowed, type Request, type Statement } from "./policy.js";
import { ACCOUNT, appRoles, arn, PSEUDO } from "./roles.js";
import { scanSdkCalls } from "./sdk-calls.js";
import { WORKER_CALLS, WORKER_FILES } from "./worker-calls.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CALLS = scanSdkCalls(ROOT).filter((c) => WORKER_FILES.includes(c.file));
const SENT = [...new Set(CALLS.map((c) => c.action))].sort();
const describeRequest = (r: Request) => `${r.action} on ${r.resource}`;

/** batch.yml's WorkerRole for version 1.2 of `app`, bounded as the service role must create it. */
function workerRole(app: string) {
  const queues: Record<string, string> = {
    InboxQueue: arn("sqs", `${app}-v-1--2-InboxQueue-Ab12Cd34`),
    DeadLetterQueue: arn("sqs", `${app}-v-1--2-DeadLetterQueue-Ab12Cd34`),
  };
  const { resources } = evaluateTemplate(loadTemplate("batch.yml"), {
    parameters: {
      AppName: app,
      ModelVersion: "1.2",
      VersionSlug: "1--2",
      BatchBucketName: `${app}-${ACCOUNT}-eu-west-1`,
    },
    pseudo: PSEUDO,
    getAtt: (id, attribute) => (attribute === "Arn" ? queues[id] : undefined),
  });
  const role = resources.WorkerRole?.Properties as CfnObject;
  const statements = (Array.isArray(role.Policies) ? role.Policies : [])
    .filter(isObject)
    .flatMap((p) =>
      isObject(p.PolicyDocument) ? p.PolicyDocument.Statement : [],
    )
    .filter(isObject) as unknown as Statement[];
  return { statements, boundary: appRoles(app).boundary };
}

describe("IAM coverage: the batch worker's task role", () => {
  it("finds the worker's SDK calls (the scan works)", () => {
    expect(SENT).toEqual(
      expect.arrayContaining([
        "sqs:ReceiveMessage",
        "s3:GetObject",
        "s3:PutObject",
      ]),
    );
  });

  it.each(SENT)("grants %s within the boundary", (action) => {
    const build = WORKER_CALLS[action];
    if (!build)
      throw new Error(
        `${action} has no entry in test/iam/worker-calls.ts: add the resource it acts on`,
      );
    const denied = build("ml").filter((r) => !isAllowed(workerRole("ml"), r));
    expect(denied.map(describeRequest)).toEqual([]);
  });

  it("lists no call the worker no longer sends", () => {
    expect(Object.keys(WORKER_CALLS).sort()).toEqual(SENT);
  });

  it.each([
    [
      "another version's outputs",
      "s3:PutObject",
      "arn:aws:s3:::ml-111122223333-eu-west-1/outputs/2.0/x.csv",
    ],
    [
      "the inbox",
      "s3:PutObject",
      "arn:aws:s3:::ml-111122223333-eu-west-1/inbox/1.2/x.csv",
    ],
    [
      "another app's bucket",
      "s3:GetObject",
      "arn:aws:s3:::ml-prod-111122223333-eu-west-1/inbox/x.csv",
    ],
    [
      "another version's queue",
      "sqs:ReceiveMessage",
      arn("sqs", "ml-v-2--0-InboxQueue-Zz"),
    ],
    [
      "deleting objects",
      "s3:DeleteObject",
      "arn:aws:s3:::ml-111122223333-eu-west-1/inbox/1.2/x.csv",
    ],
  ])("refuses %s", (_name, action, resource) => {
    expect(isAllowed(workerRole("ml"), { action, resource })).toBe(false);
  });
});
