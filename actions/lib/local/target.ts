/**
 * The local target: Postgres from npm binaries (detached, under the state directory), each
 * version's service as a process on 127.0.0.1, and traffic weights kept in the deployments table
 * (there is no load balancer locally; every version answers on its own URL). Each environment is
 * a separate app on the same Postgres: its own registry rows, log tables and services.
 */
import type pg from "pg";
import {
  recordDeployment,
  recordedSplit,
  runsElsewhere,
  setTrafficWeights,
  type AppEnvironment,
} from "../db/deployments.js";
import { openPool } from "../db/pool.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import { canaryTraffic, formatTraffic } from "../deploy/traffic.js";
import type { CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import type { DeployArgs, PipelineTarget } from "../pipeline/target.js";
import { DEFAULT_ENVIRONMENT } from "../version.js";
import { artifactDigest } from "./artifact.js";
import {
  buildLocalImage,
  localImage,
  type LocalBuildOptions,
} from "./image.js";
import { environmentStateDir, runDir } from "./paths.js";
import { ensureLocalPostgres } from "./postgres.js";
import { localRevertPlatform } from "./revert-platform.js";
import { startLocalService } from "./services.js";

/** Options of the local target. */
export interface LocalTargetOptions {
  app: string;
  /** The environment deployed to; default DEFAULT_ENVIRONMENT. */
  environment?: string;
  /** The repository root: services and builds run from here. */
  root: string;
  /** Where local state lives: Postgres data, run outputs, service logs. */
  stateDir: string;
  logger: Logger;
  runner: CommandRunner;
  /** How (and whether) images are built. */
  image: Omit<LocalBuildOptions, "app" | "root" | "runner">;
  /** modelship.yml's `service`: the start command and the ready path. */
  service: { start: string; readyPath: string };
}

/** The run directory's digest, checked against a promotion's: the artifact must be the one proven. */
function checkedDigest(run: string, args: DeployArgs): string {
  const digest = artifactDigest(run);
  if (args.digest !== undefined && args.digest !== digest)
    throw new Error(
      `${args.version.version}'s artifact in ${run} has digest ${digest}, not the ${args.digest} ` +
        `${args.promotedFrom ?? "its source"} runs: it was rebuilt or changed since, so it is not promoted`,
    );
  return digest;
}

/** Builds the local PipelineTarget. */
export function localTarget(options: LocalTargetOptions): PipelineTarget {
  const { app, stateDir, logger } = options;
  const environment = options.environment ?? DEFAULT_ENVIRONMENT;
  const scope: AppEnvironment = { app, environment };
  const servicesDir = environmentStateDir(stateDir, environment);
  let url: string | undefined;
  let builtWith: string | undefined;
  const databaseUrl = async () =>
    (url ??= (await ensureLocalPostgres(stateDir, logger)).url);
  const withDb = async <T>(fn: (db: pg.Pool) => Promise<T>): Promise<T> => {
    const pool = openPool(await databaseUrl());
    try {
      await migrate(pool);
      return await fn(pool);
    } finally {
      await pool.end();
    }
  };
  const currentTraffic = () => withDb((db) => recordedSplit(db, scope));
  const record = (args: DeployArgs, serviceUrl: string, digest: string) =>
    withDb(async (db) => {
      const live = new Map(Object.entries(await recordedSplit(db, scope)));
      const next = canaryTraffic(live, args.version.version, args.canaryWeight);
      await recordDeployment(db, {
        ...scope,
        version: args.version.version,
        status: "deploying",
        target: "local",
        url: serviceUrl,
        metrics: args.metrics,
        image:
          args.image ??
          (builtWith ? localImage(app, args.version.imageTag) : undefined),
        imageDigest: digest,
        trafficWeight: next.get(args.version.version),
        promotedFrom: args.promotedFrom,
        approvedBy: args.approvedBy,
      });
      await setTrafficWeights(db, scope, next);
      return next;
    });
  return {
    name: "local",
    databaseUrl,
    async build(names) {
      const built = await buildLocalImage(
        { ...options, ...options.image },
        names,
        runDir(stateDir, names.version),
      );
      builtWith = built.engine;
      return { outcome: built.outcome };
    },
    async deploy(args) {
      const { version } = args;
      const run = runDir(stateDir, version.version);
      const digest = checkedDigest(run, args);
      const database = await databaseUrl();
      await withDb((db) => ensurePredictionTables(db, version));
      const service = await startLocalService({
        stateDir: servicesDir,
        version: version.version,
        environment,
        runDir: run,
        databaseUrl: database,
        logger,
        command: options.service.start,
        readyPath: options.service.readyPath,
        cwd: options.root,
      });
      const split = await record(args, service.url, digest);
      return {
        url: service.url,
        versionUrl: service.url,
        detail: `${version.version} in ${environment} on ${service.url} (pid ${service.pid}); traffic ${formatTraffic(split)}`,
      };
    },
    async shiftAll(version, metrics) {
      await withDb(async (db) => {
        await recordDeployment(db, {
          ...scope,
          version: version.version,
          status: "serving",
          metrics,
          trafficWeight: 100,
        });
        await setTrafficWeights(db, scope, new Map([[version.version, 100]]));
      });
      return `${version.version}=100`;
    },
    revertPlatform: () =>
      localRevertPlatform({
        ...options,
        servicesDir,
        currentTraffic,
        // The image is shared by every environment that runs the version: keep it while one does.
        imageInUseElsewhere: (version: string) =>
          withDb((db) => runsElsewhere(db, scope, version)),
      }),
  };
}
