import { fileURLToPath } from "node:url";
import { loadTemplate } from "../templates/templates.js";
import {
  DIRECT_CALLS,
  INDIRECT_CALLS,
  UNSCOPED_ACTIONS,
} from "./direct-calls.js";
import {
  actionMatches,
  grantedActions,
  isAllowed,
  type Request,
} from "./policy.js";
import { appRoles, arn, githubTrust } from "./roles.js";
import { scanSdkCalls } from "./sdk-calls.js";
import { GITHUB_ROLE_TOO, TASK_ROLE_FILES } from "./task-role-calls.js";
import { WORKER_FILES } from "./worker-calls.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// The batch and stream workers' calls are their task roles' (test/iam/worker-role.test.ts,
// test/iam/stream-role.test.ts), not the GitHub role's; but smoke-test makes the Kinesis ones too.
const CALLS = scanSdkCalls(ROOT).filter(
  (c) =>
    !WORKER_FILES.includes(c.file) &&
    (!TASK_ROLE_FILES.has(c.file) || GITHUB_ROLE_TOO.has(c.file)),
);
const SENT = [...new Set(CALLS.map((c) => c.action))].sort();

// The types the service role deploys: what the change sets may list in ResourceTypes.
const DEPLOYED_TYPES = [
  ...new Set(
    ["shared.yml", "version.yml", "batch.yml", "stream.yml"].flatMap((name) =>
      Object.values(
        loadTemplate(name).Resources as Record<string, { Type: string }>,
      ).map((r) => r.Type),
    ),
  ),
].sort();

const ML = appRoles("ml");
const describeRequest = (r: Request) => `${r.action} on ${r.resource}`;

describe("IAM coverage: the GitHub role and the SDK calls of the actions", () => {
  it("finds the SDK calls the actions make (the scan works)", () => {
    expect(SENT).toEqual(
      expect.arrayContaining([
        "cloudformation:CreateChangeSet",
        "cloudformation:CancelUpdateStack",
        "ecs:DescribeServices",
        "elasticloadbalancing:ModifyListener",
        "ecr:BatchDeleteImage",
      ]),
    );
    expect(
      CALLS.every(
        (c) => c.file.startsWith("actions/") && !c.file.includes("dist"),
      ),
    ).toBe(true);
  });

  it.each(SENT)("grants %s on the resources the code sends it to", (action) => {
    const build = DIRECT_CALLS[action];
    if (!build) {
      const where = CALLS.filter((c) => c.action === action).map((c) => c.file);
      throw new Error(
        `${action} (sent from ${[...new Set(where)].join(", ")}) has no entry in test/iam/direct-calls.ts: add the resource it acts on, then grant it in stack-templates/github-oidc-role.yml`,
      );
    }
    const denied = build(ML, DEPLOYED_TYPES).filter(
      (r) => !isAllowed(ML.github, r),
    );
    expect(denied.map(describeRequest)).toEqual([]);
  });

  it.each(Object.keys(INDIRECT_CALLS))(
    "grants %s, which the code needs without an SDK call",
    (action) => {
      expect(SENT).not.toContain(action); // once the code sends it, the entry is stale
      const denied = (DIRECT_CALLS[action]?.(ML, DEPLOYED_TYPES) ?? []).filter(
        (r) => !isAllowed(ML.github, r),
      );
      expect(denied.map(describeRequest)).toEqual([]);
    },
  );

  it("grants nothing beyond those calls", () => {
    const needed = new Set([...SENT, ...Object.keys(INDIRECT_CALLS)]);
    const extra = grantedActions(ML.github).filter(
      (granted) => ![...needed].some((a) => actionMatches(granted, a)),
    );
    expect(extra).toEqual([]);
    const wildcards = grantedActions(ML.github).filter((a) => a.includes("*"));
    expect(wildcards).toEqual([]);
  });

  it("includes CancelUpdateStack and ContinueUpdateRollback", () => {
    for (const action of [
      "cloudformation:CancelUpdateStack",
      "cloudformation:ContinueUpdateRollback",
    ]) {
      const requests = DIRECT_CALLS[action]?.(ML, DEPLOYED_TYPES) ?? [];
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.every((r) => isAllowed(ML.github, r))).toBe(true);
    }
  });
});

describe("the GitHub role cannot escalate", () => {
  const request = (
    action: string,
    resource: string,
    context?: Request["context"],
  ) => ({ action, resource, context });
  const stack =
    "arn:aws:cloudformation:eu-west-1:111122223333:stack/ml-v-1--2/0d3c6e70-1a2b-11ef-9c3d-0a1b2c3d4e5f";

  it.each([
    [
      "a change set without the service role (its own credentials)",
      request("cloudformation:CreateChangeSet", stack, {
        "cloudformation:ResourceTypes": DEPLOYED_TYPES,
      }),
    ],
    [
      "a change set with another role",
      request("cloudformation:CreateChangeSet", stack, {
        "cloudformation:RoleArn": "arn:aws:iam::111122223333:role/admin",
        "cloudformation:ResourceTypes": DEPLOYED_TYPES,
      }),
    ],
    [
      "a change set without ResourceTypes",
      request("cloudformation:CreateChangeSet", stack, {
        "cloudformation:RoleArn": ML.serviceRoleArn,
      }),
    ],
    [
      "a change set with a custom resource",
      request("cloudformation:CreateChangeSet", stack, {
        "cloudformation:RoleArn": ML.serviceRoleArn,
        "cloudformation:ResourceTypes": [...DEPLOYED_TYPES, "Custom::Anything"],
      }),
    ],
    [
      "a change set with a nested stack",
      request("cloudformation:CreateChangeSet", stack, {
        "cloudformation:RoleArn": ML.serviceRoleArn,
        "cloudformation:ResourceTypes": ["AWS::CloudFormation::Stack"],
      }),
    ],
    [
      "deleting a stack under its own credentials",
      request("cloudformation:DeleteStack", stack),
    ],
    [
      "passing the service role to another service",
      request("iam:PassRole", ML.serviceRoleArn, {
        "iam:PassedToService": "lambda.amazonaws.com",
      }),
    ],
    [
      "passing the task role",
      request(
        "iam:PassRole",
        "arn:aws:iam::111122223333:role/modelship/ml/ml-shared-task",
        { "iam:PassedToService": "ecs-tasks.amazonaws.com" },
      ),
    ],
    [
      "creating a role",
      request(
        "iam:CreateRole",
        "arn:aws:iam::111122223333:role/modelship/ml/x",
      ),
    ],
    [
      "writing a role policy",
      request(
        "iam:PutRolePolicy",
        "arn:aws:iam::111122223333:role/modelship/ml/ml-shared-task",
      ),
    ],
    [
      "changing its own trust",
      request(
        "iam:UpdateAssumeRolePolicy",
        "arn:aws:iam::111122223333:role/ml-github-deploy",
      ),
    ],
    [
      "attaching a managed policy",
      request(
        "iam:AttachRolePolicy",
        "arn:aws:iam::111122223333:role/ml-github-deploy",
      ),
    ],
    [
      "a new version of the boundary",
      request("iam:CreatePolicyVersion", ML.boundaryArn),
    ],
    [
      "registering a task definition",
      request("ecs:RegisterTaskDefinition", "*"),
    ],
    ["running a task", request("ecs:RunTask", "*")],
    [
      "updating a service",
      request(
        "ecs:UpdateService",
        "arn:aws:ecs:eu-west-1:111122223333:service/ml/x",
      ),
    ],
    [
      "assuming another role",
      request(
        "sts:AssumeRole",
        "arn:aws:iam::111122223333:role/ml-cloudformation",
      ),
    ],
  ])("refuses %s", (_name, denied) => {
    expect(isAllowed(ML.github, denied)).toBe(false);
  });

  it("trusts only the repository's production environment by default", () => {
    const [statement] = githubTrust("ml");
    expect(statement?.Condition).toEqual({
      StringEquals: {
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
      },
      StringLike: {
        "token.actions.githubusercontent.com:sub":
          "repo:octo/models:environment:production",
      },
    });
  });
});

describe("one app's GitHub role never reaches another app", () => {
  const pairs = [
    ["ml", "ml-prod"],
    ["ml-prod", "ml"],
    ["ml", "ml-v2"],
    ["ml-shared", "ml"],
  ] as const;

  it.each(pairs)("%s's role against %s's resources", (mine, theirs) => {
    const me = appRoles(mine);
    const them = appRoles(theirs);
    const reached = Object.entries(DIRECT_CALLS)
      .filter(([action]) => !UNSCOPED_ACTIONS.has(action))
      .flatMap(([, build]) => build(them, DEPLOYED_TYPES))
      .map((r) =>
        r.context?.["cloudformation:RoleArn"]
          ? {
              ...r,
              context: {
                ...r.context,
                "cloudformation:RoleArn": me.serviceRoleArn,
              },
            }
          : r,
      )
      .filter((r) => isAllowed(me.github, r));
    expect(reached.map(describeRequest)).toEqual([]);
  });
});

describe("the GitHub role and a stream version's own streams (role stack parameters)", () => {
  const stream = (name: string) => arn("kinesis", `stream/${name}`);
  const READS = ["ListShards", "GetShardIterator", "GetRecords"];
  const NAMED = appRoles("ml", "production", {
    InputStreamName: "rides",
    OutputStreamName: "ml-tips",
  });

  it("lets smoke-test put its cases on an existing input stream, and only there", () => {
    const put = (name: string) =>
      isAllowed(NAMED.github, {
        action: "kinesis:PutRecords",
        resource: stream(name),
      });
    expect([put("rides"), put("ml-events"), put("payments")]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it.each(READS)("lets smoke-test %s the named output stream", (operation) => {
    const read = (name: string) =>
      isAllowed(NAMED.github, {
        action: `kinesis:${operation}`,
        resource: stream(name),
      });
    expect([read("ml-tips"), read("ml-decisions"), read("rides")]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("scopes the defaults to the environment's names outside production", () => {
    const staging = appRoles("ml", "staging");
    const allowed = (action: string, name: string) =>
      isAllowed(staging.github, { action, resource: stream(name) });
    expect([
      allowed("kinesis:PutRecords", "ml--staging-events"),
      allowed("kinesis:GetRecords", "ml--staging-decisions"),
      allowed("kinesis:PutRecords", "ml-events"),
      allowed("kinesis:GetRecords", "ml-decisions"),
    ]).toEqual([true, true, false, false]);
  });
});
