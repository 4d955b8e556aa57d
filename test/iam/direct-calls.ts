/**
 * The requests the GitHub role makes itself, per IAM action: which resource each call names and
 * with which condition keys, for one app. The names come from the code's own naming functions, so
 * a naming change that leaves the role behind fails the IAM test.
 */
import {
  parseVersion,
  sharedStackName,
  versionStackName,
} from "../../actions/lib/version.js";
import type { Request } from "./policy.js";
import { arn, type AppRoles } from "./roles.js";

/** The resource types the service role deploys (the union of shared.yml and version.yml). */
export type ResourceTypes = string[];

const STACK_ID = "0d3c6e70-1a2b-11ef-9c3d-0a1b2c3d4e5f";
// The stacks of the role's app in its environment, named by the code's own functions.
const stacks = ({ baseApp, environment }: AppRoles) => [
  sharedStackName(baseApp, environment),
  versionStackName(baseApp, parseVersion("1.2", environment)),
  versionStackName(baseApp, parseVersion("sha-3f2a1bc", environment)),
];
const stackArns = (roles: AppRoles) =>
  stacks(roles).map((name) =>
    arn("cloudformation", `stack/${name}/${STACK_ID}`),
  );
const listener = (app: string) =>
  arn(
    "elasticloadbalancing",
    `listener/app/${app}/50dc6c495c0c9188/f2f7dc8efc522ab2`,
  );
const repository = (app: string) => arn("ecr", `repository/${app}`);
const inboxRule = (app: string) => arn("events", `rule/${app}-inbox`);
const streamArn = (name: string) => arn("kinesis", `stream/${name}`);
const bucketArn = (app: string) => `arn:aws:s3:::${app}-111122223333-eu-west-1`;
const onStacks = (
  roles: AppRoles,
  action: string,
  context?: Request["context"],
) => stackArns(roles).map((resource) => ({ action, resource, context }));

type Builder = (roles: AppRoles, types: ResourceTypes) => Request[];

/**
 * Every IAM action the GitHub role needs, with the requests that need it. An action the code
 * sends that is missing here fails the test, which names it: add how the code calls it.
 */
export const DIRECT_CALLS: Record<string, Builder> = {
  "cloudformation:CreateChangeSet": (roles, types) =>
    onStacks(roles, "cloudformation:CreateChangeSet", {
      "cloudformation:RoleArn": roles.serviceRoleArn,
      "cloudformation:ResourceTypes": types,
    }),
  "cloudformation:DescribeChangeSet": (roles) =>
    onStacks(roles, "cloudformation:DescribeChangeSet"),
  "cloudformation:ExecuteChangeSet": (roles) =>
    onStacks(roles, "cloudformation:ExecuteChangeSet"),
  "cloudformation:DeleteChangeSet": (roles) =>
    onStacks(roles, "cloudformation:DeleteChangeSet"),
  "cloudformation:DescribeStacks": (roles) =>
    onStacks(roles, "cloudformation:DescribeStacks"),
  "cloudformation:DescribeStackEvents": (roles) =>
    onStacks(roles, "cloudformation:DescribeStackEvents"),
  "cloudformation:ListStackResources": (roles) =>
    onStacks(roles, "cloudformation:ListStackResources"),
  "cloudformation:CancelUpdateStack": (roles) =>
    onStacks(roles, "cloudformation:CancelUpdateStack"),
  "cloudformation:GetTemplate": (roles) =>
    onStacks(roles, "cloudformation:GetTemplate"),
  "cloudformation:ListStacks": () => [
    { action: "cloudformation:ListStacks", resource: "*" },
  ],
  "cloudformation:DeleteStack": (roles) =>
    onStacks(roles, "cloudformation:DeleteStack", {
      "cloudformation:RoleArn": roles.serviceRoleArn,
    }),
  "cloudformation:ContinueUpdateRollback": (roles) =>
    onStacks(roles, "cloudformation:ContinueUpdateRollback", {
      "cloudformation:RoleArn": roles.serviceRoleArn,
    }),
  // The change sets' and DeleteStack's RoleARN: CloudFormation checks that the caller may pass it.
  "iam:PassRole": ({ serviceRoleArn }) => [
    {
      action: "iam:PassRole",
      resource: serviceRoleArn,
      context: { "iam:PassedToService": "cloudformation.amazonaws.com" },
    },
  ],
  "ecs:DescribeServices": ({ app }) => [
    {
      action: "ecs:DescribeServices",
      resource: arn("ecs", `service/${app}/${app}-v-1--2-Service-Ab12Cd34`),
    },
  ],
  "ecs:ListTasks": ({ app }) => [
    {
      action: "ecs:ListTasks",
      resource: arn("ecs", `container-instance/${app}/*`),
      context: { "ecs:cluster": arn("ecs", `cluster/${app}`) },
    },
  ],
  "ecs:DescribeTasks": ({ app }) => [
    {
      action: "ecs:DescribeTasks",
      resource: arn("ecs", `task/${app}/0123456789abcdef0123456789abcdef`),
    },
  ],
  "elasticloadbalancing:ModifyListener": ({ app }) => [
    { action: "elasticloadbalancing:ModifyListener", resource: listener(app) },
  ],
  "elasticloadbalancing:DescribeListeners": () => [
    { action: "elasticloadbalancing:DescribeListeners", resource: "*" },
  ],
  "elasticloadbalancing:DescribeRules": () => [
    { action: "elasticloadbalancing:DescribeRules", resource: "*" },
  ],
  "elasticloadbalancing:DescribeTags": () => [
    { action: "elasticloadbalancing:DescribeTags", resource: "*" },
  ],
  // deploy-stack and revert point the app-wide inbox/ rule at the current batch version.
  ...Object.fromEntries(
    ["ListTargetsByRule", "PutTargets", "RemoveTargets"].map(
      (operation): [string, Builder] => [
        `events:${operation}`,
        ({ app }) => [
          { action: `events:${operation}`, resource: inboxRule(app) },
        ],
      ],
    ),
  ),
  // smoke-test of a batch version: drop the cases, find and read the output.
  "s3:PutObject": ({ app }) => [
    {
      action: "s3:PutObject",
      resource: `${bucketArn(app)}/inbox/1.2/smoke-run.jsonl`,
    },
  ],
  "s3:ListBucket": ({ app }) => [
    {
      action: "s3:ListBucket",
      resource: bucketArn(app),
      context: { "s3:prefix": "outputs/1.2/smoke-run.jsonl" },
    },
  ],
  "s3:GetObject": ({ app }) => [
    {
      action: "s3:GetObject",
      resource: `${bucketArn(app)}/outputs/1.2/smoke-run.jsonl`,
    },
  ],
  // smoke-test of a stream version: the cases go on the app's input stream, and the decisions
  // are read from every shard of its output stream.
  "kinesis:PutRecords": ({ app }) => [
    { action: "kinesis:PutRecords", resource: streamArn(`${app}-events`) },
  ],
  ...Object.fromEntries(
    ["ListShards", "GetShardIterator", "GetRecords"].map(
      (operation): [string, Builder] => [
        `kinesis:${operation}`,
        ({ app }) => [
          {
            action: `kinesis:${operation}`,
            resource: streamArn(`${app}-decisions`),
          },
        ],
      ],
    ),
  ),
  "elasticloadbalancing:DescribeTargetGroups": () => [
    { action: "elasticloadbalancing:DescribeTargetGroups", resource: "*" },
  ],
  "elasticloadbalancing:DescribeAccountLimits": () => [
    { action: "elasticloadbalancing:DescribeAccountLimits", resource: "*" },
  ],
  "ecr:GetAuthorizationToken": () => [
    { action: "ecr:GetAuthorizationToken", resource: "*" },
  ],
  ...Object.fromEntries(
    [
      "CreateRepository",
      "DescribeRepositories",
      "DescribeImages",
      "BatchGetImage",
      "GetDownloadUrlForLayer",
      "BatchDeleteImage",
      "BatchCheckLayerAvailability",
      "InitiateLayerUpload",
      "UploadLayerPart",
      "CompleteLayerUpload",
      "PutImage",
    ].map((operation): [string, Builder] => [
      `ecr:${operation}`,
      ({ repository: name }) => [
        { action: `ecr:${operation}`, resource: repository(name) },
      ],
    ]),
  ),
};

/**
 * Actions the GitHub role holds although no SDK call in the code sends them, each with why. An
 * entry the code starts sending is stale and fails the test.
 */
export const INDIRECT_CALLS: Record<string, string> = {
  "iam:PassRole":
    "CloudFormation checks it for the RoleARN of CreateChangeSet and DeleteStack",
  // The ECR upload calls docker push makes are now also sent by the promotion's copy by digest
  // (actions/lib/aws/ecr-copy.ts), so the scan finds them as SDK calls.
};

/** Actions without resource-level permissions: the same request for any app, so never app-scoped. */
export const UNSCOPED_ACTIONS = new Set([
  "cloudformation:ListStacks",
  "elasticloadbalancing:DescribeListeners",
  "elasticloadbalancing:DescribeRules",
  "elasticloadbalancing:DescribeTags",
  "elasticloadbalancing:DescribeTargetGroups",
  "elasticloadbalancing:DescribeAccountLimits",
  "ecr:GetAuthorizationToken",
]);
