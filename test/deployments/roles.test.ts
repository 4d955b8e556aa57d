// A version's role: an explicit split with shadows sets it, a canary leaves it, revert skips shadows.
import type pg from "pg";
import {
  listDeployments,
  previousHealthyVersion,
  recordDeployment,
  setTrafficWeights,
} from "../../actions/lib/db/deployments.js";
import { openPool } from "../../actions/lib/db/pool.js";
import { migrate } from "../../actions/lib/db/schema.js";
import { createTestDatabase } from "../helpers/postgres.js";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = openPool(db.url);
  await migrate(pool);
  for (const version of ["a", "b", "c"])
    await recordDeployment(pool, { app: "tw", version, status: "serving" });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const roles = async () =>
  Object.fromEntries(
    (await listDeployments(pool, "tw")).map((d) => [
      d.version,
      `${d.role}:${d.trafficWeight}`,
    ]),
  );

it("starts every version serving", async () => {
  expect(await roles()).toEqual({
    a: "serving:0",
    b: "serving:0",
    c: "serving:0",
  });
});

it("makes named versions shadows at weight 0, and leaves roles alone without a set", async () => {
  const split = new Map([
    ["b", 100],
    ["a", 0],
  ]);
  expect(await setTrafficWeights(pool, "tw", split, new Set(["a"]))).toEqual({
    changed: 2,
    missing: [],
  });
  expect(await roles()).toEqual({
    a: "shadow:0",
    b: "serving:100",
    c: "serving:0",
  });
  // A canary (no shadow set) moves weights; a stays the shadow and revert never picks it.
  await setTrafficWeights(pool, "tw", new Map([["b", 100]]));
  expect((await roles()).a).toBe("shadow:0");
  expect(await previousHealthyVersion(pool, "tw", "b")).toBe("c");
  // An explicit split without it makes it serving again.
  const next = new Map([
    ["b", 30],
    ["c", 70],
  ]);
  await setTrafficWeights(pool, "tw", next, new Set());
  expect(await roles()).toEqual({
    a: "serving:0",
    b: "serving:30",
    c: "serving:70",
  });
});

it("names a shadow that has no row", async () => {
  const result = await setTrafficWeights(
    pool,
    "tw",
    new Map([["c", 100]]),
    new Set(["zz"]),
  );
  expect(result.missing).toEqual(["zz"]);
});
