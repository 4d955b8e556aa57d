/** The app's shared stack: created or updated from shared-parameters, else read as it is. */
import {
  deployStack,
  describeStack,
  outputsOf,
  parametersOf,
} from "../aws/stack.js";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../logger.js";
import { sharedStackName } from "../version.js";
import type { DeployClients, DeploySource } from "./core.js";
import type { DeployRequest } from "./inputs.js";

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

/** The tags every stack of a deploy carries. */
export function tags(
  req: DeployRequest,
  source: DeploySource,
  version: string,
) {
  return {
    "modelship:app": req.app,
    "modelship:version": version,
    "modelship:commit": source.commitSha ?? "",
    "modelship:repository": source.repository ?? "",
  };
}

/** Keeps only the parameters a template declares: CloudFormation rejects any other. */
export function declaredOnly(
  all: Record<string, string>,
  declared: Set<string>,
) {
  return Object.fromEntries(
    Object.entries(all).filter(([k]) => declared.has(k)),
  );
}

/**
 * Makes sure the app's shared stack exists and returns its outputs and parameters. It is created
 * (or updated) only when shared-parameters are given; otherwise a missing one is an error.
 */
export async function ensureShared(
  req: DeployRequest,
  clients: DeployClients,
  options: { logger: Logger; source: DeploySource },
): Promise<SharedStack> {
  const stackName = sharedStackName(req.app);
  const existing = await describeStack(clients.cfn, stackName);
  if (!req.sharedParameters) {
    if (!existing?.Outputs?.length) {
      throw new ConfigurationError(
        `the shared stack ${stackName} does not exist (or has no outputs${existing ? `; it is ${existing.StackStatus}` : ""}): give "shared-parameters" (VpcId, LoadBalancerSubnetIds, DatabaseUrlSecretArn) to create it`,
      );
    }
    options.logger.info(`shared stack ${stackName} is ${existing.StackStatus}`);
    return { outputs: outputsOf(existing), parameters: parametersOf(existing) };
  }
  const parameters = {
    AppName: req.app,
    ...Object.fromEntries(req.sharedParameters),
  };
  const result = await options.logger.group(`Shared stack ${stackName}`, () =>
    deployStack({
      cfn: clients.cfn,
      stackName,
      templateBody: req.sharedTemplate.body,
      parameters: declaredOnly(parameters, req.sharedTemplate.parameters),
      tags: tags(req, options.source, "shared"),
      logger: options.logger,
      pollMs: req.pollMs,
      timeoutMs: req.timeoutMs,
    }),
  );
  return { outputs: result.outputs, parameters };
}
