import { spawn } from "node:child_process";

/** A command that ran past its time limit. */
export class CommandTimeoutError extends Error {
  override name = "CommandTimeoutError";
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`"${command}" timed out after ${Math.round(timeoutMs / 1000)} s`);
  }
}

/** What a finished command left. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Options for one command. */
export interface CommandOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Written to the command's stdin (used for `docker login --password-stdin`). */
  input?: string;
  /** Do not echo the command's output (it is still captured). */
  silent?: boolean;
  /** Return a non-zero exit code instead of throwing. */
  ignoreReturnCode?: boolean;
  /** Kill the command after this long and fail. */
  timeoutMs?: number;
}

/**
 * Runs a program with arguments (never through a shell string, so nothing is re-parsed). The
 * action shells back this with `@actions/exec`; the CLI and tests with `nodeRunner`.
 */
export type CommandRunner = (
  command: string,
  args: string[],
  options?: CommandOptions,
) => Promise<CommandResult>;

/** A CommandRunner on node:child_process that streams output to this process as it comes. */
export const nodeRunner: CommandRunner = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill("SIGTERM");
          }, options.timeoutMs);
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (!options.silent) process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (!options.silent) process.stderr.write(d);
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start "${command}": ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const exitCode = code ?? 128;
      if (timedOut) {
        reject(new CommandTimeoutError(command, options.timeoutMs ?? 0));
      } else if (exitCode !== 0 && !options.ignoreReturnCode) {
        const why = signal
          ? `was killed by ${signal}`
          : `exited with code ${exitCode}`;
        reject(
          new Error(
            `"${command} ${args.join(" ")}" ${why}: ${stderr.trim().slice(-500)}`,
          ),
        );
      } else {
        resolve({ exitCode, stdout, stderr });
      }
    });
    // A command that exits without reading stdin makes this write fail with EPIPE; the exit code
    // (from "close") is what matters, so that error must not become an unhandled crash.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
  });
