/** The app's shared stack: created or updated from shared-parameters, else read as it is. */
import type { Stack } from "@aws-sdk/client-cloudformation";
import { currentTemplateBody } from "../aws/app-stacks.js";
import { describeStack, outputsOf, parametersOf } from "../aws/stack.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { DeployClients, DeploySource } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { awsAppName, sharedStackOf } from "./scope.js";
import { updateShared } from "./shared-update.js";

/** The shared stack's outputs and parameters, as the version stack needs them. */
export interface SharedStack {
  outputs: Record<string, string>;
  parameters: Record<string, string>;
}

/** Shared-stack outputs the version template takes as parameters of the same name. */
export const SHARED_OUTPUTS = [
  "ClusterName",
  "ListenerArn",
  "VpcId",
  "ServiceSubnetIds",
  "AssignPublicIp",
  "ServiceSecurityGroupId",
  "ExecutionRoleArn",
  "TaskRoleArn",
  "LogGroupName",
  "LoadBalancerUrl",
];
/** Shared-stack parameters the version stack must agree with. */
export const SHARED_PARAMETERS = ["DatabaseUrlSecretArn", "ContainerPort"];

/** Keeps only the parameters a template declares: CloudFormation rejects any other. */
export function declaredOnly(
  all: Record<string, string>,
  declared: Set<string>,
) {
  return Object.fromEntries(
    Object.entries(all).filter(([k]) => declared.has(k)),
  );
}

// Settled statuses whose template and parameters are what the stack runs.
const SETTLED = new Set([
  "CREATE_COMPLETE",
  "UPDATE_COMPLETE",
  "UPDATE_ROLLBACK_COMPLETE",
  "IMPORT_COMPLETE",
]);

/**
 * True when the settled stack already runs this template with these parameter values, so an
 * update would change nothing: the shared stack is then left alone, without even a change set.
 */
async function alreadyDeployed(
  clients: DeployClients,
  stack: Stack,
  wanted: { body: string; parameters: Record<string, string> },
): Promise<boolean> {
  if (!SETTLED.has(stack.StackStatus ?? "")) return false;
  const current = parametersOf(stack);
  for (const [key, value] of Object.entries(wanted.parameters))
    if (current[key] !== value) return false;
  const body = await currentTemplateBody({
    cfn: clients.cfn,
    stackName: stack.StackId ?? stack.StackName ?? "",
  });
  return body === wanted.body;
}

/**
 * Makes sure the app's shared stack exists and returns its outputs and parameters. It is created
 * or updated only when shared-parameters are given, and only when they or the template differ
 * from what it runs; otherwise a missing one is an error.
 */
export async function ensureShared(
  req: DeployRequest,
  clients: DeployClients,
  options: { logger: Logger; source: DeploySource },
): Promise<SharedStack> {
  const { logger } = options;
  const stackName = sharedStackOf(req);
  const existing = await describeStack(clients.cfn, stackName);
  if (!req.sharedParameters) {
    if (!existing?.Outputs?.length) {
      throw new ConfigurationError(
        `the shared stack ${stackName} does not exist (or has no outputs${existing ? `; it is ${existing.StackStatus}` : ""}): give "shared-parameters" (VpcId, LoadBalancerSubnetIds, DatabaseUrlSecretArn) to create it`,
      );
    }
    logger.info(`shared stack ${stackName} is ${existing.StackStatus}`);
    return { outputs: outputsOf(existing), parameters: parametersOf(existing) };
  }
  if (req.sharedParameters.has("SubnetIds"))
    logger.warning(
      `shared-parameters: SubnetIds is deprecated: give LoadBalancerSubnetIds (public subnets for the load balancer) and, for tasks in private subnets, ServiceSubnetIds`,
    );
  const parameters = declaredOnly(
    {
      AppName: awsAppName(req),
      // One image per app, promoted by digest: every environment pulls from the app's repository,
      // which the template would otherwise name after AppName (`<app>--<env>`).
      ...(awsAppName(req) === req.app ? {} : { ImageRepositoryName: req.app }),
      ...Object.fromEntries(req.sharedParameters),
    },
    req.sharedTemplate.parameters,
  );
  const body = req.sharedTemplate.body;
  if (
    existing &&
    (await alreadyDeployed(clients, existing, { body, parameters }))
  ) {
    logger.info(
      `shared stack ${stackName} is ${existing.StackStatus} with this template and these parameters: not updating it`,
    );
    return { outputs: outputsOf(existing), parameters: parametersOf(existing) };
  }
  return updateShared(req, clients, { ...options, existing, parameters });
}
