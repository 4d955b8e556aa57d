/** Small helpers the CLI's local commands share. */
import path from "node:path";
import { ConfigurationError } from "../lib/errors.js";
import { nodeRunner } from "../lib/exec.js";
import { requiredInput, type InputSource } from "../lib/inputs.js";

/** The state directory (`--state-dir`, default `.modelship`), absolute. */
export function stateDirOf(read: InputSource, root: string): string {
  return path.resolve(root, requiredInput(read, "state-dir"));
}

/** A flag that must be one of a few words. */
export function choice<T extends string>(
  read: InputSource,
  name: string,
  allowed: readonly T[],
): T {
  const value = requiredInput(read, name);
  if (!allowed.includes(value as T))
    throw new ConfigurationError(
      `--${name} must be ${allowed.join(" or ")}, got ${JSON.stringify(value.slice(0, 40))}`,
    );
  return value as T;
}

/** The checked-out commit's SHA, or undefined outside a git checkout. */
export async function commitOf(root: string): Promise<string | undefined> {
  const head = await nodeRunner("git", ["rev-parse", "HEAD"], {
    cwd: root,
    silent: true,
    ignoreReturnCode: true,
  }).catch(() => undefined);
  return head?.exitCode === 0 ? head.stdout.trim() : undefined;
}

/**
 * The argv that runs this CLI again (node, its flags such as `--import tsx`, the entry script):
 * the local target starts `modelship gateway` with it, from the bundle or from source alike.
 */
export function selfCommand(): string[] {
  const entry = process.argv[1];
  if (!entry) throw new Error("cannot tell how this CLI was started");
  return [process.execPath, ...process.execArgv, entry];
}
