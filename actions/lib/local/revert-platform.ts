/** RevertPlatform on the local target: services run as processes, images in podman or docker. */
import { existsSync } from "node:fs";
import type { CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import type { RevertPlatform } from "../revert/types.js";
import { findEngine, localImage } from "./image.js";
import { stopLocalBatchWorker } from "./batch-worker.js";
import { listLocalServices, stopLocalService } from "./services.js";
import { runDir } from "./paths.js";
import { consumerKey } from "../stream/local-deploy.js";

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
      // A batch version has a worker beside its model, a stream version a consumer: each stops
      // first, so it takes no more work once the model is gone.
      const worker = await stopLocalBatchWorker(servicesDir, version, logger);
      const consumer = await stopLocalService(
        servicesDir,
        consumerKey(version),
        logger,
      );
      await options.clearBatchRoute?.(version);
      const stopped = await stopLocalService(servicesDir, version, logger);
      const any = stopped || worker || consumer;
      return { deleted: any, alreadyGone: !any };
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
