import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError } from "../errors.js";
import { CommandTimeoutError, type CommandRunner } from "../exec.js";
import type { Logger } from "../logger.js";
import { readMetricsFile, type Metrics } from "../metrics-file.js";

/** What the train action needs, already validated. */
export interface TrainOptions {
  /** A shell command line, run with `bash -c` so pipes, `&&` and quoting work as users expect. */
  command: string;
  /** Where the command runs; relative paths resolve against `cwd`. */
  workingDirectory: string;
  /** The metrics file the command writes, relative to `workingDirectory`. */
  metricsFile: string;
  /** Kill the command after this long. */
  timeoutMinutes?: number;
  runner: CommandRunner;
  logger: Logger;
  /** Base for a relative working directory; default process.cwd(). */
  cwd?: string;
  /**
   * The run's own directory (MODELSHIP_RUN_DIR for the command; the metrics file is resolved
   * against it). Default: the working directory. The local target gives each version its own.
   */
  runDir?: string;
  /** Clock, for tests. */
  now?: () => number;
}

/** What one training run produced. */
export interface TrainResult {
  metrics: Metrics;
  /** Absolute path of the metrics file. */
  metricsFile: string;
  durationSeconds: number;
}

async function mtimeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function checkDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ConfigurationError(
      `working-directory "${dir}" does not exist or is not a directory`,
    );
  }
}

/** Runs the command; a non-zero exit or a timeout becomes an error that quotes the command. */
async function runCommand(
  options: TrainOptions,
  cwd: string,
  runDir: string,
): Promise<void> {
  const timeoutMs =
    options.timeoutMinutes === undefined
      ? undefined
      : options.timeoutMinutes * 60_000;
  let exitCode: number;
  try {
    ({ exitCode } = await options.runner("bash", ["-c", options.command], {
      cwd,
      env: { MODELSHIP_RUN_DIR: runDir },
      timeoutMs,
      ignoreReturnCode: true,
    }));
  } catch (error) {
    if (error instanceof CommandTimeoutError)
      throw new CommandTimeoutError(options.command, error.timeoutMs);
    throw error;
  }
  if (exitCode !== 0) {
    throw new Error(
      `training command exited with code ${exitCode}: ${JSON.stringify(options.command)} (its output is above)`,
    );
  }
}

/**
 * Runs a training command and reads the metrics file it leaves. The command's output streams
 * through the injected runner; any training stack works as long as it writes DVC-style JSON.
 */
export async function train(options: TrainOptions): Promise<TrainResult> {
  const now = options.now ?? Date.now;
  const cwd = path.resolve(
    options.cwd ?? process.cwd(),
    options.workingDirectory,
  );
  const runDir = path.resolve(cwd, options.runDir ?? ".");
  const metricsFile = path.resolve(runDir, options.metricsFile);
  await checkDirectory(cwd);
  if (options.runDir !== undefined) await mkdir(runDir, { recursive: true });
  const before = await mtimeOf(metricsFile);
  const started = now();
  await options.logger.group(`Train: ${options.command}`, () =>
    runCommand(options, cwd, runDir),
  );
  const durationSeconds = Math.round((now() - started) / 100) / 10;
  const after = await mtimeOf(metricsFile);
  if (before !== undefined && after === before) {
    // Not an error: a cached pipeline (dvc repro) may legitimately leave the file untouched.
    options.logger.warning(
      `metrics file "${metricsFile}" was not rewritten by the command; reading its earlier contents`,
    );
  }
  const metrics = await readMetricsFile(metricsFile);
  options.logger.info(
    `read ${metrics.size} metrics from ${metricsFile} after ${durationSeconds} s`,
  );
  return { metrics, metricsFile, durationSeconds };
}
