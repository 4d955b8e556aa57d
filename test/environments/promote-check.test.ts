import pg from "pg";
import type { DeployKind } from "../../actions/lib/config/types.js";
import { recordDeployment } from "../../actions/lib/db/deployments.js";
import { openPool } from "../../actions/lib/db/pool.js";
import { migrate } from "../../actions/lib/db/schema.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  checkPromotion,
  promotionSource,
  PromotionRefused,
} from "../../actions/lib/promote/check.js";
import { promoteVersion } from "../../actions/lib/promote/core.js";
import type {
  DeployArgs,
  PipelineTarget,
} from "../../actions/lib/pipeline/target.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { memoryLogger } from "../../actions/lib/logger.js";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;
const staging = { app: "iris", environment: "staging" };

beforeAll(async () => {
  db = await createTestDatabase();
  pool = openPool(db.url);
  await migrate(pool);
  const rows = [
    ["ok", "serving", "passed", "sha256:aa"],
    ["smoke-failed", "reverted", "failed", "sha256:bb"],
    ["reverted", "reverted", "passed", "sha256:cc"],
    ["deploying", "deploying", null, "sha256:dd"],
    ["no-smoke", "serving", null, "sha256:ee"],
    ["no-digest", "serving", "passed", null],
    ["clash", "serving", "passed", "sha256:ff"],
  ] as const;
  for (const [version, status, smoke, digest] of rows)
    await recordDeployment(pool, {
      ...staging,
      version,
      status,
      smoke: smoke ?? undefined,
      imageDigest: digest ?? undefined,
    });
  // Two batch versions: one recorded with its kind, and one from before kinds were recorded.
  await recordDeployment(pool, {
    ...staging,
    version: "batch",
    status: "serving",
    smoke: "passed",
    imageDigest: "sha256:ab",
    kind: "batch",
  });
  await recordDeployment(pool, {
    app: "iris",
    version: "clash",
    status: "serving",
    imageDigest: "sha256:00",
  });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const route = (version: string) => ({
  app: "iris",
  version,
  from: "staging",
  to: "production",
});

describe("checkPromotion", () => {
  it.each([
    ["never", /never deployed to staging/],
    ["smoke-failed", /failed its smoke test in staging and was reverted there/],
    ["reverted", /staging no longer runs reverted \(it is reverted there\)/],
    ["deploying", /has not passed its smoke test in staging/],
    ["no-smoke", /has not passed its smoke test in staging/],
    ["no-digest", /recorded no image digest/],
    [
      "clash",
      /production already has clash with digest sha256:00, not staging's sha256:ff/,
    ],
  ])("refuses %s", async (version, why) => {
    const refused = checkPromotion(pool, route(version));
    await expect(refused).rejects.toThrow(PromotionRefused);
    await expect(refused).rejects.toThrow(why);
  });

  it("passes a version staging runs after its smoke test passed", async () => {
    const { source } = await checkPromotion(pool, route("ok"));
    expect(source).toMatchObject({
      environment: "staging",
      imageDigest: "sha256:aa",
    });
  });

  it.each([
    [["staging", "production"], "production", undefined, "staging"],
    [["dev", "staging", "production"], "production", "dev", "dev"],
    [["dev", "staging", "production"], "staging", undefined, "dev"],
  ])(
    "promotes along %j to %s (from %s): from %s",
    (envs, to, from, expected) => {
      expect(promotionSource(envs, to, from)).toBe(expected);
    },
  );

  it.each([
    [
      ["staging", "production"],
      "staging",
      undefined,
      /"staging" is the first environment/,
    ],
    [
      ["staging", "production"],
      "production",
      "production",
      /both "production"/,
    ],
    [["production"], "prod", undefined, /--to "prod" is not an environment/],
  ])("refuses a route along %j to %s from %s", (envs, to, from, why) => {
    expect(() => promotionSource(envs, to, from)).toThrow(ConfigurationError);
    expect(() => promotionSource(envs, to, from)).toThrow(why);
  });
});

describe("promoteVersion", () => {
  function recordingTarget(
    kind?: DeployKind,
  ): PipelineTarget & { deployed: DeployArgs[] } {
    const deployed: DeployArgs[] = [];
    return {
      name: "local",
      kind,
      deployed,
      databaseUrl: async () => db.url,
      build: async () => {
        throw new Error("a promotion never builds");
      },
      deploy: async (args) => {
        deployed.push(args);
        return { url: "u", versionUrl: "u", detail: "deployed" };
      },
      shiftAll: async () => "",
      revertPlatform: () => {
        throw new Error("not reverted here");
      },
    };
  }

  it("deploys the source's digest, named in the target environment", async () => {
    const target = recordingTarget();
    const promoted = await promoteVersion({
      ...route("ok"),
      db: pool,
      target,
      canaryWeight: 10,
      approvedBy: "octocat",
      logger: memoryLogger(),
    });
    expect(promoted.digest).toBe("sha256:aa");
    expect(target.deployed).toHaveLength(1);
    expect(target.deployed[0]).toMatchObject({
      digest: "sha256:aa",
      promotedFrom: "staging",
      approvedBy: "octocat",
      canaryWeight: 10,
    });
    expect(target.deployed[0]?.version).toMatchObject({
      version: "ok",
      environment: "production",
      tables: { schema: "predictions" },
    });
  });

  it("refuses before it carries or deploys anything", async () => {
    const target = recordingTarget();
    let carried = 0;
    const carry = async () => {
      carried++;
      return { digest: "sha256:bb", detail: "" };
    };
    await expect(
      promoteVersion({
        ...route("smoke-failed"),
        db: pool,
        target,
        canaryWeight: 10,
        carry,
        logger: memoryLogger(),
      }),
    ).rejects.toThrow(PromotionRefused);
    expect(carried).toBe(0);
    expect(target.deployed).toHaveLength(0);
  });

  it("stops when the carried image's digest differs", async () => {
    const target = recordingTarget();
    await expect(
      promoteVersion({
        ...route("ok"),
        db: pool,
        target,
        canaryWeight: 10,
        carry: async () => ({ digest: "sha256:other", detail: "" }),
        logger: memoryLogger(),
      }),
    ).rejects.toThrow(/has digest sha256:other, not sha256:aa: not deployed/);
    expect(target.deployed).toHaveLength(0);
  });

  const promote = (version: string, target: PipelineTarget) =>
    promoteVersion({
      ...route(version),
      db: pool,
      target,
      canaryWeight: 10,
      logger: memoryLogger(),
    });

  it("refuses a version recorded as batch when it would deploy it as online, deploying nothing", async () => {
    const target = recordingTarget();
    const refused = promote("batch", target);
    await expect(refused).rejects.toThrow(PromotionRefused);
    await expect(refused).rejects.toThrow(
      "batch is a batch version in staging, and this promotion deploys online versions: promote it with kind batch",
    );
    expect(target.deployed).toHaveLength(0);
  });

  it("promotes it as batch, and a row from before kinds as whatever the promotion deploys", async () => {
    const batch = recordingTarget("batch");
    await promote("batch", batch);
    expect(batch.deployed).toHaveLength(1);
    const stream = recordingTarget("stream");
    await promote("ok", stream);
    expect(stream.deployed).toHaveLength(1);
  });
});
