/** RevertPlatform on the local target: services run as processes, images in podman or docker. */
import { existsSync } from "node:fs";
import type { CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import type { RevertPlatform } from "../revert/types.js";
import { findEngine, localImage } from "./image.js";
import { stopLocalBatchWorker } from "./batch-worker.js";
import { listLocalServices, stopLocalService } from "./services.js";
import { runDir } from "./paths.js";

/** What the local revert platform needs. */
export interface LocalRevertOptions {
  app: string;
  stateDir: string;
  runner: CommandRunner;
  logger: Logger;
  /** Where the environment's services are recorded (default the state directory). */
  servicesDir?: string;
  /** The split as the deployments table records it (there is no load balancer locally). */
  currentTraffic(): Promise<Record<string, number>>;
  /** True when another environment still runs the version, so its image must stay. */
  imageInUseElsewhere?(version: string): Promise<boolean>;
  /** Points the local inbox/ away from a reverted batch version (when it pointed at it). */
  clearBatchRoute?(version: string): Promise<void>;
}

/** Builds the local RevertPlatform. */
export function localRevertPlatform(
  options: LocalRevertOptions,
): RevertPlatform {
  const { app, stateDir, runner, logger } = options;
  const servicesDir = options.servicesDir ?? stateDir;
  const removeImage = async (image: string): Promise<boolean> => {
    const engine = await findEngine(runner);
    if (!engine) return false;
    const removed = await runner(engine, ["rmi", image], {
      silent: true,
      ignoreReturnCode: true,
    });
    return removed.exitCode === 0;
  };
  return {
    currentTraffic: options.currentTraffic,
    // The split lives in deployments, which the revert core writes: nothing to apply here.
    applyTraffic: async (next) => next,
    async versionExists(version) {
      return (
        version in listLocalServices(servicesDir) ||
        existsSync(runDir(stateDir, version))
      );
    },
    async deleteVersion(version) {
      // A batch version has a worker beside its model: stopped first, so it stops taking files.
      const worker = await stopLocalBatchWorker(servicesDir, version, logger);
      await options.clearBatchRoute?.(version);
      const stopped = await stopLocalService(servicesDir, version, logger);
      return { deleted: stopped || worker, alreadyGone: !stopped && !worker };
    },
    async deleteImages(version) {
      if (await options.imageInUseElsewhere?.(version)) {
        logger.info(`${version}'s image stays: another environment runs it`);
        return [];
      }
      const image = localImage(app, version);
      return (await removeImage(image)) ? [image] : [];
    },
  };
}
