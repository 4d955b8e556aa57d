/**
 * The local target's artifact digest. Locally a version's service runs from its run directory
 * (the model its training wrote), so that directory is what "the same artifact" means there: its
 * digest is recorded as the row's image digest, and a promotion checks it before it starts the
 * service, so a version retrained (or altered) after it was proven is never promoted.
 */
import { createHash } from "node:crypto";
import { openSync, closeSync, readdirSync, readSync, statSync } from "node:fs";
import path from "node:path";

/** More than any model the local target runs; keeps a wrong directory from being read whole. */
export const MAX_ARTIFACT_BYTES = 2 * 1024 ** 3;
/** Files read at most. */
export const MAX_ARTIFACT_FILES = 10_000;

function filesUnder(dir: string, base = dir, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, base, found);
    else if (entry.isFile()) found.push(path.relative(base, full));
    if (found.length > MAX_ARTIFACT_FILES)
      throw new Error(
        `run directory ${base} holds more than ${MAX_ARTIFACT_FILES} files`,
      );
  }
  return found;
}

function hashFile(hash: ReturnType<typeof createHash>, file: string): number {
  const fd = openSync(file, "r");
  const chunk = Buffer.alloc(1024 * 1024);
  let total = 0;
  try {
    for (;;) {
      const got = readSync(fd, chunk, 0, chunk.length, null);
      if (got === 0) return total;
      hash.update(chunk.subarray(0, got));
      total += got;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * `sha256:<hex>` over every file of the run directory: each relative path, its size and its
 * bytes, in sorted order, so the same files always give the same digest.
 */
export function artifactDigest(runDir: string): string {
  if (!statSync(runDir, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`run directory ${runDir} does not exist`);
  const hash = createHash("sha256");
  let total = 0;
  for (const relative of filesUnder(runDir).sort()) {
    const full = path.join(runDir, relative);
    hash.update(`${relative}\0${statSync(full).size}\0`);
    total += hashFile(hash, full);
    if (total > MAX_ARTIFACT_BYTES)
      throw new Error(
        `run directory ${runDir} is larger than ${MAX_ARTIFACT_BYTES / 1024 ** 3} GiB`,
      );
  }
  return `sha256:${hash.digest("hex")}`;
}

/** The run directory's digest, checked against a promotion's: the artifact must be the one proven. */
export function checkedDigest(
  run: string,
  args: {
    version: { version: string };
    /** The digest a promotion carries, when it is one. */
    digest?: string;
    promotedFrom?: string;
  },
): string {
  const digest = artifactDigest(run);
  if (args.digest !== undefined && args.digest !== digest)
    throw new Error(
      `${args.version.version}'s artifact in ${run} has digest ${digest}, not the ${args.digest} ` +
        `${args.promotedFrom ?? "its source"} runs: it was rebuilt or changed since, so it is not promoted`,
    );
  return digest;
}
