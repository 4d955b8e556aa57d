/**
 * What the deploy tests beyond deploy.test.ts share: a request read through the real input table,
 * real SDK clients (aws-sdk-client-mock stubs them at the boundary), and a deploy runner.
 */
import path from "node:path";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { deployVersion } from "../../actions/lib/deploy/core.js";
import {
  DEPLOY_INPUTS,
  readDeployInputs,
} from "../../actions/lib/deploy/inputs.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { inputsFor } from "../helpers/inputs.js";
import { ROOT } from "../helpers/run-bundle.js";

/** The service role every request here names. */
export const ROLE = "arn:aws:iam::123456789012:role/modelship-cloudformation";
/** Shared parameters in the current form (no deprecated SubnetIds). */
export const SHARED = [
  "VpcId=vpc-1",
  "LoadBalancerSubnetIds=subnet-1,subnet-2",
  "DatabaseUrlSecretArn=arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC123",
].join("\n");

/** A validated request, as deploy-stack reads it from these inputs. */
export function request(inputs: Record<string, string>) {
  return readDeployInputs(inputsFor(DEPLOY_INPUTS, inputs), {
    actionDir: path.join(ROOT, "actions/deploy-stack/dist"),
    workspace: ROOT,
  });
}

/** Fresh real clients; a mock installed with mockClient(Class) answers for all of them. */
export const clients = () => ({
  cfn: new CloudFormationClient({ region: "us-east-1" }),
  ecs: new ECSClient({ region: "us-east-1" }),
  elb: new ElasticLoadBalancingV2Client({ region: "us-east-1" }),
  ecr: new ECRClient({ region: "us-east-1" }),
});

/** Deploys with fast polls and the service role; returns the result and what was logged. */
export async function deploy(
  inputs: Record<string, string>,
  options: { commitSha?: string } = {},
) {
  const logger = memoryLogger();
  const result = await deployVersion(
    {
      ...request({
        "cloudformation-role-arn": ROLE,
        "poll-seconds": "0.1",
        ...inputs,
      }),
      pollMs: 1,
    },
    clients(),
    {
      logger,
      source: { commitSha: options.commitSha, repository: "octo/models" },
    },
  );
  return { result, logger };
}
