/**
 * DDL that creates what is missing (`CREATE ... IF NOT EXISTS`) and may run in several processes
 * at once: two workers starting together on one database, say. PostgreSQL checks "if not exists"
 * before it writes its catalog, so one of two sessions creating the same table or schema at the
 * same moment can still fail, with a unique violation on a catalog index or "already exists".
 * Run again, the statement finds the object and does nothing.
 */

/** What PostgreSQL answers the session that lost such a race. */
const RACE_CODES = new Set([
  "23505", // unique_violation, on pg_type or pg_namespace
  "42P07", // duplicate_table
  "42P06", // duplicate_schema
  "42710", // duplicate_object (an index)
]);

/**
 * Tries at most (a function creating several objects may lose a race on each), and the pause
 * before a second try, doubled before each next one, with jitter so the losers spread out.
 */
const ATTEMPTS = 5;
const FIRST_PAUSE_MS = 25;

/**
 * Runs `create` (idempotent DDL, outside a caller's transaction) and runs it again when another
 * session won a race to create the same object; any other error is thrown as it is.
 */
export async function createIfMissing<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (
        attempt >= ATTEMPTS ||
        typeof code !== "string" ||
        !RACE_CODES.has(code)
      )
        throw error;
      const pause = FIRST_PAUSE_MS * 2 ** (attempt - 1);
      await new Promise((resolve) =>
        setTimeout(resolve, pause * (0.5 + Math.random())),
      );
    }
  }
}
