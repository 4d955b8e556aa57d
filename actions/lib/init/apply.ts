import {
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../errors.js";
import { unifiedDiff } from "./diff.js";
import type { InitPlan, PlannedFile } from "./plan.js";

/** What init did with one file. */
export type FileAction = "created" | "unchanged" | "differs" | "overwritten";

/** One file's outcome. */
export interface FileOutcome {
  path: string;
  action: FileAction;
  /** For `differs`: the unified diff from the file on disk to what init would write. */
  diff?: string;
  /** Why a file was left alone although `force` was given (not a regular file). */
  note?: string;
}

/** How to apply a plan. */
export interface ApplyOptions {
  /** The repository root; every planned path is inside it. */
  dir: string;
  /** Overwrite files that differ from the plan. */
  force: boolean;
}

/** A file already there larger than this is reported as different without being read whole. */
const MAX_EXISTING_BYTES = 1024 * 1024;

function target(dir: string, relative: string): string {
  const root = path.resolve(dir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(`${root}${path.sep}`))
    throw new Error(`planned path ${relative} is outside ${root}`);
  return file;
}

function existing(file: string): {
  kind: "none" | "file" | "other";
  size: number;
} {
  try {
    const stat = lstatSync(file);
    return { kind: stat.isFile() ? "file" : "other", size: stat.size };
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT")
      return { kind: "none", size: 0 };
    throw error;
  }
}

function applyOne(planned: PlannedFile, options: ApplyOptions): FileOutcome {
  const file = target(options.dir, planned.path);
  const found = existing(file);
  if (found.kind === "none") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, planned.content, { flag: "wx" });
    return { path: planned.path, action: "created" };
  }
  if (found.kind === "other") {
    // A symlink or a directory: never write through it, --force or not.
    return {
      path: planned.path,
      action: "differs",
      note: "not a regular file; left alone",
    };
  }
  const current =
    found.size > MAX_EXISTING_BYTES ? undefined : readFileSync(file, "utf8");
  if (current === planned.content)
    return { path: planned.path, action: "unchanged" };
  if (options.force) {
    writeFileSync(file, planned.content);
    return { path: planned.path, action: "overwritten" };
  }
  const diff =
    current === undefined
      ? `--- ${planned.path}\n+++ ${planned.path} (modelship init)\n(the file on disk is over ${MAX_EXISTING_BYTES} bytes)`
      : unifiedDiff({
          before: current,
          after: planned.content,
          beforeName: `${planned.path} (yours)`,
          afterName: `${planned.path} (modelship init)`,
        });
  return { path: planned.path, action: "differs", diff };
}

/**
 * Writes the plan into `dir`, idempotently: a missing file is created, an identical one is left
 * `unchanged`, and a different one is left alone and reported as `differs` with a diff, unless
 * `force` is set, when it is `overwritten`. Symlinks and directories are never written through.
 */
export function applyInit(
  plan: InitPlan,
  options: ApplyOptions,
): FileOutcome[] {
  let isDirectory = false;
  try {
    isDirectory = statSync(options.dir).isDirectory();
  } catch {
    // Missing: reported below like any other non-directory.
  }
  if (!isDirectory)
    throw new ConfigurationError(`--dir ${options.dir} is not a directory`);
  return plan.files.map((planned) => applyOne(planned, options));
}
