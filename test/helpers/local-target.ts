// What the local-target E2E tests share: the example's modelship.yml moved out of the repository
// (with extra YAML appended), a client of the PostgreSQL the CLI started for a state directory,
// and a bounded wait.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { cliFromSource } from "./cli-source.js";
import { ROOT } from "./run-bundle.js";

/**
 * Writes the repository's own modelship.yml to `file`, with `extra` appended (an `environments:`
 * block, say). Its paths are made absolute, since a file's relative paths are relative to it.
 */
export function writeExampleConfig(file: string, extra = ""): string {
  writeFileSync(
    file,
    readFileSync(path.join(ROOT, "modelship.yml"), "utf8")
      .replace("  metrics-file: metrics.json", `  working-directory: ${ROOT}`)
      .replace(
        "cases-file: example-app/smoke-cases.json",
        `cases-file: ${ROOT}/example-app/smoke-cases.json`,
      )
      .replace("  context: example-app", `  context: ${ROOT}/example-app`) +
      extra,
  );
  return file;
}

/** A temporary workspace for the CLI: a state directory and the example's config, with `extra`. */
export interface ExampleWorkspace {
  work: string;
  state: string;
  config: string;
  /** Runs the CLI from its sources with this config and state dir (no DATABASE_URL). */
  cli(...args: string[]): Promise<{ code: number | null; out: string }>;
  /** `modelship down` on the state directory (it reads no config). */
  down(): Promise<{ code: number | null; out: string }>;
}

/** Makes an ExampleWorkspace in a new temporary directory named after `prefix`. */
export function exampleWorkspace(
  prefix: string,
  extra: string,
): ExampleWorkspace {
  const work = mkdtempSync(path.join(os.tmpdir(), prefix));
  // The local PostgreSQL runs as user postgres, which must be able to enter the state directory.
  chmodSync(work, 0o755);
  const state = path.join(work, "state");
  const config = writeExampleConfig(path.join(work, "modelship.yml"), extra);
  const run = async (args: string[]) => {
    const result = await cliFromSource(args, {
      cwd: ROOT,
      env: { DATABASE_URL: "" },
    });
    return { code: result.code, out: result.stdout + result.stderr };
  };
  return {
    work,
    state,
    config,
    cli: (...args) => run([...args, "--config", config, "--state-dir", state]),
    down: () => run(["down", "--state-dir", state]),
  };
}

/** The URL of the PostgreSQL the local target started for `state` (its port is in the state dir). */
export function localDatabaseUrl(state: string): string {
  const { port } = JSON.parse(
    readFileSync(path.join(state, "postgres.json"), "utf8"),
  ) as { port: number };
  return `postgres://postgres:modelship@127.0.0.1:${port}/postgres`;
}

/** A connected client of the local target's PostgreSQL; the caller ends it. */
export async function connectLocalDatabase(state: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: localDatabaseUrl(state) });
  await client.connect();
  return client;
}

/** A `deployments` row, as the environment E2E tests read it. */
export interface DeploymentRow {
  environment: string;
  version: string;
  status: string;
  traffic_weight: number;
  image_digest: string | null;
  promoted_from: string | null;
  smoke: string | null;
  url: string | null;
  updated_at: Date;
}

/** Every `deployments` row of `app`, by environment and version. */
export async function deploymentRows(
  db: pg.Client,
  app: string,
): Promise<DeploymentRow[]> {
  const { rows } = await db.query<DeploymentRow>(
    `SELECT environment, version, status, traffic_weight, image_digest, promoted_from, smoke,
            url, updated_at
       FROM deployments WHERE app = $1 ORDER BY environment, version`,
    [app],
  );
  return rows;
}

/** Polls `check` every 200 ms until it holds; throws, naming `what`, after `timeoutMs`. */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
