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
  /** The split as the deployments table records it (there is no load balancer locally). */
  currentTraffic(): Promise<Record<string, number>>;
  /** Points the local inbox/ away from a reverted batch version (when it pointed at it). */
  clearBatchRoute?(version: string): Promise<void>;
}

/** Builds the local RevertPlatform. */
export function localRevertPlatform(
  options: LocalRevertOptions,
): RevertPlatform {
  const { app, stateDir, runner, logger } = options;
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
        version in listLocalServices(stateDir) ||
        existsSync(runDir(stateDir, version))
      );
    },
    async deleteVersion(version) {
      // A batch version has a worker beside its model: stopped first, so it stops taking files.
      const worker = await stopLocalBatchWorker(stateDir, version, logger);
      await options.clearBatchRoute?.(version);
      const stopped = await stopLocalService(stateDir, version, logger);
      return { deleted: stopped || worker, alreadyGone: !stopped && !worker };
    },
    async deleteImages(version) {
      const image = localImage(app, version);
      return (await removeImage(image)) ? [image] : [];
    },
  };
}
