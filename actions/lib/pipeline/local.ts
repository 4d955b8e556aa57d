import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { canaryTraffic } from "../deploy/traffic.js";
import { ensurePredictionTables, migrate, openPool } from "../db/schema.js";
import {
  listDeployments,
  recordDeployment,
  setTrafficWeights,
} from "../db/deployments.js";
import type { CommandRunner } from "../exec.js";
import { ensureLocalPostgres } from "../local/postgres.js";
import {
  exampleAppDir,
  startLocalService,
  stopLocalService,
  type ServiceCommand,
} from "../local/services.js";
import type { Logger } from "../logger.js";
import type { RevertPlatform } from "../revert/core.js";
import type { VersionNames } from "../version.js";
import type { PipelineTarget } from "./run.js";
import type { StageOutcome } from "./stages.js";

/** When the local target builds the image. */
export type BuildMode = "auto" | "always" | "never";

/** Options of the local target. */
export interface LocalTargetOptions {
  app: string;
  /** The repository root (holds example-app/). */
  root: string;
  /** Where local state lives: Postgres data, run outputs, service logs. */
  stateDir: string;
  logger: Logger;
  runner: CommandRunner;
  build: BuildMode;
  /** Base image for the Dockerfile's BASE_IMAGE; default the Dockerfile's own. */
  baseImage?: string;
  serviceCommand?: ServiceCommand;
}

/** Where a version's training run puts its model and metrics. */
export function runDir(stateDir: string, version: string): string {
  return path.join(stateDir, "runs", version);
}

/** Local image name of a version. */
export function localImage(app: string, names: VersionNames): string {
  return `localhost/modelship-${app}:${names.imageTag}`;
}

async function answers(
  runner: CommandRunner,
  engine: string,
): Promise<boolean> {
  try {
    const result = await runner(engine, ["info"], {
      silent: true,
      ignoreReturnCode: true,
      timeoutMs: 15_000,
    });
    return result.exitCode === 0;
  } catch {
    return false;
  }
}

/** The first container engine that answers `info`, if any. */
export async function findEngine(
  runner: CommandRunner,
): Promise<string | undefined> {
  for (const engine of ["docker", "podman"])
    if (await answers(runner, engine)) return engine;
  return undefined;
}

/**
 * The local target: Postgres from npm binaries (detached, under the state directory), the model
 * service as a node process on 127.0.0.1, and traffic weights kept in the deployments table (there
 * is no load balancer locally; every version answers on its own URL).
 */
export function localTarget(
  o: LocalTargetOptions,
): PipelineTarget & { engine?: string } {
  let url: string | undefined;
  let engine: string | undefined;
  const withDb = async <T>(
    fn: (pool: ReturnType<typeof openPool>) => Promise<T>,
  ): Promise<T> => {
    const pool = openPool(url ?? (await target.databaseUrl()) ?? "");
    try {
      await migrate(pool);
      return await fn(pool);
    } finally {
      await pool.end();
    }
  };
  const currentTraffic = () =>
    withDb(async (db) => {
      const rows = await listDeployments(db, o.app);
      return Object.fromEntries(
        rows
          .filter((r) => r.status !== "reverted" && r.trafficWeight > 0)
          .map((r) => [r.version, r.trafficWeight]),
      );
    });
  const target: PipelineTarget & { engine?: string } = {
    name: "local",
    async databaseUrl() {
      url ??= (await ensureLocalPostgres(o.stateDir, o.logger)).url;
      return url;
    },
    async build(names) {
      return { outcome: await buildImage(names) };
    },
    async deploy({ version, metrics, canaryWeight }) {
      const model = path.join(
        runDir(o.stateDir, version.version),
        "model.json",
      );
      const databaseUrl = (await target.databaseUrl()) as string;
      await withDb((db) => ensurePredictionTables(db, version));
      const service = await startLocalService({
        stateDir: o.stateDir,
        version: version.version,
        modelPath: model,
        databaseUrl,
        logger: o.logger,
        command: o.serviceCommand,
        cwd: o.root,
      });
      const split = await withDb(async (db) => {
        const next = canaryTraffic(
          new Map(Object.entries(await currentTraffic())),
          version.version,
          canaryWeight,
        );
        await recordDeployment(db, {
          app: o.app,
          version: version.version,
          status: "deploying",
          target: "local",
          url: service.url,
          metrics,
          image: engine ? localImage(o.app, version) : undefined,
          trafficWeight: next.get(version.version),
        });
        await setTrafficWeights(db, o.app, next);
        return next;
      });
      const weights = [...split].map(([v, w]) => `${v}=${w}`).join(", ");
      return {
        url: service.url,
        versionUrl: service.url,
        detail: `${version.version} on ${service.url} (pid ${service.pid}); traffic ${weights}`,
      };
    },
    async shiftAll(version, metrics) {
      await withDb(async (db) => {
        await recordDeployment(db, {
          app: o.app,
          version: version.version,
          status: "serving",
          metrics,
          trafficWeight: 100,
        });
        await setTrafficWeights(db, o.app, new Map([[version.version, 100]]));
      });
      return `${version.version}=100`;
    },
    revertPlatform(): RevertPlatform {
      return {
        currentTraffic,
        // The local target has no load balancer: the split lives in deployments, which the
        // revert core writes.
        applyTraffic: async (next) => next,
        async deleteVersion(version) {
          const stopped = await stopLocalService(o.stateDir, version, o.logger);
          return { deleted: stopped, alreadyGone: !stopped };
        },
        async deleteImages(version) {
          const found = engine ?? (await findEngine(o.runner));
          if (!found) return [];
          const image = `localhost/modelship-${o.app}:${version}`;
          const removed = await o.runner(found, ["rmi", image], {
            silent: true,
            ignoreReturnCode: true,
          });
          return removed.exitCode === 0 ? [image] : [];
        },
      };
    },
  };

  async function buildImage(names: VersionNames): Promise<StageOutcome> {
    if (o.build === "never") return { skipped: "--build never" };
    engine = await findEngine(o.runner);
    if (!engine) {
      if (o.build === "always")
        throw new Error(
          "--build always, but neither docker nor podman answers `info`",
        );
      return {
        skipped:
          "no container engine (docker or podman) answers here; the service runs as a node process",
      };
    }
    const base = o.baseImage ?? "node:20-slim";
    if (o.build === "auto" && !(await haveBase(engine, base))) {
      const why = `${engine} cannot get base image ${base}`;
      engine = undefined;
      return {
        skipped: `${why}: pass --base-image IMAGE (or --build always to make this fatal)`,
      };
    }
    const app = exampleAppDir(o.root);
    mkdirSync(path.join(app, "model"), { recursive: true });
    copyFileSync(
      path.join(runDir(o.stateDir, names.version), "model.json"),
      path.join(app, "model", "model.json"),
    );
    await o.runner("npm", ["run", "build", "--prefix", app], {
      cwd: o.root,
      silent: true,
    });
    const image = localImage(o.app, names);
    await o.runner(
      engine,
      ["build", "-t", image, "--build-arg", `BASE_IMAGE=${base}`, app],
      { cwd: o.root, silent: true },
    );
    return `${image} built with ${engine}`;
  }

  async function haveBase(engine: string, base: string): Promise<boolean> {
    const present = await o.runner(engine, ["image", "inspect", base], {
      silent: true,
      ignoreReturnCode: true,
    });
    if (present.exitCode === 0) return true;
    const pulled = await o
      .runner(engine, ["pull", base], {
        silent: true,
        ignoreReturnCode: true,
        timeoutMs: 60_000,
      })
      .catch(() => undefined);
    return pulled?.exitCode === 0;
  }

  return target;
}

/** True when the version's training run left a model behind. */
export function hasModel(stateDir: string, version: string): boolean {
  return existsSync(path.join(runDir(stateDir, version), "model.json"));
}
