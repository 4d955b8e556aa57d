// A local stand-in for `node:20-slim`, which cannot be pulled here (no Docker Hub): the host's
// own node binary and the shared libraries `ldd` lists, on an empty image (buildah from scratch).
// Use it as the Dockerfile's BASE_IMAGE build argument.
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeRunner } from "../../actions/lib/exec.js";

/** The default tag of the locally made base image. */
export const NODE_BASE_IMAGE = "localhost/modelship-node-base:latest";

/** Files the node binary needs: itself, the dynamic loader and its libraries (real paths). */
function nodeFiles(ldd: string): string[] {
  const libs = [...ldd.matchAll(/(\/[^\s)]+)/g)].map(
    (match) => match[1] as string,
  );
  return [process.execPath, ...libs];
}

/**
 * Only the CONTAINERS_* settings: buildah treats a DOCKER_CONFIG without a config.json (as a
 * fresh podman service env has) as an error ("checking authfile").
 */
export function storageEnv(
  env: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => key.startsWith("CONTAINERS_")),
  );
}

/**
 * Builds `tag` in the container storage named by `env` (CONTAINERS_STORAGE_CONF etc., as from
 * startPodman). Takes about 2 s and 100 MB. Has /tmp, an /etc/passwd with uid 1000 "node"
 * (like the official image) and PATH.
 */
export async function buildNodeBaseImage(options: {
  env: Record<string, string>;
  tag?: string;
}): Promise<string> {
  const tag = options.tag ?? NODE_BASE_IMAGE;
  const run = async (command: string, args: string[]) => {
    const result = await nodeRunner(command, args, {
      env: storageEnv(options.env),
      silent: true,
      ignoreReturnCode: true,
    });
    if (result.exitCode !== 0)
      throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
    return result.stdout.trim();
  };
  const rootfs = mkdtempSync(path.join(os.tmpdir(), "modelship-base-"));
  try {
    for (const file of nodeFiles(await run("ldd", [process.execPath]))) {
      mkdirSync(path.join(rootfs, path.dirname(file)), { recursive: true });
      copyFileSync(file, path.join(rootfs, file)); // follows symlinks: the real library bytes
    }
    // Sticky and world-writable, as in the official image (mkdir's mode is cut by the umask).
    mkdirSync(path.join(rootfs, "tmp"));
    chmodSync(path.join(rootfs, "tmp"), 0o1777);
    mkdirSync(path.join(rootfs, "etc"));
    writeFileSync(
      path.join(rootfs, "etc/passwd"),
      "root:x:0:0:root:/root:/bin/false\nnode:x:1000:1000:node:/home/node:/bin/false\n",
    );
    writeFileSync(path.join(rootfs, "etc/group"), "root:x:0:\nnode:x:1000:\n");
    const ctr = await run("buildah", ["from", "scratch"]);
    try {
      await run("buildah", ["copy", ctr, rootfs, "/"]);
      await run("buildah", [
        "config",
        "--env",
        "PATH=/usr/local/bin:/usr/bin:/bin",
        "--cmd",
        "node",
        ctr,
      ]);
      await run("buildah", ["commit", "--quiet", ctr, tag]);
    } finally {
      await run("buildah", ["rm", ctr]).catch(() => undefined);
    }
    return tag;
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}
