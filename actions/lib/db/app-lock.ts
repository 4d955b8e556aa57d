/**
 * One deploy or revert per app at a time, across runners: a Postgres advisory lock on the app,
 * held for the whole operation. GitHub's concurrency groups cannot do this without letting a push
 * cancel a waiting revert (it keeps one pending run per group), so deploy-stack and revert take
 * this lock in the deployments database instead.
 */
import type pg from "pg";
import type { Logger } from "../logger.js";

/** The advisory lock namespace of app locks ("mshp"); the key is hashtext(app). */
const APP_LOCK_CLASS = 0x6d736870;
/** How long an operation waits for another one on the same app (default 30 minutes). */
export const DEFAULT_APP_LOCK_WAIT_MS = 30 * 60_000;

/** Options for withAppLock. */
export interface AppLockOptions {
  app: string;
  /** What holds it, shown to whoever waits (e.g. `deploy v3`). */
  holder: string;
  logger: Logger;
  waitMs?: number;
  pollMs?: number;
}

async function holders(client: pg.PoolClient, app: string): Promise<string> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT application_name AS name FROM pg_stat_activity
      WHERE application_name LIKE $1 AND pid <> pg_backend_pid()`,
    [`modelship ${app}:%`],
  );
  return rows.map((r) => r.name.slice(`modelship ${app}: `.length)).join(", ");
}

/**
 * Runs `fn` holding the app's lock on a dedicated connection; waits (saying who holds it) while
 * another deploy or revert of the same app runs. The lock goes with the connection, so a killed
 * runner never leaves it behind.
 */
export async function withAppLock<T>(
  pool: pg.Pool,
  options: AppLockOptions,
  fn: () => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  const { app, logger } = options;
  // A connection lost while checked out emits 'error' on the client; unheard, it would crash the
  // process in the middle of a rollout. The lock went with the connection: say so, and let the
  // stage finish or fail on its own queries.
  let lost: Error | undefined;
  const onLost = (error: Error): void => {
    lost = error;
    logger.warning(
      `lost the database connection holding the lock of ${app} (${error.message}): another deploy or revert may now start`,
    );
  };
  client.on("error", onLost);
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_APP_LOCK_WAIT_MS);
  try {
    await client.query("SELECT set_config('application_name', $1, false)", [
      `modelship ${app}: ${options.holder}`.slice(0, 63),
    ]);
    let told = false;
    for (;;) {
      const { rows } = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked",
        [APP_LOCK_CLASS, app],
      );
      if (rows[0]?.locked) break;
      if (Date.now() >= deadline)
        throw new Error(
          `another deploy or revert of ${app} (${await holders(client, app)}) still runs: gave up waiting`,
        );
      if (!told)
        logger.info(
          `waiting for another deploy or revert of ${app} to finish: ${(await holders(client, app)) || "unknown holder"}`,
        );
      told = true;
      await new Promise((resolve) =>
        setTimeout(resolve, options.pollMs ?? 2000),
      );
    }
    try {
      return await fn();
    } finally {
      await client
        .query("SELECT pg_advisory_unlock($1, hashtext($2))", [
          APP_LOCK_CLASS,
          app,
        ])
        .catch(() => undefined);
    }
  } finally {
    client.off("error", onLost);
    client.release(lost);
  }
}
