import { usedPriorities } from "../aws/rule-priority.js";
import { describeStack, parametersOf } from "../aws/stack.js";
import type { DeployClients } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { BATCH_SHARED_OUTPUTS } from "./batch.js";
import { choosePriority } from "./rule-priority.js";
import { awsAppName } from "./scope.js";
import {
  declaredOnly,
  SHARED_OUTPUTS,
  SHARED_PARAMETERS,
  type SharedStack,
} from "./shared-stack.js";

/**
 * The version stack's parameters: its names and image, a listener rule priority (kept on update,
 * a free one for a new stack), what it takes from the shared stack, and the user's own.
 */
export async function versionParameters(
  req: DeployRequest,
  clients: DeployClients,
  shared: SharedStack,
  stackName: string,
): Promise<Record<string, string>> {
  const listenerArn = shared.outputs.ListenerArn ?? "";
  const existing = parametersOf(await describeStack(clients.cfn, stackName));
  // An update keeps its priority; a new stack takes a free one on the listener.
  let priority =
    req.parameters.get("ListenerRulePriority") ?? existing.ListenerRulePriority;
  if (!priority && req.template.parameters.has("ListenerRulePriority")) {
    const used = await usedPriorities({ elb: clients.elb, listenerArn });
    priority = String(choosePriority(req.names.version, used));
  }
  const all: Record<string, string> = {
    // The environment's name: cluster, log group, roles and queues are that environment's.
    AppName: awsAppName(req),
    // The containers' environment (their log tables and rows); AppName is the scoped name.
    EnvironmentName: req.names.environment,
    ModelVersion: req.names.version,
    VersionSlug: req.names.slug,
    ImageUri: req.image,
    ...(req.gatewayImage ? { GatewayImageUri: req.gatewayImage } : {}),
    ...(priority ? { ListenerRulePriority: priority } : {}),
  };
  for (const key of SHARED_PARAMETERS)
    if (shared.parameters[key] !== undefined)
      all[key] = shared.parameters[key] ?? "";
  for (const key of [...SHARED_OUTPUTS, ...BATCH_SHARED_OUTPUTS])
    if (shared.outputs[key] !== undefined) all[key] = shared.outputs[key] ?? "";
  return declaredOnly(
    { ...all, ...Object.fromEntries(req.parameters) },
    req.template.parameters,
  );
}
