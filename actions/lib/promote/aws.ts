/**
 * Promotion on AWS (the promote action): the same core, with deploy-stack's core as the target
 * and, when the target environment pulls from another ECR registry, a copy by digest. The version
 * is deployed at the canary weight, under the target environment's names (`<app>--<env>` stacks,
 * or the app's own in the default environment); the workflow then runs smoke-test and the shift.
 */
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type pg from "pg";
import {
  getDeployment,
  recordPromotion,
  runsElsewhere,
} from "../db/deployments.js";
import { openPool } from "../db/pool.js";
import { migrate } from "../db/schema.js";
import { deployVersion, type DeployClients } from "../deploy/core.js";
import type { DeploySettings } from "../deploy/inputs.js";
import { ecrRegistry, ecrRepositoryOf } from "../image/names.js";
import type { Logger } from "../logger.js";
import type { PipelineTarget } from "../pipeline/target.js";
import { awsRevertPlatform } from "../revert/aws-platform.js";
import { promoteVersion, type ImageCarrier, type Promoted } from "./core.js";
import { ecrImageCarrier, type EcrPlace } from "./ecr-carrier.js";
import type { PromoteRoute } from "./inputs.js";

/** Where the target environment pulls images from, when not the source's registry. */
export interface TargetRegistry {
  registryId?: string;
  region?: string;
  repository?: string;
}

/** The ECR place of an image reference (`<account>.dkr.ecr.<region>.amazonaws.com/<repo>…`). */
export function ecrPlaceOf(image: string, ecr: (region: string) => ECRClient) {
  const host = image.slice(0, image.indexOf("/"));
  const registry = ecrRegistry(host);
  const repository = ecrRepositoryOf(image);
  if (!registry || !repository) return undefined;
  return {
    ecr: ecr(registry.region),
    registryId: registry.accountId,
    region: registry.region,
    repository,
  } satisfies EcrPlace;
}

function carrierFor(
  source: EcrPlace | undefined,
  target: TargetRegistry,
  ecr: (region: string) => ECRClient,
): ImageCarrier | undefined {
  if (!source || !target.registryId) return undefined;
  const region = target.region ?? source.region;
  return ecrImageCarrier({
    source,
    target: {
      ecr: ecr(region),
      registryId: target.registryId,
      region,
      repository: target.repository ?? source.repository,
    },
  });
}

function deployTarget(
  inputs: PromoteRoute,
  settings: DeploySettings & { databaseUrl: string },
  context: { db: pg.Pool; logger: Logger; clients: DeployClients },
): PipelineTarget {
  const { db, logger, clients } = context;
  return {
    name: "aws",
    databaseUrl: async () => settings.databaseUrl,
    build: async () => {
      throw new Error("a promotion never builds");
    },
    async deploy(args) {
      const result = await deployVersion(
        {
          ...settings,
          app: inputs.app,
          names: args.version,
          image: args.image ?? "",
          imageDigest: args.digest,
          traffic: new Map(),
          canaryWeight: args.canaryWeight,
          metrics: args.metrics,
        },
        clients,
        { logger },
      );
      return {
        url: result.url,
        versionUrl: result.versionUrl,
        detail: `${result.stackName} ${result.status}`,
        places: {
          bucket: result.batch?.bucket,
          inputStream: result.stream?.inputStream,
          outputStream: result.stream?.outputStream,
        },
      };
    },
    shiftAll: async () => {
      throw new Error("the workflow shifts traffic with deploy-stack");
    },
    revertPlatform: () =>
      awsRevertPlatform({
        ...clients,
        app: inputs.app,
        environment: inputs.to,
        // The source environment runs the same image: it stays while any environment runs it.
        imageInUseElsewhere: (version) =>
          runsElsewhere(
            db,
            { app: inputs.app, environment: inputs.to },
            version,
          ),
        roleArn: settings.cloudFormationRoleArn,
        logger,
      }),
  };
}

/** The SDK clients of the standard environment (region, credentials, endpoints). */
function standardClients(): DeployClients {
  return {
    cfn: new CloudFormationClient({}),
    ecs: new ECSClient({}),
    elb: new ElasticLoadBalancingV2Client({}),
    ecr: new ECRClient({}),
  };
}

/** Checks, carries and deploys the promotion on AWS; records its source and approver. */
export async function promoteOnAws(
  inputs: PromoteRoute,
  options: {
    settings: DeploySettings;
    databaseUrl: string;
    registry: TargetRegistry;
    logger: Logger;
    /** The target's clients (tests pass their own); default the standard environment's. */
    clients?: DeployClients;
    /** ECR in a region, for a copy between registries; default a client of that region. */
    ecrIn?: (region: string) => ECRClient;
  },
): Promise<Promoted> {
  const ecr = options.ecrIn ?? ((region: string) => new ECRClient({ region }));
  const db = openPool(options.databaseUrl);
  try {
    await migrate(db, options.logger);
    const row = await getDeployment(
      db,
      { app: inputs.app, environment: inputs.from },
      inputs.version,
    );
    const source = row?.image ? ecrPlaceOf(row.image, ecr) : undefined;
    const promoted = await promoteVersion({
      ...inputs,
      db,
      target: deployTarget(
        inputs,
        { ...options.settings, databaseUrl: options.databaseUrl },
        {
          db,
          logger: options.logger,
          clients: options.clients ?? standardClients(),
        },
      ),
      carry: carrierFor(source, options.registry, ecr),
      logger: options.logger,
    });
    await recordPromotion(
      db,
      { app: inputs.app, environment: inputs.to },
      inputs.version,
      { promotedFrom: inputs.from, approvedBy: inputs.approvedBy },
    );
    return promoted;
  } finally {
    await db.end();
  }
}
