/** The local twin's object store: a folder (`<state dir>/batch`) with inbox/, outputs/ and spool/. */
import { createReadStream } from "node:fs";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { asyncBufferFromFile, type AsyncBuffer } from "hyparquet";
import type { BatchJob, ObjectStore } from "./types.js";

/** Options of LocalStore. */
export interface LocalStoreOptions {
  /** The local batch root: keys resolve under it. */
  root: string;
  /** Where a job's file is (the spool, or the file given to `modelship batch --input`). */
  fileOf(job: BatchJob): string;
  /** Where an output key goes (default: under the root). */
  outputPath?(key: string): string;
}

/** Moves a finished file into place; a rename is atomic, a copy across disks is renamed last. */
export async function moveInto(file: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await rename(file, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    const partial = `${target}.partial`;
    await copyFile(file, partial);
    await rename(partial, target);
    await rm(file, { force: true });
  }
}

/** See the module comment. */
export class LocalStore implements ObjectStore {
  constructor(private readonly options: LocalStoreOptions) {}

  async stream(job: BatchJob): Promise<Readable> {
    return createReadStream(this.options.fileOf(job), {
      highWaterMark: 256 * 1024,
    });
  }

  randomAccess(job: BatchJob): Promise<AsyncBuffer> {
    return asyncBufferFromFile(this.options.fileOf(job));
  }

  async publish(key: string, file: string): Promise<void> {
    await moveInto(file, this.path(key));
  }

  describe(key: string): string {
    return this.path(key);
  }

  private path(key: string): string {
    return this.options.outputPath?.(key) ?? path.join(this.options.root, key);
  }
}
