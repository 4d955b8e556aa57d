/**
 * The local twin's inbox: a folder under the state directory, watched by polling. A file whose
 * size and modification time held still for one poll is taken: queued in Postgres and moved into
 * the spool in one transaction (a file two watchers see is taken by one). `inbox/<version>/...`
 * goes to that version; a file right under `inbox/` to the app's current batch version, the
 * local route that the local deploy of a batch version points. Routes and queue rows are keyed
 * by batchScope, so each environment has its own.
 */
import { createIfMissing } from "../db/ddl.js";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { inTransaction, type Queryable } from "../db/pool.js";
import type { Logger } from "../logger.js";
import { environmentApp } from "../version.js";
import { insertJob, spoolPath } from "./local-queue.js";
import { INBOX_PREFIX } from "./worker.js";

/**
 * The name an app's local batch route and queue rows go by in an environment, as streamScope is
 * for streams: the app itself in the default environment (so rows made before environments stay
 * valid), `<app>--<env>` in another, so one version name in two environments never shares a
 * route or a queued file.
 */
export function batchScope(app: string, environment: string): string {
  return environmentApp(app, environment);
}

/** Creates the local route table: the app's current batch version (local state only). */
export async function ensureLocalRoutes(db: Queryable): Promise<void> {
  await createIfMissing(async () => {
    await db.query(`CREATE TABLE IF NOT EXISTS modelship_batch_routes (
      app text PRIMARY KEY, version text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
  });
}

/** Points the app's local inbox at `version`; `app` is the scoped name (batchScope). */
export async function setLocalRoute(
  db: Queryable,
  app: string,
  version: string,
) {
  await ensureLocalRoutes(db);
  await db.query(
    `INSERT INTO modelship_batch_routes (app, version) VALUES ($1, $2)
     ON CONFLICT (app) DO UPDATE SET version = $2, updated_at = now()`,
    [app, version],
  );
}

/** The app's current batch version locally, if any. */
export async function localRoute(
  db: Queryable,
  app: string,
): Promise<string | undefined> {
  await ensureLocalRoutes(db);
  const { rows } = await db.query<{ version: string }>(
    "SELECT version FROM modelship_batch_routes WHERE app = $1",
    [app],
  );
  return rows[0]?.version;
}

/** Removes the app's local route when it points at `version` (a revert). */
export async function clearLocalRoute(
  db: Queryable,
  app: string,
  version: string,
) {
  await ensureLocalRoutes(db);
  await db.query(
    "DELETE FROM modelship_batch_routes WHERE app = $1 AND version = $2",
    [app, version],
  );
}

/** Options of InboxWatcher. */
export interface InboxOptions {
  pool: pg.Pool;
  root: string;
  /** The app's scoped name (batchScope): its route and queue rows. */
  app: string;
  version: string;
  logger: Logger;
}

/** A name a writer uses while a file is not finished yet: never taken. */
const unfinished = (name: string) =>
  name.startsWith(".") || /\.(tmp|part|partial)$/i.test(name);

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !unfinished(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** See the module comment. */
export class InboxWatcher {
  private readonly seen = new Map<string, string>();

  constructor(private readonly options: InboxOptions) {}

  /** The inbox folder (`<root>/inbox`). */
  get inbox(): string {
    return path.join(this.options.root, "inbox");
  }

  /** One poll: queues every file that held still since the last one; returns how many. */
  async scan(): Promise<number> {
    const { pool, app, version } = this.options;
    const own = await filesUnder(path.join(this.inbox, version));
    const flat =
      (await localRoute(pool, app)) === version ? await this.flatFiles() : [];
    let queued = 0;
    const present = new Set<string>();
    for (const file of [...own, ...flat]) {
      present.add(file);
      const info = await stat(file).catch(() => undefined);
      if (!info) continue;
      const mark = `${info.size}:${info.mtimeMs}`;
      if (this.seen.get(file) !== mark) {
        this.seen.set(file, mark);
        continue;
      }
      this.seen.delete(file);
      if (await this.take(file)) queued++;
    }
    for (const file of this.seen.keys())
      if (!present.has(file)) this.seen.delete(file);
    return queued;
  }

  private async flatFiles(): Promise<string[]> {
    if (!existsSync(this.inbox)) return [];
    const entries = await readdir(this.inbox, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !unfinished(entry.name))
      .map((entry) => path.join(this.inbox, entry.name));
  }

  /** Queues the file and moves it into the spool, both or neither. */
  private async take(file: string): Promise<boolean> {
    const { pool, app, version, root } = this.options;
    const relative = path.relative(this.inbox, file).split(path.sep).join("/");
    const key = `${INBOX_PREFIX}${relative}`;
    try {
      await inTransaction(pool, async (db) => {
        const id = await insertJob(db, { app, version, key });
        const target = spoolPath(root, id, key);
        await mkdir(path.dirname(target), { recursive: true });
        await rename(file, target);
      });
      this.options.logger.info(`inbox: queued ${key} for ${version}`);
      return true;
    } catch (error) {
      // Another watcher took it first (the file is gone): nothing to do.
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
  }
}
