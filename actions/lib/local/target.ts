/**
 * The local target: Postgres from npm binaries (detached, under the state directory), each
 * version's service as a process on 127.0.0.1 with its gateway in front (which logs its
 * predictions), traffic weights kept in the deployments table, and one router on a stable port
 * that splits traffic by those weights, as the load balancer does on AWS.
 */
import type pg from "pg";
import {
  recordDeployment,
  recordedSplit,
  setTrafficWeights,
} from "../db/deployments.js";
import { openPool } from "../db/pool.js";
import { ensurePredictionTables, migrate } from "../db/schema.js";
import { canaryTraffic, formatTraffic } from "../deploy/traffic.js";
import type { CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import type { PipelineTarget } from "../pipeline/target.js";
import type { ServicePaths } from "../smoke/options.js";
import {
  buildLocalImage,
  localImage,
  type LocalBuildOptions,
} from "./image.js";
import { runDir } from "./paths.js";
import { ensureLocalPostgres } from "./postgres.js";
import { ensureLocalRouter, type GatewayCommand } from "./gateway.js";
import { localRevertPlatform } from "./revert-platform.js";
import { startLocalService } from "./services.js";

/** Options of the local target. */
export interface LocalTargetOptions {
  app: string;
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
}

/** Builds the local PipelineTarget. */
export function localTarget(options: LocalTargetOptions): PipelineTarget {
  const { app, stateDir, logger } = options;
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
  const currentTraffic = () => withDb((db) => recordedSplit(db, app));
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
    async deploy({ version, metrics, canaryWeight }) {
      const database = await databaseUrl();
      await withDb((db) => ensurePredictionTables(db, version));
      const gateway = {
        app,
        paths: options.service.paths,
        command: options.gatewayCommand,
        cwd: options.root,
      };
      const service = await startLocalService({
        stateDir,
        version: version.version,
        runDir: runDir(stateDir, version.version),
        databaseUrl: database,
        logger,
        command: options.service.start,
        readyPath: options.service.paths.ready,
        cwd: options.root,
        gateway,
      });
      const split = await withDb(async (db) => {
        const live = new Map(Object.entries(await currentTraffic()));
        const next = canaryTraffic(live, version.version, canaryWeight);
        await recordDeployment(db, {
          app,
          version: version.version,
          status: "deploying",
          target: "local",
          url: service.url,
          metrics,
          image: builtWith ? localImage(app, version.imageTag) : undefined,
          trafficWeight: next.get(version.version),
        });
        await setTrafficWeights(db, app, next);
        return next;
      });
      const router = await ensureLocalRouter({
        ...gateway,
        stateDir,
        databaseUrl: database,
        logger,
      });
      return {
        url: router.url,
        versionUrl: service.url,
        detail: `${version.version} on ${service.url} (pid ${service.pid}); traffic ${formatTraffic(split)} on ${router.url}`,
      };
    },
    async shiftAll(version, metrics) {
      await withDb(async (db) => {
        await recordDeployment(db, {
          app,
          version: version.version,
          status: "serving",
          metrics,
          trafficWeight: 100,
        });
        await setTrafficWeights(db, app, new Map([[version.version, 100]]));
      });
      return `${version.version}=100`;
    },
    revertPlatform: () => localRevertPlatform({ ...options, currentTraffic }),
  };
}
