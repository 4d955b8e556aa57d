/**
 * Creating or updating the shared stack. Two things guard the versions that run on it: a change
 * that would remove or replace a shared resource is refused while version stacks exist (and so is
 * deleting a broken shared stack), and the traffic split is applied again right after any update,
 * because CloudFormation puts the listener's placeholder default action back whenever it updates
 * the listener, while the split belongs to deploy-stack and revert.
 */
import type { Stack } from "@aws-sdk/client-cloudformation";
import { listVersionStacks } from "../aws/app-stacks.js";
import {
  listenerTraffic,
  setListenerTraffic,
  type WeightedTarget,
} from "../aws/listener.js";
import {
  deployStack,
  describeStack,
  outputsOf,
  parametersOf,
  RECREATE_STATUSES,
} from "../aws/stack.js";
import { ConfigurationError, errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import { refuseDestructiveSharedChange } from "./change-review.js";
import type { DeployClients, DeploySource } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { sharedStackOf } from "./scope.js";
import type { SharedStack } from "./shared-stack.js";
import { sharedTags } from "./tags.js";
import { servingListeners } from "./traffic.js";

/** What updateShared needs beyond the request. */
export interface SharedUpdate {
  logger: Logger;
  source: DeploySource;
  /** The shared stack as it is now, if it exists. */
  existing?: Stack;
  /** The parameters to send: declared by the template, AppName included. */
  parameters: Record<string, string>;
}

/**
 * The versions whose stacks run on the shared stack now (none when it does not exist). A shared
 * stack that could only be deleted and created again is refused while there are any.
 */
async function liveVersions(
  req: DeployRequest,
  clients: DeployClients,
  existing: Stack | undefined,
): Promise<string[]> {
  if (!existing) return [];
  const stacks = await listVersionStacks({
    cfn: clients.cfn,
    app: req.app,
    environment: req.names.environment,
  });
  const versions = stacks.map((stack) => stack.version);
  const status = existing.StackStatus ?? "";
  if (RECREATE_STATUSES.has(status) && versions.length > 0)
    throw new ConfigurationError(
      `shared stack ${sharedStackOf(req)} is ${status} and would have to be deleted, but ${versions.length} version stack(s) still run on it (${versions.slice(0, 5).join(", ")}): revert them first`,
    );
  return versions;
}

/** Points the serving listeners at `targets` again (no-op when nothing was served). */
async function reapply(
  clients: DeployClients,
  outputs: Record<string, string>,
  targets: WeightedTarget[],
  logger: Logger,
): Promise<void> {
  if (targets.length === 0) return;
  logger.info("applying the traffic split again after the shared stack update");
  for (const listenerArn of servingListeners(outputs))
    await setListenerTraffic({
      elb: clients.elb,
      listenerArn,
      targets,
      logger,
    });
}

/**
 * Creates or updates the shared stack through a change set (parameters left out keep their
 * values), then puts the traffic split that was served before back on the listener.
 */
export async function updateShared(
  req: DeployRequest,
  clients: DeployClients,
  update: SharedUpdate,
): Promise<SharedStack> {
  const { existing, logger } = update;
  const stackName = sharedStackOf(req);
  const versions = await liveVersions(req, clients, existing);
  const before = outputsOf(existing);
  const served = before.ListenerArn
    ? await listenerTraffic({
        elb: clients.elb,
        listenerArn: before.ListenerArn,
      })
    : [];
  let result: Awaited<ReturnType<typeof deployStack>>;
  try {
    result = await logger.group(`Shared stack ${stackName}`, () =>
      deployStack({
        cfn: clients.cfn,
        stackName,
        templateBody: req.sharedTemplate.body,
        parameters: update.parameters,
        declaredParameters: req.sharedTemplate.parameters,
        resourceTypes: req.sharedTemplate.resourceTypes,
        roleArn: req.cloudFormationRoleArn,
        tags: sharedTags(req, update.source),
        logger,
        pollMs: req.pollMs,
        timeoutMs: req.timeoutMs,
        reviewChanges:
          versions.length > 0
            ? refuseDestructiveSharedChange(stackName, versions)
            : undefined,
      }),
    );
  } catch (error) {
    // A failed update rolls the listener back to the placeholder too; a refused one changed nothing.
    if (!(error instanceof ConfigurationError))
      await reapply(clients, before, served, logger).catch((again) =>
        logger.warning(
          `could not apply the traffic again: ${errorMessage(again)}`,
        ),
      );
    throw error;
  }
  if (!result.noChange) await reapply(clients, result.outputs, served, logger);
  const stack = await describeStack(clients.cfn, stackName);
  return { outputs: result.outputs, parameters: parametersOf(stack) };
}
