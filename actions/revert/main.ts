import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { awsRevertPlatform } from "../lib/aws/revert-platform.js";
import { openPool } from "../lib/db.js";
import { errorMessage } from "../lib/errors.js";
import {
  REVERT_INPUTS,
  parseRevertInputs,
  revertSummary,
} from "../lib/revert-inputs.js";
import { RevertError, revertVersion } from "../lib/revert.js";
import {
  actionInputs,
  actionsLogger,
  maskDatabaseUrl,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** revert: read inputs, take the version out, set outputs and the summary. */
export async function main(): Promise<void> {
  maskDatabaseUrl(actionInputs(REVERT_INPUTS.databaseUrl));
  const inputs = parseRevertInputs(actionInputs);
  const pool = inputs.databaseUrl ? openPool(inputs.databaseUrl) : undefined;
  try {
    const platform = awsRevertPlatform({
      cfn: new CloudFormationClient({}),
      elb: new ElasticLoadBalancingV2Client({}),
      ecr: new ECRClient({}),
      app: inputs.app,
      repository: inputs.repository,
      logger: actionsLogger,
    });
    const result = await revertVersion({
      ...inputs,
      db: pool,
      platform,
      logger: actionsLogger,
    });
    setOutputs({
      reverted: result.reverted,
      traffic: result.traffic,
      "archived-tables": result.archivedTables,
    });
    await writeSummary(revertSummary(inputs.version, result.steps, result));
  } catch (error) {
    const steps = error instanceof RevertError ? error.steps : [];
    setOutputs({ reverted: false });
    await writeSummary(
      `${revertSummary(inputs.version, steps)}\n> ${errorMessage(error)}\n`,
    );
    throw error;
  } finally {
    await pool?.end();
  }
}
