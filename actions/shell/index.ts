/**
 * The thin layer between GitHub Actions and the core. This folder, and each action's `main.ts`,
 * are the only places allowed to import `@actions/*` (eslint enforces it).
 */
import * as core from "@actions/core";
import * as exec from "@actions/exec";
import { ConfigurationError, errorMessage } from "../lib/errors.js";
import { CommandTimeoutError, type CommandRunner } from "../lib/exec.js";
import type { InputTable, TableInputs } from "../lib/input-table.js";
import type { Logger } from "../lib/logger.js";
import { layeredInputs } from "../lib/config/inputs.js";

/**
 * Reads an action's inputs the way the runner passes them (`INPUT_<NAME>`, uppercased, hyphens
 * kept), layered over modelship.yml and the table's built-in defaults. Secrets are masked first,
 * before any validation message could quote them.
 */
export function readActionInputs(table: InputTable): TableInputs {
  for (const spec of table)
    if (spec.secret) maskSecret(core.getInput(spec.name));
  return layeredInputs(
    table,
    (name) => core.getInput(name),
    process.env.GITHUB_WORKSPACE ?? process.cwd(),
  );
}

/** A Logger that writes through `@actions/core`: groups, annotations, debug lines. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m, a) => core.warning(m, a ?? {}),
  error: (m, a) => core.error(m, a ?? {}),
  group: (name, fn) => core.group(name, fn),
};

/**
 * Runs an action's main function. Any failure becomes `setFailed("<name> failed: <message>")`
 * and exit code 1; a configuration error is the user's to fix, so it exits 2 and logs no stack
 * (other errors log theirs at debug).
 */
export async function runAction(
  name: string,
  main: () => Promise<void>,
): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (
      !(error instanceof ConfigurationError) &&
      error instanceof Error &&
      error.stack
    ) {
      core.debug(error.stack);
    }
    core.setFailed(`${name} failed: ${errorMessage(error)}`);
    if (error instanceof ConfigurationError) process.exitCode = 2;
    // A timed-out child would keep this process alive; leave it to the runner's clean-up.
    if (error instanceof CommandTimeoutError) process.exit(1);
  }
}

/**
 * Masks a secret (a token, or a database URL and its password both as written and decoded)
 * before anything can print it. Called before validating inputs, since a validation message might
 * quote the value.
 */
export function maskSecret(raw: string | undefined): void {
  const value = raw?.trim();
  if (!value) return;
  core.setSecret(value);
  try {
    const { password } = new URL(value);
    if (password) core.setSecret(password);
    const decoded = decodeURIComponent(password);
    if (decoded !== password) core.setSecret(decoded);
  } catch {
    // Not a URL: the whole value is masked already, and validation reports it.
  }
}

/** This workflow run as `<run id>/<attempt>` (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), when known. */
export function ownerRunOf(
  env: Record<string, string | undefined>,
): string | undefined {
  return env.GITHUB_RUN_ID
    ? `${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? "1"}`
    : undefined;
}

/** Sets each output; objects are written as JSON. */
export function setOutputs(
  outputs: Record<string, string | number | boolean | object>,
): void {
  for (const [key, value] of Object.entries(outputs)) {
    core.setOutput(
      key,
      typeof value === "object" ? JSON.stringify(value) : String(value),
    );
  }
}

/** Appends markdown to the job summary, when the runner gives a summary file. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug("GITHUB_STEP_SUMMARY is not set: no job summary written");
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

/**
 * A CommandRunner on `@actions/exec`: output streams to the job log as it comes, and is captured.
 * `@actions/exec` cannot kill its child, so a timeout rejects with CommandTimeoutError and
 * runAction then exits the process; the runner reaps the orphan at the end of the job.
 */
export const actionsRunner: CommandRunner = async (
  command,
  args,
  options = {},
) => {
  const running = exec.getExecOutput(command, args, {
    cwd: options.cwd,
    env: options.env
      ? { ...(process.env as Record<string, string>), ...options.env }
      : undefined,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
    silent: options.silent,
    ignoreReturnCode: true,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    if (options.timeoutMs === undefined) return;
    timer = setTimeout(
      () => reject(new CommandTimeoutError(command, options.timeoutMs ?? 0)),
      options.timeoutMs,
    );
  });
  try {
    const result = await Promise.race([running, timeout]);
    if (result.exitCode !== 0 && !options.ignoreReturnCode) {
      throw new Error(
        `"${command} ${args.join(" ")}" exited with code ${result.exitCode}: ${result.stderr.trim().slice(-500)}`,
      );
    }
    return result;
  } finally {
    clearTimeout(timer);
  }
};
