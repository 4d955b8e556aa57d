import { spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseOutputFile } from "../helpers/run-bundle.js";

/** What one `run:` script left behind. */
export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/**
 * Runs a step's `run:` script the way the runner does (`bash --noprofile --norc -eo pipefail`),
 * with GITHUB_OUTPUT, in `cwd`. RUNNER_TEMP is `runnerTemp`, else a scratch folder that is
 * removed afterwards.
 */
export function runStep(
  script: string | undefined,
  options: { cwd: string; env?: Record<string, string>; runnerTemp?: string },
): StepRun {
  if (!script) throw new Error("the step has no run: script");
  const scratch = mkdtempSync(path.join(os.tmpdir(), "modelship-step-"));
  const outputFile = path.join(scratch, "output");
  writeFileSync(outputFile, "");
  const result = spawnSync(
    "bash",
    ["--noprofile", "--norc", "-eo", "pipefail", "-c", script],
    {
      cwd: options.cwd,
      encoding: "utf8",
      timeout: 30_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_OUTPUT: outputFile,
        RUNNER_TEMP: options.runnerTemp ?? scratch,
        ...options.env,
      },
    },
  );
  const outputs = parseOutputFile(readFileSync(outputFile, "utf8"));
  rmSync(scratch, { recursive: true, force: true });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
  };
}

/** Runs git in `cwd` and returns its trimmed output; a failure throws. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_CONFIG_NOSYSTEM: "1",
    },
  });
  if (result.status !== 0)
    throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Writes files (path to content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/**
 * A stand-in for the `gh` CLI at the GitHub API boundary, written into `bin`: `gh api PATH
 * [--jq EXPR]` answers with the JSON stored for PATH, and fails as gh does (HTTP 404) for any
 * other path. Returns the PATH value that puts it first.
 */
export function fakeGh(bin: string, answers: Record<string, unknown>): string {
  for (const [apiPath, body] of Object.entries(answers)) {
    writeFileSync(
      path.join(bin, `${apiPath.replaceAll("/", "_")}.json`),
      JSON.stringify(body),
    );
  }
  writeFileSync(
    path.join(bin, "gh"),
    [
      "#!/usr/bin/env bash",
      '[ "$1" = api ] || { echo "fake gh: only api" >&2; exit 2; }',
      `file="${bin}/$(printf '%s' "$2" | tr / _).json"`,
      '[ -f "$file" ] || { echo "gh: Not Found (HTTP 404)" >&2; exit 1; }',
      'if [ "$3" = --jq ]; then jq -r "$4" "$file"; else cat "$file"; fi',
      "",
    ].join("\n"),
  );
  chmodSync(path.join(bin, "gh"), 0o755);
  return `${bin}:${process.env.PATH}`;
}
