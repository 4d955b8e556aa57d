/**
 * The names and outputs the fake AWS gives the resources our templates make, so tests can
 * assert them by name rather than repeat ARNs.
 */
import { parseVersion } from "../../../actions/lib/version.js";

/** The account every fake ARN belongs to. */
export const ACCOUNT = "123456789012";
/** The region of every fake ARN and client. */
export const REGION = "us-east-1";
/** The shared stack's HTTP listener (its `ListenerArn` output). */
export const LISTENER_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/modelship/50dc6c495c0c9188/http`;
/** The shared stack's HTTPS listener, when it has a certificate (`HttpsListenerArn`). */
export const HTTPS_LISTENER_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/modelship/50dc6c495c0c9188/https`;
/** The shared stack's load balancer, which both listeners belong to. */
export const LOAD_BALANCER_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/modelship/50dc6c495c0c9188`;

/**
 * True for the AppName of a non-default environment (`<app>--<env>`): its shared stack has a load
 * balancer, listeners and target groups of its own. Every other AppName shares the constants
 * above, which the single-environment tests assert.
 */
const ownBalancer = (app: string): boolean => app.includes("--");

/** The load balancer of a shared stack with this AppName. */
export function loadBalancerArnOf(app: string): string {
  return ownBalancer(app)
    ? arnOf("elasticloadbalancing", `loadbalancer/app/${app}/50dc6c495c0c9188`)
    : LOAD_BALANCER_ARN;
}

/** A listener of a shared stack with this AppName. */
export function listenerArnOf(app: string, protocol: "http" | "https"): string {
  if (!ownBalancer(app))
    return protocol === "http" ? LISTENER_ARN : HTTPS_LISTENER_ARN;
  return arnOf(
    "elasticloadbalancing",
    `listener/app/${app}/50dc6c495c0c9188/${protocol}`,
  );
}

/** The load balancer a listener belongs to (its ARN without the listener's id). */
export function balancerOfListener(listenerArn: string): string {
  return listenerArn
    .replace(":listener/", ":loadbalancer/")
    .replace(/\/[^/]+$/, "");
}
/** The shared load balancer's URL (`LoadBalancerUrl`). */
export const LOAD_BALANCER_URL = "http://alb.example";
/** What a listener does while no version serves, as shared.yml sets it. */
export const NOTHING_SERVING = {
  Type: "fixed-response",
  FixedResponseConfig: {
    StatusCode: "503",
    ContentType: "application/json",
    MessageBody: '{"error":"no model version is serving yet"}',
  },
} as const;

/** A version's target group, as its stack outputs it (`TargetGroupArn`); an environment's own. */
export function targetGroupArn(version: string, app = "modelship"): string {
  const { slug } = parseVersion(version);
  const name = ownBalancer(app) ? `${app}-v-${slug}` : `v-${slug}`;
  return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/6d0ecf831eec9f09`;
}

/** An ARN of this account and region. */
export function arnOf(service: string, resource: string): string {
  return `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;
}

/** An error as the SDK raises it for an AWS error code (`name` is the code). */
export function awsError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: code });
}

/** A list input: the SDK's array, or nothing (the query protocol sends `Key=` for `[]`). */
export function listOf<T>(value: T[] | undefined | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * One page of a listing, as the paged AWS calls give it: `marker` is where the page starts (the
 * previous page's NextMarker or NextToken), `next` is undefined on the last page.
 */
export function pageOf<T>(
  items: T[],
  marker: unknown,
  size: number,
): { items: T[]; next?: string } {
  const start = Number(marker ?? 0) || 0;
  const end = start + size;
  return {
    items: items.slice(start, end),
    next: end < items.length ? String(end) : undefined,
  };
}

/** A boolean input: the SDK's boolean, or the query protocol's "true". */
export function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

/** shared.yml's outputs for these parameters. */
export function sharedOutputs(
  parameters: Record<string, string>,
  options: { https?: boolean } = {},
): Record<string, string> {
  const app = parameters.AppName ?? "modelship";
  const serviceSubnets = parameters.ServiceSubnetIds || parameters.SubnetIds;
  return {
    ClusterName: app,
    ClusterArn: arnOf("ecs", `cluster/${app}`),
    ListenerArn: listenerArnOf(app, "http"),
    HttpListenerArn: listenerArnOf(app, "http"),
    HttpsListenerArn: options.https ? listenerArnOf(app, "https") : "",
    LoadBalancerUrl: LOAD_BALANCER_URL,
    LoadBalancerDnsName: new URL(LOAD_BALANCER_URL).host,
    ServiceSecurityGroupId: "sg-0123456789abcdef0",
    ExecutionRoleArn: arnOf("iam", `role/modelship/${app}/execution`),
    TaskRoleArn: arnOf("iam", `role/modelship/${app}/task`),
    LogGroupName: `/modelship/${app}`,
    VpcId: parameters.VpcId ?? "vpc-1",
    ServiceSubnetIds: serviceSubnets ?? "subnet-1,subnet-2",
    AssignPublicIp: parameters.ServiceSubnetIds ? "DISABLED" : "ENABLED",
    BatchBucketName: `${app}-${ACCOUNT}-${REGION}`,
    AppInboxRuleName: `${app}-inbox`,
  };
}

/** version.yml's outputs for these parameters. */
export function versionOutputs(
  parameters: Record<string, string>,
): Record<string, string> {
  const version = parameters.ModelVersion ?? "";
  const base = parameters.LoadBalancerUrl || LOAD_BALANCER_URL;
  const { slug } = parseVersion(version);
  if (parameters.BatchBucketName !== undefined) return batchOutputs(parameters);
  if (parameters.WorkerImageUri !== undefined) return streamOutputs(parameters);
  return {
    Url: base,
    VersionUrl: `${base}/v/${version}`,
    ServiceName: `${parameters.AppName ?? "modelship"}-v-${slug}-Service-0a1b2c3d`,
    TargetGroupArn: targetGroupArn(version, parameters.AppName),
  };
}

/** batch.yml's outputs for these parameters. */
export function batchOutputs(
  parameters: Record<string, string>,
): Record<string, string> {
  const version = parameters.ModelVersion ?? "";
  const stack = `${parameters.AppName ?? "modelship"}-v-${parseVersion(version).slug}`;
  const queue = `${stack}-InboxQueue-0a1b2c3d`;
  const deadLetters = `${stack}-DeadLetterQueue-0a1b2c3d`;
  return {
    BucketName: parameters.BatchBucketName ?? "",
    InboxPrefix: `inbox/${version}/`,
    OutputPrefix: `outputs/${version}/`,
    QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${queue}`,
    QueueArn: arnOf("sqs", queue),
    DeadLetterQueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${deadLetters}`,
    ServiceName: `${stack}-Service-0a1b2c3d`,
  };
}

/** stream.yml's outputs for these parameters. */
export function streamOutputs(
  parameters: Record<string, string>,
): Record<string, string> {
  const app = parameters.AppName ?? "modelship";
  const version = parameters.ModelVersion ?? "";
  return {
    InputStreamName: parameters.InputStreamName || `${app}-events`,
    OutputStreamName: parameters.OutputStreamName || `${app}-decisions`,
    ConsumerGroup: version,
    ServiceName: `${app}-v-${parseVersion(version).slug}-Service-0a1b2c3d`,
  };
}
