/**
 * What CloudFormation's handler for each resource type in our templates calls with the service
 * role: create, update, delete, read and tag (stack tags propagate to every resource). AWS
 * publishes no handler permissions offline, so these lists are the services' documented calls for
 * each resource, written down once; every resource type the templates use must have an entry.
 */
import type { Request } from "./policy.js";
import { ACCOUNT, arn } from "./roles.js";

type Needs = (app: string, boundaryArn: string) => Request[];

const on = (
  resource: string,
  actions: string[],
  context?: Request["context"],
): Request[] => actions.map((action) => ({ action, resource, context }));
const anywhere = (actions: string[], context?: Request["context"]): Request[] =>
  on("*", actions, context);
const tagged = (app: string) => ({ "aws:ResourceTag/modelship:app": app });
const taggedOnCreate = (app: string) => ({
  "aws:RequestTag/modelship:app": app,
});

const cluster = (app: string) => arn("ecs", `cluster/${app}`);
const service = (app: string) =>
  arn("ecs", `service/${app}/${app}-v-1--2-Service-Ab12Cd34`);
const loadBalancer = (app: string) =>
  arn("elasticloadbalancing", `loadbalancer/app/${app}/50dc6c495c0c9188`);
const listener = (app: string) =>
  arn(
    "elasticloadbalancing",
    `listener/app/${app}/50dc6c495c0c9188/f2f7dc8efc522ab2`,
  );
const rule = (app: string) =>
  arn(
    "elasticloadbalancing",
    `listener-rule/app/${app}/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`,
  );
const targetGroup = arn(
  "elasticloadbalancing",
  "targetgroup/ml-v-1--2-Targe-1A2B3C4D5E6F/73e2d6bc24d8a067",
);
const securityGroup = arn("ec2", "security-group/sg-0123456789abcdef0");
const role = (app: string, name: string) =>
  `arn:aws:iam::${ACCOUNT}:role/modelship/${app}/${app}-shared-${name}`;

const bucket = (app: string) => `arn:aws:s3:::${app}-${ACCOUNT}-eu-west-1`;
const queue = (app: string) => arn("sqs", `${app}-v-1--2-InboxQueue-Ab12Cd34`);
const versionRule = (app: string) =>
  arn("events", `rule/${app}-v-1--2-VersionInboxRule-Ab12Cd34`);
const alarm = (app: string) =>
  arn("cloudwatch", `alarm:${app}-v-1--2-FilesWaitingAlarm-Ab12Cd34`);

/** Per resource type, the requests its handler makes for an app. */
export const RESOURCE_TYPE_NEEDS: Record<string, Needs> = {
  "AWS::ECS::Cluster": (app) => [
    ...on(cluster(app), [
      "ecs:CreateCluster",
      "ecs:DescribeClusters",
      "ecs:UpdateClusterSettings",
      "ecs:DeleteCluster",
      "ecs:TagResource",
      "ecs:UntagResource",
      "ecs:ListTagsForResource",
    ]),
    ...anywhere(["iam:CreateServiceLinkedRole"], {
      "iam:AWSServiceName": "ecs.amazonaws.com",
    }),
  ],
  "AWS::Logs::LogGroup": (app) => [
    ...on(arn("logs", `log-group:/modelship/${app}`), [
      "logs:CreateLogGroup",
      "logs:TagResource",
    ]),
    ...on(arn("logs", `log-group:/modelship/${app}:*`), [
      "logs:CreateLogGroup",
      "logs:PutRetentionPolicy",
      "logs:DeleteLogGroup",
      "logs:TagLogGroup",
      "logs:ListTagsLogGroup",
      "logs:ListTagsForResource",
    ]),
    ...anywhere(["logs:DescribeLogGroups"]),
  ],
  "AWS::EC2::SecurityGroup": (app) => [
    ...on(arn("ec2", "vpc/vpc-0123456789abcdef0"), ["ec2:CreateSecurityGroup"]),
    ...on(securityGroup, ["ec2:CreateSecurityGroup"], taggedOnCreate(app)),
    ...on(securityGroup, ["ec2:CreateTags"], {
      ...taggedOnCreate(app),
      "ec2:CreateAction": "CreateSecurityGroup",
    }),
    ...on(
      securityGroup,
      [
        "ec2:AuthorizeSecurityGroupIngress",
        "ec2:AuthorizeSecurityGroupEgress",
        "ec2:RevokeSecurityGroupIngress",
        "ec2:RevokeSecurityGroupEgress",
        "ec2:CreateTags",
        "ec2:DeleteTags",
        "ec2:DeleteSecurityGroup",
      ],
      tagged(app),
    ),
    ...anywhere([
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSecurityGroupRules",
      "ec2:DescribeVpcs",
    ]),
  ],
  "AWS::EC2::SecurityGroupIngress": (app) => [
    ...on(
      securityGroup,
      ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"],
      tagged(app),
    ),
    ...anywhere([
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSecurityGroupRules",
    ]),
  ],
  "AWS::ElasticLoadBalancingV2::LoadBalancer": (app) => [
    ...on(loadBalancer(app), [
      "elasticloadbalancing:CreateLoadBalancer",
      "elasticloadbalancing:ModifyLoadBalancerAttributes",
      "elasticloadbalancing:SetSecurityGroups",
      "elasticloadbalancing:SetSubnets",
      "elasticloadbalancing:AddTags",
      "elasticloadbalancing:RemoveTags",
      "elasticloadbalancing:DeleteLoadBalancer",
    ]),
    ...anywhere([
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:DescribeLoadBalancerAttributes",
      "elasticloadbalancing:DescribeTags",
      "ec2:DescribeSubnets",
      "ec2:DescribeInternetGateways",
      "ec2:DescribeAccountAttributes",
      "ec2:DescribeAvailabilityZones",
    ]),
    ...anywhere(["iam:CreateServiceLinkedRole"], {
      "iam:AWSServiceName": "elasticloadbalancing.amazonaws.com",
    }),
  ],
  "AWS::ElasticLoadBalancingV2::Listener": (app) => [
    ...on(loadBalancer(app), ["elasticloadbalancing:CreateListener"]),
    ...on(listener(app), [
      "elasticloadbalancing:CreateListener",
      "elasticloadbalancing:ModifyListener",
      "elasticloadbalancing:ModifyListenerAttributes",
      "elasticloadbalancing:DeleteListener",
      "elasticloadbalancing:AddTags",
      "elasticloadbalancing:RemoveTags",
    ]),
    ...anywhere([
      "elasticloadbalancing:DescribeListeners",
      "elasticloadbalancing:DescribeListenerAttributes",
    ]),
  ],
  "AWS::ElasticLoadBalancingV2::ListenerRule": (app) => [
    ...on(listener(app), ["elasticloadbalancing:CreateRule"]),
    ...on(rule(app), [
      "elasticloadbalancing:CreateRule",
      "elasticloadbalancing:ModifyRule",
      "elasticloadbalancing:DeleteRule",
      "elasticloadbalancing:SetRulePriorities",
      "elasticloadbalancing:AddTags",
    ]),
    ...anywhere(["elasticloadbalancing:DescribeRules"]),
  ],
  "AWS::ElasticLoadBalancingV2::TargetGroup": (app) => [
    ...on(
      targetGroup,
      [
        "elasticloadbalancing:CreateTargetGroup",
        "elasticloadbalancing:AddTags",
      ],
      taggedOnCreate(app),
    ),
    ...on(
      targetGroup,
      [
        "elasticloadbalancing:ModifyTargetGroup",
        "elasticloadbalancing:ModifyTargetGroupAttributes",
        "elasticloadbalancing:AddTags",
        "elasticloadbalancing:RemoveTags",
        "elasticloadbalancing:DeleteTargetGroup",
      ],
      tagged(app),
    ),
    ...anywhere([
      "elasticloadbalancing:DescribeTargetGroups",
      "elasticloadbalancing:DescribeTargetGroupAttributes",
    ]),
  ],
  "AWS::IAM::Role": (app, boundaryArn) => [
    ...on(
      role(app, "task"),
      ["iam:CreateRole", "iam:PutRolePolicy", "iam:DeleteRolePolicy"],
      {
        "iam:PermissionsBoundary": boundaryArn,
      },
    ),
    ...on(role(app, "task"), [
      "iam:GetRole",
      "iam:GetRolePolicy",
      "iam:ListRolePolicies",
      "iam:ListAttachedRolePolicies",
      "iam:UpdateRoleDescription",
      "iam:UpdateAssumeRolePolicy",
      "iam:TagRole",
      "iam:UntagRole",
      "iam:DeleteRole",
    ]),
  ],
  "AWS::ECS::TaskDefinition": (app) => [
    ...anywhere([
      "ecs:RegisterTaskDefinition",
      "ecs:DeregisterTaskDefinition",
      "ecs:DescribeTaskDefinition",
    ]),
    ...on(arn("ecs", `task-definition/${app}-v-1--2:3`), [
      "ecs:TagResource",
      "ecs:ListTagsForResource",
    ]),
    ...["execution", "task"].flatMap((name) =>
      on(role(app, name), ["iam:PassRole"], {
        "iam:PassedToService": "ecs-tasks.amazonaws.com",
      }),
    ),
  ],
  "AWS::ECS::Service": (app) => [
    ...on(service(app), [
      "ecs:CreateService",
      "ecs:UpdateService",
      "ecs:DescribeServices",
      "ecs:DeleteService",
      "ecs:TagResource",
      "ecs:ListTagsForResource",
    ]),
  ],
  // Application Auto Scaling also checks that the caller may describe and update the service.
  "AWS::ApplicationAutoScaling::ScalableTarget": (app) => [
    ...anywhere([
      "application-autoscaling:RegisterScalableTarget",
      "application-autoscaling:DeregisterScalableTarget",
      "application-autoscaling:DescribeScalableTargets",
      "application-autoscaling:TagResource",
      "application-autoscaling:ListTagsForResource",
    ]),
    ...on(service(app), ["ecs:DescribeServices", "ecs:UpdateService"]),
    ...anywhere(["iam:CreateServiceLinkedRole"], {
      "iam:AWSServiceName": "ecs.application-autoscaling.amazonaws.com",
    }),
  ],
  // The batch bucket (shared.yml), named exactly; Retain keeps it when the stack goes.
  "AWS::S3::Bucket": (app) =>
    on(bucket(app), [
      "s3:CreateBucket",
      "s3:ListBucket",
      "s3:GetBucketLocation",
      "s3:PutBucketNotification",
      "s3:GetBucketNotification",
      "s3:PutBucketVersioning",
      "s3:GetBucketVersioning",
      "s3:PutEncryptionConfiguration",
      "s3:GetEncryptionConfiguration",
      "s3:PutBucketPublicAccessBlock",
      "s3:GetBucketPublicAccessBlock",
      "s3:PutBucketOwnershipControls",
      "s3:GetBucketOwnershipControls",
      "s3:PutLifecycleConfiguration",
      "s3:GetLifecycleConfiguration",
      "s3:PutBucketTagging",
      "s3:GetBucketTagging",
    ]),
  // A batch version's queues (batch.yml): generated names start with the stack's.
  "AWS::SQS::Queue": (app) =>
    on(queue(app), [
      "sqs:CreateQueue",
      "sqs:GetQueueAttributes",
      "sqs:SetQueueAttributes",
      "sqs:GetQueueUrl",
      "sqs:TagQueue",
      "sqs:UntagQueue",
      "sqs:ListQueueTags",
      "sqs:DeleteQueue",
    ]),
  "AWS::SQS::QueuePolicy": (app) =>
    on(queue(app), ["sqs:SetQueueAttributes", "sqs:GetQueueAttributes"]),
  // The version's inbox rule (generated name) and the shared stack's <app>-inbox.
  "AWS::Events::Rule": (app) =>
    [versionRule(app), arn("events", `rule/${app}-inbox`)].flatMap((rule) =>
      on(rule, [
        "events:PutRule",
        "events:DescribeRule",
        "events:PutTargets",
        "events:RemoveTargets",
        "events:ListTargetsByRule",
        "events:TagResource",
        "events:ListTagsForResource",
        "events:DeleteRule",
      ]),
    ),
  // The queue-depth alarms of step scaling (generated names).
  "AWS::CloudWatch::Alarm": (app) => [
    ...on(alarm(app), [
      "cloudwatch:PutMetricAlarm",
      "cloudwatch:TagResource",
      "cloudwatch:ListTagsForResource",
      "cloudwatch:DeleteAlarms",
    ]),
    ...anywhere(["cloudwatch:DescribeAlarms"]),
  ],
  // Target tracking makes CloudWatch alarms named after the service it scales.
  "AWS::ApplicationAutoScaling::ScalingPolicy": (app) => [
    ...anywhere([
      "application-autoscaling:PutScalingPolicy",
      "application-autoscaling:DeleteScalingPolicy",
      "application-autoscaling:DescribeScalingPolicies",
      "cloudwatch:DescribeAlarms",
    ]),
    ...on(
      arn(
        "cloudwatch",
        `alarm:TargetTracking-service/${app}/${app}-v-1--2-Service-Ab12Cd34-AlarmHigh-4c4e2d1f`,
      ),
      ["cloudwatch:PutMetricAlarm", "cloudwatch:DeleteAlarms"],
    ),
  ],
};
