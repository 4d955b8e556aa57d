// build-push's gateway image against a real registry: pushed next to the model image under a
// content tag, once (the next version reuses it), and given out by digest for deploy-stack.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CommandRunner } from "../../actions/lib/exec.js";
import { buildPush } from "../../actions/lib/image/build-push.js";
import {
  findGatewayContext,
  gatewayTag,
} from "../../actions/lib/image/gateway-image.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { parseVersion } from "../../actions/lib/version.js";
import {
  describeWithContainers,
  startPodman,
  startRegistry,
  type LocalRegistry,
  type PodmanService,
} from "../helpers/containers.js";
import { buildNodeBaseImage } from "../helpers/node-base-image.js";
import { ROOT } from "../helpers/run-bundle.js";

/** A gateway context: the shipped Dockerfile and a stand-in bundle (the real one takes ncc). */
function gatewayContext(dir: string, bundle: string): string {
  const context = path.join(dir, "repo", "actions", "gateway");
  mkdirSync(path.join(context, "dist"), { recursive: true });
  copyFileSync(
    path.join(ROOT, "actions/gateway/Dockerfile"),
    path.join(context, "Dockerfile"),
  );
  writeFileSync(path.join(context, "dist", "index.js"), bundle);
  return context;
}

describe("the gateway image's build context and tag", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-gateway-tag-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is found by walking up from a bundle's directory, and only with its bundle built", () => {
    const context = gatewayContext(dir, "console.log(1);\n");
    const bundleDir = path.join(dir, "repo", "actions", "build-push", "dist");
    mkdirSync(bundleDir, { recursive: true });
    expect(findGatewayContext(bundleDir)).toBe(context);
    rmSync(path.join(context, "dist"), { recursive: true });
    expect(findGatewayContext(bundleDir)).toBeUndefined();
  });

  it("is a hash of the Dockerfile, the bundle and the base image", () => {
    const context = gatewayContext(dir, "console.log(1);\n");
    const tag = gatewayTag(context);
    expect(tag).toMatch(/^gateway-[0-9a-f]{12}$/);
    expect(gatewayTag(context)).toBe(tag);
    expect(gatewayTag(context, "localhost/node")).not.toBe(tag);
    writeFileSync(path.join(context, "dist", "index.js"), "console.log(2);\n");
    expect(gatewayTag(context)).not.toBe(tag);
  });
});

describeWithContainers("build-push's gateway image (real registry)", () => {
  let registry: LocalRegistry;
  let podman: PodmanService;
  let dir: string;
  let base: string;
  const commands: string[][] = [];
  const run: CommandRunner = (command, args, options = {}) => {
    commands.push([command, ...args]);
    return podman.run(command, args, { ...options, silent: true });
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "modelship-gateway-push-"));
    registry = await startRegistry();
    podman = await startPodman({ insecureRegistries: [registry.host] });
    base = await buildNodeBaseImage({ env: podman.env });
  }, 300_000);

  afterAll(async () => {
    await Promise.all([podman?.stop(), registry?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  function options(version: string, gatewayContextDir?: string) {
    const model = path.join(dir, `model-${version}`);
    mkdirSync(model, { recursive: true });
    writeFileSync(
      path.join(model, "Dockerfile"),
      `FROM scratch\nLABEL v=${version}\n`,
    );
    return {
      context: model,
      dockerfile: path.join(model, "Dockerfile"),
      repository: "modelship/iris",
      version: parseVersion(version),
      buildArgs: new Map<string, string>(),
      registry: registry.host,
      push: true,
      sha: "c".repeat(40),
      created: new Date("2026-01-02T03:04:05Z"),
      gateway: true,
      gatewayContext: gatewayContextDir,
      gatewayBaseImage: base,
    };
  }

  it("pushes it once under its content tag and gives it out by digest", async () => {
    const context = gatewayContext(dir, "console.log('gateway');\n");
    const deps = () => ({ run, logger: memoryLogger(), mask: () => undefined });
    const first = await buildPush(options("v1", context), deps());
    const tag = gatewayTag(context, base);
    const digest = (
      await run("skopeo", [
        ...["inspect", "--tls-verify=false", "--format", "{{.Digest}}"],
        `docker://${registry.host}/modelship/iris:${tag}`,
      ])
    ).stdout.trim();
    expect(first.gatewayImage).toBe(
      `${registry.host}/modelship/iris@${digest}`,
    );
    const builds = () =>
      commands.filter((c) => c[1] === "build" && c.at(-1) === context).length;
    expect(builds()).toBe(1);
    const second = await buildPush(options("v2", context), deps());
    expect(second.gatewayImage).toBe(first.gatewayImage);
    expect(builds()).toBe(1);
  }, 300_000);

  it("warns and deploys no sidecar when the gateway's bundle is not next to the action", async () => {
    const logger = memoryLogger();
    const result = await buildPush(options("v3"), {
      run,
      logger,
      mask: () => undefined,
    });
    expect(result.gatewayImage).toBeUndefined();
    expect(logger.text()).toContain(
      "no gateway image, so the version runs without its sidecar",
    );
  }, 300_000);
});
