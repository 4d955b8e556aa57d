import type { CfnValue } from "../../actions/lib/deploy/cfn-yaml.js";
import { loadTemplate, TEMPLATE_NAMES } from "../templates/templates.js";
import { isAllowed, type Request, type Statement } from "./policy.js";
import { RESOURCE_TYPE_NEEDS } from "./resource-types.js";
import { ACCOUNT, appRoles, arn, secretArn } from "./roles.js";

type Obj = { [key: string]: CfnValue };
const templates = TEMPLATE_NAMES.map((name) => ({
  name,
  template: loadTemplate(name),
}));
const deployedBy = (t: Obj) =>
  ((t.Metadata as Obj)?.modelship as Obj)?.["deployed-by"];
const typesOf = (t: Obj) =>
  Object.values(t.Resources as Record<string, { Type: string }>).map(
    (r) => r.Type,
  );

const SERVICE_ROLE_TYPES = [
  ...new Set(
    templates
      .filter(({ template }) => deployedBy(template) === "service-role")
      .flatMap(({ template }) => typesOf(template)),
  ),
].sort();
const ML = appRoles("ml");
const describeRequest = (r: Request) => `${r.action} on ${r.resource}`;

describe("IAM coverage: the CloudFormation service role and the templates' resource types", () => {
  it("knows who deploys each template", () => {
    expect(
      templates.map(({ name, template }) => [name, deployedBy(template)]),
    ).toEqual([
      ["shared.yml", "service-role"],
      ["version.yml", "service-role"],
      ["batch.yml", "service-role"],
      ["github-oidc-role.yml", "administrator"],
    ]);
  });

  it.each(SERVICE_ROLE_TYPES)("covers %s, scoped to the app", (type) => {
    const needs = RESOURCE_TYPE_NEEDS[type];
    if (!needs)
      throw new Error(
        `${type} is in a template, but test/iam/resource-types.ts says nothing of what its handler calls: add it, then grant it to the service role`,
      );
    const denied = needs("ml", ML.boundaryArn).filter(
      (r) => !isAllowed(ML.service, r),
    );
    expect(denied.map(describeRequest)).toEqual([]);
  });

  it("lets change sets list exactly the types the service role covers", () => {
    const createChangeSet = ML.github.statements.find(
      (s) => s.Sid === "ChangeSetsThroughTheServiceRole",
    );
    const listed =
      createChangeSet?.Condition?.["ForAllValues:StringEquals"]?.[
        "cloudformation:ResourceTypes"
      ];
    expect([...(listed as string[])].sort()).toEqual(SERVICE_ROLE_TYPES);
    expect(Object.keys(RESOURCE_TYPE_NEEDS).sort()).toEqual(SERVICE_ROLE_TYPES);
  });

  it.each([
    ["ml", "ml-prod"],
    ["ml-prod", "ml"],
    ["ml", "ml-v2"],
  ])(
    "%s's service role never reaches %s's named or tagged resources",
    (mine, theirs) => {
      const me = appRoles(mine);
      const reached = Object.values(RESOURCE_TYPE_NEEDS)
        .flatMap((needs) => needs(theirs, appRoles(theirs).boundaryArn))
        .filter((r) => r.resource !== "*" && !r.resource.includes(":vpc/"))
        .filter((r) => isAllowed(me.service, r));
      expect(reached.map(describeRequest)).toEqual([]);
    },
  );
});

describe("the service role has no path to admin", () => {
  const role = (path: string) => `arn:aws:iam::${ACCOUNT}:role/${path}`;
  const request = (
    action: string,
    resource: string,
    context?: Request["context"],
  ): Request => ({ action, resource, context });

  it.each([
    [
      "a role without the boundary",
      request("iam:CreateRole", role("modelship/ml/x")),
    ],
    [
      "a role with another boundary",
      request("iam:CreateRole", role("modelship/ml/x"), {
        "iam:PermissionsBoundary": `arn:aws:iam::${ACCOUNT}:policy/open`,
      }),
    ],
    [
      "a bounded role outside the app's path",
      request("iam:CreateRole", role("ml-admin"), {
        "iam:PermissionsBoundary": ML.boundaryArn,
      }),
    ],
    [
      "a bounded role in another app's path",
      request("iam:CreateRole", role("modelship/ml-prod/x"), {
        "iam:PermissionsBoundary": ML.boundaryArn,
      }),
    ],
    [
      "a policy on a role without the boundary",
      request("iam:PutRolePolicy", role("modelship/ml/x")),
    ],
    [
      "removing a boundary",
      request(
        "iam:DeleteRolePermissionsBoundary",
        role("modelship/ml/ml-shared-task"),
      ),
    ],
    [
      "swapping the boundary",
      request(
        "iam:PutRolePermissionsBoundary",
        role("modelship/ml/ml-shared-task"),
        { "iam:PermissionsBoundary": `arn:aws:iam::${ACCOUNT}:policy/open` },
      ),
    ],
    [
      "attaching a managed policy",
      request("iam:AttachRolePolicy", role("modelship/ml/ml-shared-task")),
    ],
    [
      "changing the boundary policy",
      request("iam:CreatePolicyVersion", ML.boundaryArn),
    ],
    [
      "a policy on itself",
      request("iam:PutRolePolicy", ML.serviceRoleArn, {
        "iam:PermissionsBoundary": ML.boundaryArn,
      }),
    ],
    [
      "changing the GitHub role's trust",
      request("iam:UpdateAssumeRolePolicy", role("ml-github-deploy")),
    ],
    [
      "passing an app role to Lambda",
      request("iam:PassRole", role("modelship/ml/ml-shared-task"), {
        "iam:PassedToService": "lambda.amazonaws.com",
      }),
    ],
    [
      "passing another role to ECS",
      request("iam:PassRole", role("admin"), {
        "iam:PassedToService": "ecs-tasks.amazonaws.com",
      }),
    ],
    [
      "passing itself",
      request("iam:PassRole", ML.serviceRoleArn, {
        "iam:PassedToService": "ecs-tasks.amazonaws.com",
      }),
    ],
    ["a user", request("iam:CreateUser", `arn:aws:iam::${ACCOUNT}:user/x`)],
    [
      "a Lambda function",
      request("lambda:CreateFunction", arn("lambda", "function:x")),
    ],
    ["an instance", request("ec2:RunInstances", arn("ec2", "instance/*"))],
    [
      "a nested stack",
      request("cloudformation:CreateStack", arn("cloudformation", "stack/x/1")),
    ],
    [
      "claiming a foreign security group",
      request("ec2:CreateTags", arn("ec2", "security-group/sg-1"), {
        "aws:RequestTag/modelship:app": "ml",
      }),
    ],
    [
      "tagging a new group for another app",
      request("ec2:CreateTags", arn("ec2", "security-group/sg-1"), {
        "ec2:CreateAction": "CreateSecurityGroup",
        "aws:RequestTag/modelship:app": "ml-prod",
      }),
    ],
  ])("refuses %s", (_name, denied) => {
    expect(isAllowed(ML.service, denied)).toBe(false);
  });
});

describe("the permissions boundary", () => {
  const bounded = {
    statements: [{ Effect: "Allow", Action: "*", Resource: "*" } as Statement],
    boundary: ML.boundary,
  };

  it("caps even an admin policy to pulling, logging and the one secret", () => {
    const allowed: Request[] = [
      { action: "ecr:BatchGetImage", resource: arn("ecr", "repository/ml") },
      {
        action: "logs:PutLogEvents",
        resource: arn("logs", "log-group:/modelship/ml:log-stream:x"),
      },
      { action: "secretsmanager:GetSecretValue", resource: secretArn("ml") },
    ];
    const denied: Request[] = [
      {
        action: "secretsmanager:GetSecretValue",
        resource: secretArn("ml-prod"),
      },
      {
        action: "ecr:BatchGetImage",
        resource: arn("ecr", "repository/ml-prod"),
      },
      { action: "ecr:PutImage", resource: arn("ecr", "repository/ml") },
      {
        action: "logs:PutLogEvents",
        resource: arn("logs", "log-group:/modelship/ml-prod:log-stream:x"),
      },
      { action: "iam:CreateRole", resource: `arn:aws:iam::${ACCOUNT}:role/x` },
      { action: "s3:GetObject", resource: "arn:aws:s3:::any/thing" },
      {
        action: "kms:Decrypt",
        resource: arn("kms", "key/1"),
        context: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" },
      },
    ];
    expect(
      allowed.filter((r) => !isAllowed(bounded, r)).map(describeRequest),
    ).toEqual([]);
    expect(
      denied.filter((r) => isAllowed(bounded, r)).map(describeRequest),
    ).toEqual([]);
  });
});

// IAM refuses a role whose inline policies exceed 10,240 characters in all, or a managed policy
// over 6,144 (whitespace not counted). The longest app name makes the longest ARNs.
describe("policy sizes stay within IAM's quotas", () => {
  const longest = appRoles("a2345678901234567890123456789012");
  it.each(longest.documents.map((d) => [d.role, d.kind, d.json] as const))(
    "%s (%s)",
    (_role, kind, json) => {
      const characters = json.replace(/\s/g, "").length;
      expect(characters).toBeLessThanOrEqual(
        kind === "inline" ? 10_240 : 6_144,
      );
    },
  );
});
