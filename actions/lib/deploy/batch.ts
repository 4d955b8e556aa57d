/**
 * deploy-stack for a worker version, batch (batch.yml) or stream (stream.yml): the shared stack
 * (which owns the bucket and the app-wide inbox/ rule), the version's stack through the same
 * change set, events and fail-fast as an online version, and the deployments row. There is no
 * load balancer split. A batch version given all the traffic (a shift, or a deploy without a
 * canary) gets the app-wide inbox/ rule pointed at its queue, so files dropped right under inbox/
 * go to it; a stream version consumes its input stream as its own consumer group from the start.
 */
import type { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { inboxTarget, pointInbox } from "../aws/inbox-route.js";
import { describeStack, parametersOf } from "../aws/stack.js";
import { ConfigurationError } from "../errors.js";
import { APP_ROUTE_TEMPLATE } from "../batch/event.js";
import type { Logger } from "../logger.js";
import { versionStackName } from "../version.js";
import type { DeployClients, DeployOptions, DeployResult } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { rollOutVersion } from "./roll-out.js";
import { awsAppName } from "./scope.js";

/** Shared-stack outputs a batch version stack takes as parameters of the same name. */
export const BATCH_SHARED_OUTPUTS = ["BatchBucketName"];

/**
 * The app-wide inbox/ rule the shared stack names (its AppInboxRuleName output), from the app's
 * name on AWS in its environment (the stack's AppName: environmentApp).
 */
export const appInboxRuleName = (awsApp: string): string => `${awsApp}-inbox`;

/** Where a batch version takes its files and leaves its outputs (deploy-stack's outputs). */
export interface BatchEndpoints {
  bucket: string;
  inboxPrefix: string;
  outputPrefix: string;
  queueUrl: string;
  queueArn: string;
  deadLetterQueueUrl: string;
  /** The app-wide inbox/ rule sends to this version now. */
  inboxRouted: boolean;
}

/** Where a stream version reads and writes (deploy-stack's outputs). */
export interface StreamEndpoints {
  inputStream: string;
  outputStream: string;
  consumerGroup: string;
}

/**
 * True when the request gives the batch version all the traffic: a shift (`v=100`), a deploy
 * with neither a split nor a canary, or a canary of 100.
 */
export function takesAppInbox(req: DeployRequest): boolean {
  if (req.canaryWeight !== undefined) return req.canaryWeight === 100;
  return req.traffic.get(req.names.version) === 100;
}

/** Points the app-wide rule at the queue, unless it already sends there. */
async function routeAppInbox(
  events: EventBridgeClient,
  options: { app: string; queueArn: string; logger: Logger },
): Promise<void> {
  const ruleName = appInboxRuleName(options.app);
  if ((await inboxTarget(events, ruleName)) === options.queueArn) {
    options.logger.info(`rule ${ruleName} already sends inbox/ here`);
    return;
  }
  await pointInbox(events, {
    ruleName,
    queueArn: options.queueArn,
    inputTemplate: APP_ROUTE_TEMPLATE,
  });
  options.logger.info(
    `rule ${ruleName}: inbox/ now goes to ${options.queueArn}`,
  );
}

function endpointsOf(
  outputs: Record<string, string>,
  inboxRouted: boolean,
): BatchEndpoints {
  const output = (name: string) => outputs[name] ?? "";
  return {
    bucket: output("BucketName"),
    inboxPrefix: output("InboxPrefix"),
    outputPrefix: output("OutputPrefix"),
    queueUrl: output("QueueUrl"),
    queueArn: output("QueueArn"),
    deadLetterQueueUrl: output("DeadLetterQueueUrl"),
    inboxRouted,
  };
}

/**
 * A new worker stack needs the worker's image (an update keeps the one it has): checked before the
 * first change, so a forgotten parameter fails in seconds.
 */
async function checkWorkerImage(
  req: DeployRequest,
  clients: DeployClients,
  stackName: string,
): Promise<void> {
  if (!req.template.parameters.has("WorkerImageUri")) return;
  if (req.parameters.has("WorkerImageUri")) return;
  if (parametersOf(await describeStack(clients.cfn, stackName)).WorkerImageUri)
    return;
  throw new ConfigurationError(
    `kind ${req.kind}: stack ${stackName} is new and input "parameters" (deploy.parameters) gives no WorkerImageUri: add WorkerImageUri=<the modelship CLI's image, built from actions/cli/Dockerfile.batch-worker>`,
  );
}

function streamEndpointsOf(outputs: Record<string, string>): StreamEndpoints {
  return {
    inputStream: outputs.InputStreamName ?? "",
    outputStream: outputs.OutputStreamName ?? "",
    consumerGroup: outputs.ConsumerGroup ?? "",
  };
}

/**
 * Deploys a batch or stream version (the caller holds the app lock when there is a database).
 */
export async function deployWorkerUnlocked(
  request: DeployRequest,
  clients: DeployClients & { events?: EventBridgeClient },
  options: DeployOptions,
): Promise<Omit<DeployResult, "retired">> {
  const { logger } = options;
  const routes = request.kind === "batch" && takesAppInbox(request);
  // Recorded with no traffic weight: a worker version takes files or events, not requests.
  const req: DeployRequest = {
    ...request,
    traffic: new Map(),
    canaryWeight: undefined,
  };
  const stackName = versionStackName(req.app, req.names);
  await checkWorkerImage(req, clients, stackName);
  return rollOutVersion(req, clients, {
    ...options,
    stackName,
    finish: async ({ result, record }) => {
      const endpoints =
        req.kind === "batch" ? endpointsOf(result.outputs, routes) : undefined;
      if (endpoints?.inboxRouted) {
        if (!clients.events)
          throw new Error(
            "deploying a batch version needs an EventBridge client",
          );
        const events = clients.events;
        await logger.group("Inbox route", () =>
          routeAppInbox(events, {
            app: awsAppName(req),
            queueArn: endpoints.queueArn,
            logger,
          }),
        );
      }
      await record("serving", result);
      return {
        stackName,
        stackId: result.stackId,
        status: result.status,
        url: "",
        versionUrl: "",
        noChange: result.noChange,
        recreated: result.recreated,
        listenerRulePriority: "",
        traffic: {},
        batch: endpoints,
        stream:
          req.kind === "stream" ? streamEndpointsOf(result.outputs) : undefined,
      };
    },
  });
}
