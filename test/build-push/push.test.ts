// The real push: Debian's docker-registry on loopback, the `docker` CLI talking to podman.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CommandRunner } from "../../actions/lib/exec.js";
import {
  buildPush,
  type BuildPushOptions,
} from "../../actions/lib/image/build-push.js";
import { checkExisting } from "../../actions/lib/image/existing.js";
import { httpRepository } from "../../actions/lib/image/remote.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { parseVersion } from "../../actions/lib/version.js";
import {
  describeWithContainers,
  startPodman,
  startRegistry,
  type LocalRegistry,
  type PodmanService,
} from "../helpers/containers.js";
import { runBundle } from "../helpers/run-bundle.js";

const SHA_A = "a".repeat(40);
const SHA_B = "b".repeat(40);
const CREATED = new Date("2026-01-02T03:04:05Z");
const AUTH = { username: "ci", password: "s3cret-Pa55" };

describeWithContainers("build-push against a real registry", () => {
  let registry: LocalRegistry;
  let authRegistry: LocalRegistry;
  let podman: PodmanService;
  let dir: string;
  const commands: string[][] = [];
  // Silent, so jest's output stays readable; records every command to prove what ran.
  const run: CommandRunner = (command, args, options = {}) => {
    commands.push([command, ...args]);
    return podman.run(command, args, { ...options, silent: true });
  };

  function context(name: string, message: string): string {
    const ctx = path.join(dir, name);
    rmSync(ctx, { recursive: true, force: true });
    mkdirSync(ctx, { recursive: true });
    writeFileSync(path.join(ctx, "message.txt"), `${message}\n`);
    writeFileSync(
      path.join(ctx, "Dockerfile"),
      "FROM scratch\nARG GREETING=hi\nCOPY message.txt /message.txt\n",
    );
    return ctx;
  }

  function options(overrides: Partial<BuildPushOptions>): BuildPushOptions {
    const ctx = overrides.context ?? context("a", "model a");
    return {
      context: ctx,
      dockerfile: path.join(ctx, "Dockerfile"),
      repository: "modelship/iris",
      version: parseVersion("v1"),
      buildArgs: new Map([["GREETING", "hello"]]),
      registry: registry.host,
      push: true,
      sha: SHA_A,
      sourceUrl: "https://github.com/acme/iris",
      created: CREATED,
      ...overrides,
    };
  }

  async function skopeoDigest(ref: string, creds?: string): Promise<string> {
    const args = ["inspect", "--tls-verify=false", "--format", "{{.Digest}}"];
    if (creds) args.push("--creds", creds);
    const result = await run("skopeo", [...args, `docker://${ref}`]);
    return result.stdout.trim();
  }

  const deps = () => ({
    run,
    logger: memoryLogger(),
    mask: () => undefined,
  });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "modelship-build-push-"));
    [registry, authRegistry] = await Promise.all([
      startRegistry(),
      startRegistry({ auth: AUTH }),
    ]);
    podman = await startPodman({
      insecureRegistries: [registry.host, authRegistry.host],
    });
  });

  afterAll(async () => {
    await Promise.all([podman?.stop(), registry?.stop(), authRegistry?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("pushes, and reports the digest the registry holds", async () => {
    // A repository of its own: no other test has pushed there.
    const repository = "modelship/first-push";
    const started = Date.now();
    const result = await buildPush(options({ repository }), deps());
    console.log(`build+push of the tiny image: ${Date.now() - started} ms`);
    const ref = `${registry.host}/${repository}:v1`;
    expect(result).toMatchObject({
      image: ref,
      outcome: "pushed",
      pushed: true,
      commitTag: "pushed",
    });
    expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await skopeoDigest(ref)).toBe(result.digest);
    expect(result.imageRef).toBe(
      `${registry.host}/${repository}@${result.digest}`,
    );
    expect(await skopeoDigest(`${registry.host}/${repository}:${SHA_A}`)).toBe(
      result.digest,
    );
    const inspect = await run("skopeo", [
      "inspect",
      "--tls-verify=false",
      `docker://${ref}`,
    ]);
    expect(JSON.parse(inspect.stdout).Labels).toMatchObject({
      "org.opencontainers.image.source": "https://github.com/acme/iris",
      "org.opencontainers.image.revision": SHA_A,
      "org.opencontainers.image.version": "v1",
      "org.opencontainers.image.created": CREATED.toISOString(),
    });
  });

  it("is idempotent: the same image again is not pushed", async () => {
    const first = await buildPush(options({}), deps());
    commands.length = 0;
    const started = Date.now();
    const logger = memoryLogger();
    const again = await buildPush(options({}), { ...deps(), logger });
    console.log(`second (idempotent) run: ${Date.now() - started} ms`);
    // podman's build cache now and then misses on an unchanged context and gives a new image
    // ID; then the same-commit rule applies. Either way nothing is pushed.
    expect(["already-pushed", "same-source"]).toContain(again.outcome);
    expect(again).toMatchObject({
      pushed: false,
      digest: first.digest,
      commitTag: "present",
    });
    expect(commands.filter((c) => c[1] === "push")).toEqual([]);
    expect(logger.text()).toContain("already pushed");
  });

  it("judges a tag holding exactly the local image as identical", async () => {
    // Pushed to a repository of its own, so its local ID is the config the registry holds.
    const repository = "modelship/identical";
    const first = await buildPush(options({ repository }), deps());
    expect(first.outcome).toBe("pushed");
    const remote = httpRepository({ registry: registry.host, repository });
    const found = await checkExisting({
      remote,
      ref: first.image,
      tag: "v1",
      local: { imageId: first.imageId, revision: SHA_B, fingerprint: "x" },
    });
    expect(found?.image.digest).toBe(first.digest);
    expect(found?.image.configDigest).toBe(first.imageId);
    expect(found?.verdict).toEqual({ kind: "identical" });
    expect(await remote.describeTag("no-such-tag")).toBeUndefined();
  });

  it("keeps the registry's image when the same commit is rebuilt with new timestamps", async () => {
    const first = await buildPush(options({}), deps());
    commands.length = 0;
    const rebuilt = await buildPush(
      options({ created: new Date("2026-05-05T00:00:00Z") }),
      deps(),
    );
    expect(rebuilt.imageId).not.toBe(first.imageId);
    expect(rebuilt).toMatchObject({
      outcome: "same-source",
      pushed: false,
      digest: first.digest,
    });
    expect(commands.filter((c) => c[1] === "push")).toEqual([]);
  });

  it("fails clearly when a different image already has the tag", async () => {
    await buildPush(options({}), deps());
    const other = options({ context: context("b", "model b"), sha: SHA_B });
    await expect(buildPush(other, deps())).rejects.toThrow(
      new RegExp(
        `cannot push ${registry.host}/modelship/iris:v1: .*already exists as sha256:[0-9a-f]{64}.*` +
          `built from commit ${SHA_A}, this build from ${SHA_B}.*Tags are immutable`,
      ),
    );
  });

  it("fails clearly when the same commit is built with other build args", async () => {
    await buildPush(options({}), deps());
    const other = options({ buildArgs: new Map([["GREETING", "bye"]]) });
    await expect(buildPush(other, deps())).rejects.toThrow(
      /same commit with different build args.*Tags are immutable/,
    );
  });

  it("logs in to a registry with basic auth and reads it with the same credentials", async () => {
    const masked: string[] = [];
    const opts = options({
      registry: authRegistry.host,
      registryUsername: AUTH.username,
      registryPassword: AUTH.password,
      version: parseVersion("v2"),
    });
    const result = await buildPush(opts, {
      ...deps(),
      mask: (s) => masked.push(s),
    });
    expect(masked).toContain(AUTH.password);
    expect(result.outcome).toBe("pushed");
    const creds = `${AUTH.username}:${AUTH.password}`;
    expect(
      await skopeoDigest(`${authRegistry.host}/modelship/iris:v2`, creds),
    ).toBe(result.digest);
    const again = await buildPush(opts, deps());
    expect(again).toMatchObject({ pushed: false, digest: result.digest });
  });

  it("names docker login and the registry when the password is wrong", async () => {
    const opts = options({
      registry: authRegistry.host,
      registryUsername: AUTH.username,
      registryPassword: "wrong",
      version: parseVersion("v3"),
    });
    await expect(buildPush(opts, deps())).rejects.toThrow(
      new RegExp(`(docker login on ${authRegistry.host}|HTTP 401)`),
    );
  });

  it("runs as a bundle the way the runner does", async () => {
    const ctx = context("bundle", "model bundle");
    const inputs = {
      context: ctx,
      repository: "modelship/bundle",
      version: "1.0.0",
      registry: registry.host,
      "build-args": "GREETING=hey\n",
      // The gateway image's base comes from Docker Hub, out of reach here: gateway.test.ts builds
      // it on a local base.
      gateway: "false",
    };
    const env = {
      ...podman.env,
      GITHUB_SHA: SHA_A,
      GITHUB_REPOSITORY: "acme/iris",
      GITHUB_SERVER_URL: "https://github.com",
      SOURCE_DATE_EPOCH: "1767225600",
    };
    const first = await runBundle("build-push", { inputs, env });
    expect(first.stdout + first.stderr).not.toMatch(/::error::/);
    expect(first.code).toBe(0);
    const ref = `${registry.host}/modelship/bundle:1.0.0`;
    const digest = await skopeoDigest(ref);
    expect(first.outputs).toMatchObject({
      image: ref,
      digest,
      "image-ref": `${registry.host}/modelship/bundle@${digest}`,
      pushed: "true",
    });
    expect(first.summary).toContain(digest);
    const second = await runBundle("build-push", { inputs, env });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ digest, pushed: "false" });
    expect(second.stdout).toContain("already pushed");
  });
});
