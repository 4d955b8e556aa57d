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

/**
 * Reverts a version on AWS with the revert action's validated inputs: SDK clients from the
 * standard environment, the deployments database when given. The action and the CLI both call it.
 */
export async function revertOnAws(
  inputs: RevertInputs,
  logger: Logger,
): Promise<RevertResult> {
  const pool = inputs.databaseUrl ? openPool(inputs.databaseUrl) : undefined;
  try {
    const platform = awsRevertPlatform({
      cfn: new CloudFormationClient({}),
      elb: new ElasticLoadBalancingV2Client({}),
      ecr: new ECRClient({}),
      events: new EventBridgeClient({}),
      app: inputs.app,
      environment: inputs.version.environment,
      imageInUseElsewhere: pool
        ? (version) =>
            runsElsewhere(
              pool,
              { app: inputs.app, environment: inputs.version.environment },
              version,
            )
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
