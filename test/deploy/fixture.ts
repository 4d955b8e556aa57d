/**
 * The deploy tests' one set-up: a fake AWS (see AwsSeed), and the two deploys under test run
 * against it through the real code: a version through the deploy core, from action inputs, and
 * one stack through a change set. Both poll every millisecond.
 */
import path from "node:path";
import {
  deployStack,
  type DeployStackOptions,
} from "../../actions/lib/aws/stack.js";
import {
  deployVersion,
  type DeploySource,
} from "../../actions/lib/deploy/core.js";
import {
  DEPLOY_INPUTS,
  readDeployInputs,
} from "../../actions/lib/deploy/inputs.js";
import { memoryLogger, type Logger } from "../../actions/lib/logger.js";
import { fakeAws, type AwsSeed } from "../helpers/fake-aws/index.js";
import { inputsFor } from "../helpers/inputs.js";
import { ROOT } from "../helpers/run-bundle.js";

/** The stack `deployStack` deploys. */
export const STACK = "modelship-v-v1";

/** shared-parameters that let a deploy create the shared stack (with the deprecated SubnetIds). */
export const SHARED_PARAMETERS =
  "VpcId=vpc-1\nSubnetIds=subnet-1,subnet-2\nDatabaseUrlSecretArn=arn:aws:secretsmanager:us-east-1:123456789012:secret:db";

/** shared-parameters in the current form: LoadBalancerSubnetIds, no SubnetIds. */
export const LB_SHARED_PARAMETERS = [
  "VpcId=vpc-1",
  "LoadBalancerSubnetIds=subnet-1,subnet-2",
  "DatabaseUrlSecretArn=arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC123",
].join("\n");

/** The app's CloudFormation service role, as `cloudformation-role-arn` names it. */
export const ROLE_ARN =
  "arn:aws:iam::123456789012:role/modelship-cloudformation";

/** The repository every `deploy.asRepository` deploy comes from. */
export const REPOSITORY = "octo/models";

/** A deploy request from action inputs, read as the deploy-stack bundle reads them. */
export function deployRequest(inputs: Record<string, string>) {
  return readDeployInputs(inputsFor(DEPLOY_INPUTS, inputs), {
    actionDir: path.join(ROOT, "actions/deploy-stack/dist"),
    workspace: ROOT,
  });
}

/** A fake AWS seeded with `seed`, and deploys against it. */
export function deployFixture(seed: AwsSeed = {}) {
  const aws = fakeAws(seed);

  /** Deploys a version through the core, as the action would with these inputs. */
  const version = (
    inputs: Record<string, string>,
    options: { source?: DeploySource; logger?: Logger } = {},
  ) =>
    deployVersion(
      { ...deployRequest({ "poll-seconds": "0.1", ...inputs }), pollMs: 1 },
      aws.clients,
      { logger: options.logger ?? memoryLogger(), source: options.source },
    );

  /**
   * Deploys a version through the service role (ROLE_ARN), as a commit of REPOSITORY would;
   * returns the result and what was logged.
   */
  const asRepository = async (
    inputs: Record<string, string>,
    options: { commitSha?: string } = {},
  ) => {
    const logger = memoryLogger();
    const source = { commitSha: options.commitSha, repository: REPOSITORY };
    const result = await version(
      { "cloudformation-role-arn": ROLE_ARN, ...inputs },
      { logger, source },
    );
    return { result, logger };
  };

  /**
   * Deploys STACK through a change set; `watchEcs` hands it the (scriptable) ECS client, and
   * `overrides` replace any other option (parameters, declared ones, the role, tags).
   */
  const stack = (
    options: {
      watchEcs?: boolean;
      timeoutMs?: number;
      overrides?: Partial<DeployStackOptions>;
    } = {},
  ) => {
    const logger = memoryLogger();
    const run = deployStack({
      cfn: aws.clients.cfn,
      ecs: options.watchEcs ? aws.clients.ecs : undefined,
      stackName: STACK,
      templateBody: "Resources: {}",
      parameters: { ModelVersion: "v1", ImageUri: "repo:v1" },
      tags: {
        "modelship:app": "modelship",
        "modelship:version": "v1",
        "modelship:commit": "",
      },
      logger,
      pollMs: 1,
      timeoutMs: options.timeoutMs,
      ...options.overrides,
    });
    return { logger, run };
  };

  return { aws, deploy: { version, asRepository, stack } };
}
