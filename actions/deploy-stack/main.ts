import path from "node:path";
import { fileURLToPath } from "node:url";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { deploySummary } from "../lib/deploy/summary.js";
import { DEPLOY_INPUTS, readDeployInputs } from "../lib/deploy/inputs.js";
import { deployVersion } from "../lib/deploy/core.js";
import {
  actionsLogger,
  ownerRunOf,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** deploy-stack: validate every input, deploy the version, set outputs and the summary. */
export async function main(): Promise<void> {
  // The bundle sits in actions/deploy-stack/dist/; the templates at the repo root above it.
  const actionDir = path.dirname(fileURLToPath(import.meta.url));
  const request = readDeployInputs(readActionInputs(DEPLOY_INPUTS), {
    actionDir,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  });
  // Clients read region, credentials and AWS_ENDPOINT_URL(_<SERVICE>) and AWS_MAX_ATTEMPTS
  // themselves; their standard retry mode absorbs throttling.
  const result = await deployVersion(
    request,
    {
      cfn: new CloudFormationClient({}),
      ecs: new ECSClient({}),
      elb: new ElasticLoadBalancingV2Client({}),
      ecr: new ECRClient({}),
      events: new EventBridgeClient({}),
    },
    {
      logger: actionsLogger,
      source: {
        commitSha: process.env.GITHUB_SHA,
        repository: process.env.GITHUB_REPOSITORY,
        ownerRun: ownerRunOf(process.env),
      },
    },
  );
  setOutputs({
    "stack-name": result.stackName,
    "stack-id": result.stackId,
    url: result.url,
    "version-url": result.versionUrl,
    status: result.status,
    traffic: result.traffic,
    // A batch version: where smoke-test (and users) drop files and find the outputs.
    bucket: result.batch?.bucket ?? "",
    "inbox-prefix": result.batch?.inboxPrefix ?? "",
    "output-prefix": result.batch?.outputPrefix ?? "",
    "queue-url": result.batch?.queueUrl ?? "",
    // A stream version: where smoke-test (and producers) put events and read decisions.
    "input-stream": result.stream?.inputStream ?? "",
    "output-stream": result.stream?.outputStream ?? "",
  });
  await writeSummary(deploySummary(request.names.version, result));
}
