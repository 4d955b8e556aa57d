import pg from "pg";
import { withAppLock } from "../../actions/lib/db/app-lock.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { usePool } from "../helpers/postgres.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the per-app advisory lock (deploy-stack and revert)", () => {
  // Advisory locks need no tables: the database is left unmigrated.
  const pool = usePool({ migrate: false });

  it("serialises two operations on one app and says who holds it", async () => {
    const events: string[] = [];
    const logger = memoryLogger();
    const op = (holder: string) =>
      withAppLock(
        pool(),
        { app: "iris", holder, logger, pollMs: 50 },
        async () => {
          events.push(`${holder} start`);
          await sleep(300);
          events.push(`${holder} end`);
        },
      );
    const first = op("deploy v3");
    await sleep(50);
    await Promise.all([first, op("revert v2")]);
    expect(events).toEqual([
      "deploy v3 start",
      "deploy v3 end",
      "revert v2 start",
      "revert v2 end",
    ]);
    expect(logger.text()).toMatch(
      /waiting for another deploy or revert of iris to finish: deploy v3/,
    );
  });

  it("never blocks another app", async () => {
    const logger = memoryLogger();
    let inner = "";
    await withAppLock(pool(), { app: "iris", holder: "deploy a", logger }, () =>
      withAppLock(
        pool(),
        { app: "wine", holder: "deploy b", logger },
        async () => {
          inner = "ran";
        },
      ),
    );
    expect(inner).toBe("ran");
  });

  it("is released when the holder's connection dies (a killed runner leaves no lock)", async () => {
    const holder = new pg.Client({ connectionString: pool.url() });
    await holder.connect();
    await holder.query(
      "SELECT pg_advisory_lock($1, hashtext('iris'))",
      [0x6d736870],
    );
    const logger = memoryLogger();
    const waiting = withAppLock(
      pool(),
      { app: "iris", holder: "revert v9", logger, pollMs: 50, waitMs: 10_000 },
      async () => "got it",
    );
    await sleep(200);
    await holder.end(); // the runner is gone
    await expect(waiting).resolves.toBe("got it");
  });

  it("gives up after its wait, with the holder in the message", async () => {
    const logger = memoryLogger();
    let release!: () => void;
    const held = withAppLock(
      pool(),
      { app: "iris", holder: "deploy v7", logger },
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    await sleep(100);
    await expect(
      withAppLock(
        pool(),
        { app: "iris", holder: "revert v6", logger, pollMs: 50, waitMs: 300 },
        async () => undefined,
      ),
    ).rejects.toThrow(
      /another deploy or revert of iris \(deploy v7\) still runs/,
    );
    release();
    await held;
  });
  it("survives losing its connection while held: warns, finishes, frees the pool slot", async () => {
    const logger = memoryLogger();
    const result = await withAppLock(
      pool(),
      { app: "iris", holder: "deploy v9", logger },
      async () => {
        await pool().query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
          ["modelship iris: deploy v9"],
        );
        await sleep(200);
        return "finished";
      },
    );
    expect(result).toBe("finished");
    expect(logger.text()).toMatch(
      /lost the database connection holding the lock of iris/,
    );
    // The lock went with the connection: the next operation takes it at once.
    await withAppLock(
      pool(),
      { app: "iris", holder: "revert v9", logger, waitMs: 1000 },
      async () => undefined,
    );
  });
});
