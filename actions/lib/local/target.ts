/**
 * The local target: Postgres from npm binaries (detached, under the state directory), each
 * version's service as a process on 127.0.0.1 with its gateway in front (which logs its
 * predictions), traffic weights kept in the deployments table, and one router on a stable port
 * that splits traffic by those weights, as the load balancer does on AWS. Each environment is a
 * separate app on the same Postgres: its own registry rows, log tables, services and router, and
 * for batch versions its own inbox, route and queue rows.
 */
import type pg from "pg";
import { batchScope, clearLocalRoute, setLocalRoute } from "../batch/inbox.js";
import type { DeployKind } from "../config/types.js";
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
import type {
  DeployArgs,
  Deployed,
  PipelineTarget,
} from "../pipeline/target.js";
import type { ServicePaths } from "../smoke/options.js";
import { DEFAULT_ENVIRONMENT } from "../version.js";
import { checkedDigest } from "./artifact.js";
import {
  buildLocalImage,
  localImage,
  type LocalBuildOptions,
} from "./image.js";
import { localDropbox, startLocalBatchWorker } from "./batch-worker.js";
import { environmentStateDir, runDir } from "./paths.js";
import { ensureLocalPostgres } from "./postgres.js";
import { ensureLocalRouter, type GatewayCommand } from "./gateway.js";
import { localRevertPlatform } from "./revert-platform.js";
import { startLocalService } from "./services.js";
import { withLocalConsumer } from "../stream/local-deploy.js";

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
  /** modelship.yml's `service`: the start command and the paths. */
  service: { start: string; paths: ServicePaths };
  /** How to run `modelship gateway` (this CLI). */
  gatewayCommand: GatewayCommand;
  /**
   * What the versions are (default online): a batch version gets a worker on the inbox, a stream
   * version a consumer of the environment's local stream.
   */
  kind?: DeployKind;
  /** How to run the modelship CLI (node, its flags, the entry) for a batch version's worker. */
  cliCommand?: readonly string[];
}

/** Builds the local PipelineTarget. */
export function localTarget(options: LocalTargetOptions): PipelineTarget {
  const { app, stateDir, logger } = options;
  const environment = options.environment ?? DEFAULT_ENVIRONMENT;
  const scope: AppEnvironment = { app, environment };
  // The environment's batch route and queue rows (its inbox is under servicesDir).
  const batchApp = batchScope(app, environment);
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
  // A stream version takes events, not requests, as on AWS: the others keep their weights.
  const takesRequests = options.kind !== "stream";
  const record = (args: DeployArgs, serviceUrl: string, digest: string) =>
    withDb(async (db) => {
      const live = new Map(Object.entries(await recordedSplit(db, scope)));
      const next = takesRequests
        ? canaryTraffic(live, args.version.version, args.canaryWeight)
        : live;
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
        kind: options.kind ?? "online",
        trafficWeight: next.get(args.version.version) ?? 0,
        promotedFrom: args.promotedFrom,
        approvedBy: args.approvedBy,
      });
      if (takesRequests) await setTrafficWeights(db, scope, next);
      return next;
    });
  // A batch version: its worker beside the model, recorded with no traffic weight.
  const deployBatch = async (
    args: DeployArgs,
    modelUrl: string,
    digest: string,
  ): Promise<Deployed> => {
    const v = args.version.version;
    if (!options.cliCommand)
      throw new Error(
        "the local target was given no CLI command for batch workers",
      );
    const worker = await startLocalBatchWorker({
      stateDir,
      environment,
      app,
      version: v,
      modelUrl,
      predictPath: options.service.paths.predict,
      command: options.cliCommand,
      logger,
      cwd: options.root,
    });
    await withDb((db) =>
      recordDeployment(db, {
        ...scope,
        version: v,
        status: "deploying",
        target: "local",
        url: modelUrl,
        metrics: args.metrics,
        image:
          args.image ??
          (builtWith ? localImage(app, args.version.imageTag) : undefined),
        // As an online version's: a promotion proves and carries this artifact.
        imageDigest: digest,
        kind: "batch",
        trafficWeight: 0,
        promotedFrom: args.promotedFrom,
        approvedBy: args.approvedBy,
      }),
    );
    return {
      url: modelUrl,
      versionUrl: modelUrl,
      detail: `${v} batch worker (pid ${worker.pid}) in ${environment} on ${localDropbox(stateDir, environment).describe(`inbox/${v}/`)}; model on ${modelUrl}`,
    };
  };
  // A stream version's consumer beside its model: the environment's own streams and checkpoints.
  const withStreamConsumer = (
    deployed: Deployed,
    parts: {
      version: DeployArgs["version"];
      run: string;
      database: string;
      modelUrl: string;
    },
  ) =>
    withDb((pool) =>
      withLocalConsumer(deployed, {
        app,
        names: parts.version,
        logger,
        pool,
        withDb,
        stateDir: servicesDir,
        runDir: parts.run,
        databaseUrl: parts.database,
        // The model itself: the consumer logs each event once, keyed by shard and sequence.
        modelUrl: parts.modelUrl,
        cwd: options.root,
      }),
    );
  return {
    name: "local",
    kind: options.kind,
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
      const gateway = {
        app,
        environment,
        paths: options.service.paths,
        command: options.gatewayCommand,
        cwd: options.root,
      };
      const service = await startLocalService({
        stateDir: servicesDir,
        version: version.version,
        environment,
        runDir: run,
        databaseUrl: database,
        logger,
        command: options.service.start,
        readyPath: options.service.paths.ready,
        cwd: options.root,
        gateway,
      });
      if (options.kind === "batch")
        return deployBatch(args, service.url, digest);
      const split = await record(args, service.url, digest);
      if (!takesRequests)
        return withStreamConsumer(
          {
            url: service.url,
            versionUrl: service.url,
            detail: `${version.version} in ${environment} on ${service.url} (pid ${service.pid}); no requests routed to it`,
          },
          { version, run, database, modelUrl: service.modelUrl },
        );
      const router = await ensureLocalRouter({
        ...gateway,
        stateDir: servicesDir,
        databaseUrl: database,
        logger,
      });
      const deployed = {
        url: router.url,
        versionUrl: service.url,
        detail: `${version.version} in ${environment} on ${service.url} (pid ${service.pid}); traffic ${formatTraffic(split)} on ${router.url}`,
      };
      return deployed;
    },
    async shiftAll(version, metrics) {
      if (options.kind === "batch") {
        // A batch version takes no traffic: it takes the files dropped right under inbox/.
        await withDb(async (db) => {
          await recordDeployment(db, {
            ...scope,
            version: version.version,
            status: "serving",
            metrics,
            trafficWeight: 0,
          });
          await setLocalRoute(db, batchApp, version.version);
        });
        return `inbox/ → ${version.version}`;
      }
      await withDb(async (db) => {
        await recordDeployment(db, {
          ...scope,
          version: version.version,
          status: "serving",
          metrics,
          trafficWeight: takesRequests ? 100 : 0,
        });
        if (takesRequests)
          await setTrafficWeights(db, scope, new Map([[version.version, 100]]));
      });
      return takesRequests
        ? `${version.version}=100`
        : `${version.version} consumes its stream (no requests routed to it)`;
    },
    batchDropbox: () => localDropbox(stateDir, environment),
    revertPlatform: () =>
      localRevertPlatform({
        ...options,
        servicesDir,
        currentTraffic,
        // The image is shared by every environment that runs the version: keep it while one does.
        imageInUseElsewhere: (version: string) =>
          withDb((db) => runsElsewhere(db, scope, version)),
        clearBatchRoute: (version) =>
          withDb((db) => clearLocalRoute(db, batchApp, version)),
      }),
  };
}
