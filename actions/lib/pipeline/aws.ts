/**
 * The AWS target: the same cores the actions run (build-push, deploy-stack, revert), called with
 * typed requests built once from the inputs, with SDK clients that read region, credentials and
 * endpoints from the standard environment.
 */
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { S3Client } from "@aws-sdk/client-s3";
import { deployVersion } from "../deploy/core.js";
import type { DeployRequest, DeploySettings } from "../deploy/inputs.js";
import type { CommandRunner } from "../exec.js";
import { buildPush } from "../image/build-push.js";
import type { BuildSettings } from "../image/inputs.js";
import type { Logger } from "../logger.js";
import { awsRevertPlatform } from "../revert/aws-platform.js";
import { s3Dropbox } from "../smoke/batch-inputs.js";
import type { VersionNames } from "../version.js";
import type { PipelineTarget } from "./target.js";

/** Options of the AWS target: every setting already validated. */
export interface AwsTargetOptions {
  app: string;
  /**
   * The environment deployed to (default the default one): the versions the pipeline passes are
   * named in it, and its revert platform acts on its stacks only.
   */
  environment?: string;
  build: BuildSettings;
  deploy: DeploySettings;
  databaseUrl?: string;
  logger: Logger;
  runner: CommandRunner;
  /** Hides a secret in later output (core.setSecret in the action). */
  mask?: (secret: string) => void;
}

/** Builds the AWS PipelineTarget. */
export function awsPipelineTarget(options: AwsTargetOptions): PipelineTarget {
  const clients = {
    cfn: new CloudFormationClient({}),
    ecs: new ECSClient({}),
    elb: new ElasticLoadBalancingV2Client({}),
    ecr: new ECRClient({}),
    events: new EventBridgeClient({}),
  };
  let image: { ref?: string; digest?: string; gateway?: string } = {};
  // A batch version's bucket, from its deploy: where its smoke test drops the cases.
  let bucket = "";

  const deploy = (
    names: VersionNames,
    split: Pick<DeployRequest, "traffic" | "canaryWeight">,
    metrics: Record<string, number>,
  ) =>
    deployVersion(
      {
        ...options.deploy,
        ...split,
        app: options.app,
        names,
        image: image.ref ?? "",
        imageDigest: image.digest,
        gatewayImage: image.gateway,
        databaseUrl: options.databaseUrl,
        metrics,
      },
      clients,
      { logger: options.logger },
    );

  return {
    name: "aws",
    kind: options.deploy.kind,
    databaseUrl: async () => options.databaseUrl,
    async build(version) {
      const result = await buildPush(
        { ...options.build, version, push: true },
        {
          run: options.runner,
          logger: options.logger,
          mask: options.mask ?? (() => undefined),
        },
      );
      image = {
        ref: result.imageRef ?? result.image,
        digest: result.digest,
        gateway: result.gatewayImage,
      };
      return {
        outcome: `${result.outcome}: ${image.ref}`,
        image: image.ref,
        digest: image.digest,
      };
    },
    async deploy({ version, metrics, canaryWeight }) {
      const split = { traffic: new Map(), canaryWeight };
      const result = await deploy(version, split, metrics);
      bucket = result.batch?.bucket ?? bucket;
      return {
        url: result.url,
        versionUrl: result.versionUrl,
        detail: `${result.stackName} ${result.status}`,
      };
    },
    async shiftAll(version, metrics) {
      const traffic = new Map([[version.version, 100]]);
      const result = await deploy(version, { traffic }, metrics);
      return `traffic ${JSON.stringify(result.traffic)}`;
    },
    batchDropbox: () => s3Dropbox(new S3Client({}), bucket),
    revertPlatform: () =>
      awsRevertPlatform({
        ...clients,
        app: options.app,
        environment: options.environment,
        repository: options.build.repository,
        roleArn: options.deploy.cloudFormationRoleArn,
        logger: options.logger,
      }),
  };
}
