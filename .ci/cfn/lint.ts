/**
 * Runs cfn-lint, AWS's CloudFormation linter (Python; `pip install cfn-lint`), over templates at
 * every level, informational notes included. It knows every resource's properties, types,
 * references and many semantic rules; the project's validator only adds what it cannot know.
 */
import { spawn } from "node:child_process";

/** One cfn-lint finding. */
export interface LintFinding {
  file: string;
  /** cfn-lint's rule id, e.g. E3002 (E error, W warning, I informational). */
  id: string;
  level: string;
  line: number;
  path: (string | number)[];
  message: string;
}

/** cfn-lint is not on the PATH. */
export class CfnLintMissingError extends Error {
  override name = "CfnLintMissingError";
}

/** The oldest cfn-lint whose findings the tests were written against. */
export const MIN_CFN_LINT_MAJOR = 1;
const TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 16 * 1024 * 1024;

interface RawFinding {
  Filename: string;
  Level: string;
  Message: string;
  Rule: { Id: string };
  Location: { Start: { LineNumber: number }; Path: (string | number)[] | null };
}

function run(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("cfn-lint", args, {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    const take = (chunk: Buffer, into: "out" | "err") => {
      if (stdout.length + stderr.length > MAX_OUTPUT)
        return child.kill("SIGKILL");
      if (into === "out") stdout += chunk.toString();
      else stderr += chunk.toString();
    };
    child.stdout.on("data", (c: Buffer) => take(c, "out"));
    child.stderr.on("data", (c: Buffer) => take(c, "err"));
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === "ENOENT"
          ? new CfnLintMissingError(
              "cfn-lint is not installed (it is AWS's CloudFormation linter, a Python tool on neither npm nor Debian): run `pip install cfn-lint` (GitHub runners) and try again",
            )
          : error,
      );
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** cfn-lint's version, checked to be a 1.x or later. */
export async function cfnLintVersion(): Promise<string> {
  const { stdout } = await run(["--version"]);
  const version = /(\d+)\.(\d+)\.(\d+)/.exec(stdout);
  if (!version || Number(version[1]) < MIN_CFN_LINT_MAJOR)
    throw new CfnLintMissingError(
      `cfn-lint ${MIN_CFN_LINT_MAJOR}.x or later is needed, found ${JSON.stringify(stdout.trim())}: run \`pip install --upgrade cfn-lint\``,
    );
  return version[0];
}

/**
 * Lints the files in one cfn-lint run (it starts slowly, so batch them) and returns every finding.
 * Exit codes 0, 2, 4, 8 and their sums mean "linted"; anything else is cfn-lint failing to run.
 */
export async function cfnLint(files: string[]): Promise<LintFinding[]> {
  if (files.length === 0) return [];
  const { code, stdout, stderr } = await run([
    "--include-checks",
    "I",
    "--format",
    "json",
    "--",
    ...files,
  ]);
  if (code < 0 || code > 14 || (code & 1) === 1) {
    throw new Error(
      `cfn-lint exited with ${code}: ${stderr.trim().slice(0, 500) || stdout.slice(0, 500)}`,
    );
  }
  const raw = JSON.parse(stdout || "[]") as RawFinding[];
  return raw.map((f) => ({
    file: f.Filename,
    id: f.Rule.Id,
    level: f.Level,
    line: f.Location.Start.LineNumber,
    path: f.Location.Path ?? [],
    message: f.Message,
  }));
}

/** `file:line: [E3002] message`, as the project validator prints its own. */
export function formatLintFinding(f: LintFinding): string {
  return `${f.file}:${f.line}: [cfn-lint ${f.id}] ${f.message}`;
}
