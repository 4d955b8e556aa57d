/** RevertPlatform on the local target: services run as processes, images in podman or docker. */
import { existsSync } from "node:fs";
import type { CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import type { RevertPlatform } from "../revert/types.js";
import { findEngine, localImage } from "./image.js";
import { listLocalServices, stopLocalService } from "./services.js";
import { runDir } from "./paths.js";
import { consumerKey } from "../stream/local-deploy.js";

/** What the local revert platform needs. */
export interface LocalRevertOptions {
  app: string;
  stateDir: string;
  runner: CommandRunner;
  logger: Logger;
  /** The split as the deployments table records it (there is no load balancer locally). */
  currentTraffic(): Promise<Record<string, number>>;
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
      // A stream version's consumer stops first, so it reads no more once the model is gone.
      await stopLocalService(stateDir, consumerKey(version), logger);
      const stopped = await stopLocalService(stateDir, version, logger);
      return { deleted: stopped, alreadyGone: !stopped };
    },
    async deleteImages(version) {
      const image = localImage(app, version);
      return (await removeImage(image)) ? [image] : [];
    },
  };
}
