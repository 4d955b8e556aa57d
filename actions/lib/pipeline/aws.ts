import path from "node:path";
import { fileURLToPath } from "node:url";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { awsRevertPlatform } from "../revert/aws-platform.js";
import { parseDeployInputs } from "../deploy/inputs.js";
import { deployVersion } from "../deploy/core.js";
import type { CommandRunner } from "../exec.js";
import { buildPush } from "../image/build-push.js";
import { parseBuildPushInputs } from "../image/inputs.js";
import { mapInputs, optionalInput, type InputSource } from "../inputs.js";
import type { Logger } from "../logger.js";
import type { PipelineTarget } from "./run.js";
import type { VersionNames } from "../version.js";

/** Flags `pipeline --target aws` adds: the inputs of build-push and deploy-stack it passes on. */
export const AWS_PIPELINE_FLAGS = [
  "database-url",
  "repository",
  "registry",
  "context",
  "dockerfile",
  "build-args",
  "shared-parameters",
  "parameters",
  "template",
  "timeout-minutes",
];

/** Options of the AWS target. */
export interface AwsTargetOptions {
  read: InputSource;
  app: string;
  root: string;
  logger: Logger;
  runner: CommandRunner;
  /** Hides a secret in later output (core.setSecret in the action). */
  mask?: (secret: string) => void;
  /** Where the bundled stack templates are found from (walks up to stack-templates/). */
  actionDir?: string;
}

/**
 * The AWS target: the same cores the actions run (build-push, deploy-stack, revert), with SDK
 * clients that read region, credentials and endpoints from the standard environment.
 */
export function awsPipelineTarget(o: AwsTargetOptions): PipelineTarget {
  const clients = {
    cfn: new CloudFormationClient({}),
    ecs: new ECSClient({}),
    elb: new ElasticLoadBalancingV2Client({}),
    ecr: new ECRClient({}),
  };
  const databaseUrl =
    optionalInput(o.read, "database-url") ?? process.env.DATABASE_URL;
  const repository = optionalInput(o.read, "repository") ?? o.app;
  const actionDir = o.actionDir ?? path.dirname(fileURLToPath(import.meta.url));
  let image: { ref?: string; digest?: string } = {};

  /** `split`: `{ "canary-weight": "10" }` or `{ traffic: "v2=100" }`, as deploy-stack takes them. */
  async function deploy(
    version: VersionNames,
    split: Record<string, string>,
    metrics: Record<string, number>,
  ) {
    const flags = (name: string) => o.read(name);
    const request = parseDeployInputs(
      mapInputs({
        version: version.version,
        image: image.ref,
        "image-digest": image.digest,
        app: o.app,
        template: flags("template"),
        parameters: flags("parameters"),
        "shared-parameters": flags("shared-parameters"),
        "timeout-minutes": flags("timeout-minutes"),
        "database-url": databaseUrl,
        metrics: JSON.stringify(metrics),
        ...split,
      }),
      { actionDir, workspace: o.root },
    );
    return deployVersion(request, clients, { logger: o.logger });
  }

  return {
    name: "aws",
    async databaseUrl() {
      return databaseUrl;
    },
    async build(version) {
      const options = parseBuildPushInputs(
        mapInputs({
          version: version.version,
          repository,
          context: optionalInput(o.read, "context") ?? "example-app",
          dockerfile: optionalInput(o.read, "dockerfile"),
          registry: optionalInput(o.read, "registry"),
          "build-args": o.read("build-args"),
        }),
        process.env,
      );
      await o.runner("npm", ["run", "build", "--prefix", "example-app"], {
        cwd: o.root,
        silent: true,
      });
      const result = await buildPush(options, {
        run: o.runner,
        logger: o.logger,
        mask: o.mask ?? (() => undefined),
      });
      image = { ref: result.imageRef ?? result.image, digest: result.digest };
      return {
        outcome: `${result.outcome}: ${image.ref}`,
        image: image.ref,
        digest: image.digest,
      };
    },
    async deploy({ version, metrics, canaryWeight }) {
      const split = { "canary-weight": String(canaryWeight) };
      const result = await deploy(version, split, metrics);
      return {
        url: result.url,
        versionUrl: result.versionUrl,
        detail: `${result.stackName} ${result.status}`,
      };
    },
    async shiftAll(version, metrics) {
      const result = await deploy(
        version,
        { traffic: `${version.version}=100` },
        metrics,
      );
      return `traffic ${JSON.stringify(result.traffic)}`;
    },
    revertPlatform() {
      return awsRevertPlatform({
        cfn: clients.cfn,
        elb: clients.elb,
        ecr: clients.ecr,
        app: o.app,
        repository,
        logger: o.logger,
      });
    },
  };
}
