import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { runsElsewhere } from "../db/environment-rows.js";
import { openPool } from "../db/pool.js";
import type { Logger } from "../logger.js";
import type { RevertInputs } from "./inputs.js";
import { revertVersion, type RevertResult } from "./core.js";
import { awsRevertPlatform } from "./aws-platform.js";

/** The AWS clients a revert uses. */
export interface RevertClients {
  cfn: CloudFormationClient;
  elb: ElasticLoadBalancingV2Client;
  ecr: ECRClient;
  events?: EventBridgeClient;
}

/**
 * Reverts a version on AWS with the revert action's validated inputs, in the environment its
 * names carry: SDK clients from the standard environment (tests pass their own), the deployments
 * database when given. The action and the CLI both call it.
 */
export async function revertOnAws(
  inputs: RevertInputs,
  logger: Logger,
  clients: RevertClients = {
    cfn: new CloudFormationClient({}),
    elb: new ElasticLoadBalancingV2Client({}),
    ecr: new ECRClient({}),
    events: new EventBridgeClient({}),
  },
): Promise<RevertResult> {
  const pool = inputs.databaseUrl ? openPool(inputs.databaseUrl) : undefined;
  const scope = { app: inputs.app, environment: inputs.version.environment };
  try {
    const platform = awsRevertPlatform({
      ...clients,
      app: inputs.app,
      environment: scope.environment,
      // One repository per app: a version's images stay while another environment runs it.
      imageInUseElsewhere: pool
        ? (version) => runsElsewhere(pool, scope, version)
        : undefined,
      repository: inputs.repository,
      roleArn: inputs.cloudFormationRoleArn,
      logger,
    });
    return await revertVersion({ ...inputs, db: pool, platform, logger });
  } finally {
    await pool?.end();
  }
}
