/**
 * Container images on the local target: which engine answers, the base image a Dockerfile needs,
 * and building a version's image from modelship.yml's `build` section.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CommandRunner } from "../exec.js";
import type { StageOutcome } from "../pipeline/stages.js";
import type { VersionNames } from "../version.js";

/** When the local target builds the image. */
export type BuildMode = "auto" | "always" | "never";

/** The local image of a version: the one name, used to build it and to remove it. */
export function localImage(app: string, version: string): string {
  return `localhost/modelship-${app}:${version}`;
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
 * The image the Dockerfile's first FROM names, with `${ARG}` filled from build arguments or the
 * ARG's default; undefined when it cannot tell.
 */
export function baseImageOf(
  dockerfile: string,
  buildArgs: Map<string, string>,
): string | undefined {
  const defaults = new Map<string, string>();
  for (const raw of dockerfile.split("\n")) {
    const line = raw.trim();
    const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(\S+))?/i.exec(line);
    if (arg?.[1] && arg[2] !== undefined) defaults.set(arg[1], arg[2]);
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(line);
    if (from?.[1])
      return from[1].replace(
        /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g,
        (_, name: string) => buildArgs.get(name) ?? defaults.get(name) ?? "",
      );
  }
  return undefined;
}

async function haveImage(
  runner: CommandRunner,
  engine: string,
  image: string,
): Promise<boolean> {
  const options = { silent: true, ignoreReturnCode: true };
  const present = await runner(engine, ["image", "inspect", image], options);
  if (present.exitCode === 0) return true;
  const pulled = await runner(engine, ["pull", image], {
    ...options,
    timeoutMs: 60_000,
  }).catch(() => undefined);
  return pulled?.exitCode === 0;
}

/** What building a local image needs (modelship.yml's `build` section, resolved). */
export interface LocalBuildOptions {
  app: string;
  root: string;
  runner: CommandRunner;
  mode: BuildMode;
  context: string;
  dockerfile: string;
  buildArgs: Map<string, string>;
  /** A shell command run first (with MODELSHIP_RUN_DIR), e.g. to copy the model into the context. */
  prepare?: string;
}

/** Builds a version's image, or says why it was skipped; `engine` is set when it was built. */
export async function buildLocalImage(
  options: LocalBuildOptions,
  names: VersionNames,
  runDir: string,
): Promise<{ outcome: StageOutcome; engine?: string }> {
  const { runner, mode } = options;
  if (mode === "never") return { outcome: { skipped: "--build never" } };
  const engine = await findEngine(runner);
  if (!engine) {
    if (mode === "always")
      throw new Error(
        "--build always, but neither docker nor podman answers `info`",
      );
    const why = "no container engine (docker or podman) answers here";
    return { outcome: { skipped: `${why}; the service runs as a process` } };
  }
  const dockerfile = path.resolve(options.root, options.dockerfile);
  const text = existsSync(dockerfile) ? readFileSync(dockerfile, "utf8") : "";
  const base = baseImageOf(text, options.buildArgs);
  if (mode === "auto" && base && !(await haveImage(runner, engine, base))) {
    const why = `${engine} cannot get base image ${base}`;
    const fix =
      "pass --base-image IMAGE (or --build always to make this fatal)";
    return { outcome: { skipped: `${why}: ${fix}` } };
  }
  const env = { MODELSHIP_RUN_DIR: runDir };
  if (options.prepare)
    await runner("bash", ["-c", options.prepare], { cwd: options.root, env });
  const image = localImage(options.app, names.imageTag);
  const args = [...options.buildArgs].flatMap(([k, v]) => [
    "--build-arg",
    `${k}=${v}`,
  ]);
  await runner(
    engine,
    ["build", "-t", image, "-f", dockerfile, ...args, options.context],
    { cwd: options.root, silent: true },
  );
  return { outcome: `${image} built with ${engine}`, engine };
}
