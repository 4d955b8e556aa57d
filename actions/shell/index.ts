/**
 * The thin layer between GitHub Actions and the core. This folder, and each action's `main.ts`,
 * are the only places allowed to import `@actions/*` (eslint enforces it).
 */
import * as core from "@actions/core";
import { ConfigurationError, errorMessage } from "../lib/errors.js";
import type { InputSource } from "../lib/inputs.js";
import type { Logger } from "../lib/logger.js";

/** Reads inputs the way the runner passes them (`INPUT_<NAME>`, uppercased, hyphens kept). */
export const actionInputs: InputSource = (name) => core.getInput(name);

/** A Logger that writes through `@actions/core`: groups, annotations, debug lines. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m, a) => core.warning(m, a ?? {}),
  error: (m, a) => core.error(m, a ?? {}),
  group: (name, fn) => core.group(name, fn),
};

/**
 * Runs an action's main function. Any failure becomes `setFailed("<name> failed: <message>")`;
 * a configuration error is the user's to fix, so only other errors log their stack (at debug).
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
  }
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
