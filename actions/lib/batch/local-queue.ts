/**
 * The local twin's queue, kept in Postgres: one row per dropped file, claimed with
 * `FOR UPDATE SKIP LOCKED` so workers never take the same delivery, with a lease (`visible_at`)
 * that the worker renews, a delivery count and a dead state with its reason, like SQS and its
 * dead-letter queue. Each file waits in the spool under its job id until it is done.
 */
import { createIfMissing } from "../db/ddl.js";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { Queryable } from "../db/pool.js";
import type { BatchJob, JobQueue, UnreadableMessage } from "./types.js";

/** Where a job's file waits while it is queued: `<root>/spool/<id>/<file name>`. */
export function spoolPath(root: string, id: string, key: string): string {
  return path.join(root, "spool", id, path.basename(key));
}

/** Creates the queue's table (local state only: not part of the app's migrations). */
export async function ensureLocalQueue(db: Queryable): Promise<void> {
  await createIfMissing(async () => {
    await db.query(`CREATE TABLE IF NOT EXISTS modelship_batch_jobs (
      id          bigserial PRIMARY KEY,
      app         text NOT NULL,
      version     text NOT NULL,
      key         text NOT NULL,
      state       text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'dead')),
      deliveries  integer NOT NULL DEFAULT 0,
      visible_at  timestamptz NOT NULL DEFAULT now(),
      reason      text,
      created_at  timestamptz NOT NULL DEFAULT now(),
      updated_at  timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX IF NOT EXISTS modelship_batch_jobs_ready
      ON modelship_batch_jobs (app, version, visible_at) WHERE state = 'queued'`);
  });
}

/** Options of LocalQueue. */
export interface LocalQueueOptions {
  pool: pg.Pool;
  /** The environment's local batch root (batchRoot). */
  root: string;
  /** The app's scoped name (batchScope in inbox.ts): each environment's rows are its own. */
  app: string;
  version: string;
  leaseSeconds?: number;
  /** Deliveries after which a file is dead (SQS's maxReceiveCount); default 3. */
  maxDeliveries?: number;
  /** How long receive() waits for a job, polling (default 1 s). */
  waitMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Queues a file already moved into the spool under `id` (see enqueueFile in inbox.ts). */
export async function insertJob(
  db: Queryable,
  job: { app: string; version: string; key: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    "INSERT INTO modelship_batch_jobs (app, version, key) VALUES ($1, $2, $3) RETURNING id",
    [job.app, job.version, job.key],
  );
  return String(rows[0]?.id);
}

/** See the module comment. */
export class LocalQueue implements JobQueue {
  readonly leaseSeconds: number;
  private readonly keys = new Map<string, string>();

  constructor(private readonly options: LocalQueueOptions) {
    this.leaseSeconds = options.leaseSeconds ?? 60;
  }

  async receive(
    signal: AbortSignal,
  ): Promise<BatchJob | UnreadableMessage | undefined> {
    const deadline = Date.now() + (this.options.waitMs ?? 1000);
    for (;;) {
      const job = await this.claim();
      if (job || signal.aborted || Date.now() >= deadline) return job;
      await sleep(100);
    }
  }

  private async claim(): Promise<BatchJob | undefined> {
    const { app, version } = this.options;
    const { rows } = await this.options.pool.query<{
      id: string;
      key: string;
      deliveries: number;
    }>(
      `UPDATE modelship_batch_jobs SET deliveries = deliveries + 1, updated_at = now(),
         visible_at = now() + make_interval(secs => $3)
       WHERE id = (SELECT id FROM modelship_batch_jobs
                    WHERE app = $1 AND version = $2 AND state = 'queued' AND visible_at <= now()
                    ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
       RETURNING id, key, deliveries`,
      [app, version, this.leaseSeconds],
    );
    const row = rows[0];
    if (!row) return undefined;
    const id = String(row.id);
    this.keys.set(id, row.key);
    const max = this.options.maxDeliveries ?? 3;
    if (row.deliveries > max) {
      await this.deadLetter(id, `delivered ${max} times without finishing`);
      return this.claim();
    }
    // The watcher queues a file right under inbox/ for the app's current batch version.
    const appRoute = !row.key.slice("inbox/".length).includes("/");
    return {
      handle: id,
      key: row.key,
      revision: `job-${id}`,
      attempt: row.deliveries,
      appRoute,
    };
  }

  async extend(handle: string): Promise<void> {
    await this.options.pool.query(
      `UPDATE modelship_batch_jobs SET visible_at = now() + make_interval(secs => $2), updated_at = now()
        WHERE id = $1 AND state = 'queued'`,
      [handle, this.leaseSeconds],
    );
  }

  async complete(handle: string): Promise<void> {
    await this.finish(handle, "done");
    await rm(path.dirname(this.spool(handle)), {
      recursive: true,
      force: true,
    });
  }

  async release(handle: string): Promise<void> {
    await this.options.pool.query(
      "UPDATE modelship_batch_jobs SET visible_at = now(), updated_at = now() WHERE id = $1 AND state = 'queued'",
      [handle],
    );
  }

  /** Moves the file to `<root>/dead/<id>-<name>` and records why. */
  async deadLetter(handle: string, reason: string): Promise<void> {
    const from = this.spool(handle);
    const dead = path.join(
      this.options.root,
      "dead",
      `${handle}-${path.basename(from)}`,
    );
    await mkdir(path.dirname(dead), { recursive: true });
    await rename(from, dead).catch(() => undefined);
    await this.finish(handle, "dead", reason);
    await rm(path.dirname(from), { recursive: true, force: true });
  }

  private spool(handle: string): string {
    return spoolPath(
      this.options.root,
      handle,
      this.keys.get(handle) ?? "file",
    );
  }

  private async finish(
    handle: string,
    state: "done" | "dead",
    reason?: string,
  ) {
    await this.options.pool.query(
      "UPDATE modelship_batch_jobs SET state = $2, reason = $3, updated_at = now() WHERE id = $1",
      [handle, state, reason?.slice(0, 2000) ?? null],
    );
  }
}
