// Builds the service image with podman from a host-built bundle and a locally made Node base
// image (Docker Hub is unreachable here), runs it against a real Postgres and checks it serves,
// logs, passes its HEALTHCHECK and drains on stop.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseVersion } from "../../actions/lib/version.js";
import {
  describeWithContainers,
  freePort,
  startPodman,
  type PodmanService,
} from "../helpers/containers.js";
import { nodeRunner } from "../../actions/lib/exec.js";
import { buildNodeBaseImage, storageEnv } from "../helpers/node-base-image.js";
import { useTestDatabase } from "../helpers/postgres.js";
import { ROOT } from "../helpers/run-bundle.js";
import { loggedItems, send, trainedModelPath } from "./fixture.js";

const SLOW = 600_000; // ncc, the base image and a vfs podman build on two busy cores
const IMAGE = "localhost/modelship-example:test";

describeWithContainers("the service image (podman)", () => {
  const databaseUrl = useTestDatabase();
  let podman: PodmanService;
  let context: string;
  const sh = async (command: string, args: string[], timeoutMs = 300_000) => {
    const r = await nodeRunner(command, args, {
      env: storageEnv(podman.env),
      silent: true,
      ignoreReturnCode: true,
      timeoutMs,
    });
    if (r.exitCode !== 0)
      throw new Error(`${command} ${args.join(" ")}: ${r.stderr}`);
    return r.stdout.trim();
  };

  beforeAll(async () => {
    podman = await startPodman();
    context = mkdtempSync(path.join(os.tmpdir(), "modelship-image-"));
    // The documented build: bundle on the host with ncc, then the Dockerfile copies it.
    const ncc = path.join(ROOT, "node_modules/@vercel/ncc/dist/ncc/cli.js");
    await sh(process.execPath, [
      ncc,
      "build",
      "example-app/src/server.ts",
      "-o",
      path.join(context, "dist"),
      "-m",
      "-t",
      "--target",
      "es2022",
      "-q",
    ]);
    mkdirSync(path.join(context, "model"));
    copyFileSync(trainedModelPath(), path.join(context, "model/model.json"));
    for (const f of ["Dockerfile", ".dockerignore"])
      copyFileSync(path.join(ROOT, "example-app", f), path.join(context, f));
    const base = await buildNodeBaseImage({ env: podman.env });
    await sh("podman", [
      "build",
      "--format",
      "docker",
      "--build-arg",
      `BASE_IMAGE=${base}`,
      "-t",
      IMAGE,
      context,
    ]);
  }, SLOW);
  afterAll(async () => {
    await podman?.stop();
    if (context) rmSync(context, { recursive: true, force: true });
  });

  it(
    "is small, runs as a non-root user and declares a HEALTHCHECK",
    async () => {
      const inspect = JSON.parse(
        await sh("podman", ["image", "inspect", IMAGE]),
      )[0];
      expect(inspect.Config.User).toBe("1000:1000");
      expect(inspect.Healthcheck.Test.join(" ")).toContain("/ready");
      const base = JSON.parse(
        await sh("podman", [
          "image",
          "inspect",
          "localhost/modelship-node-base",
        ]),
      )[0];
      // Only the bundle and the model on top of the base.
      expect(inspect.Size - base.Size).toBeLessThan(5 * 1024 * 1024);
    },
    SLOW,
  );

  it(
    "serves the smoke cases, logs them to Postgres, is healthy and drains on stop",
    async () => {
      const port = await freePort();
      const name = `modelship-svc-${process.pid}`;
      try {
        await sh("podman", [
          "run",
          "-d",
          "--name",
          name,
          "--network",
          "host",
          "-e",
          `PORT=${port}`,
          "-e",
          "MODEL_VERSION=c1.0",
          "-e",
          `DATABASE_URL=${databaseUrl()}`,
          "-e",
          "LOG_FLUSH_MS=60000",
          IMAGE,
        ]);
        const base = `http://127.0.0.1:${port}/v/c1.0`;
        const deadline = Date.now() + 30_000;
        let ready: { statusCode: number; json(): unknown } | undefined;
        while (Date.now() < deadline) {
          ready = await send(base, { url: "/ready" }).catch(() => undefined);
          if (ready?.statusCode === 200) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        expect(ready?.json()).toMatchObject({
          ready: true,
          model_version: "c1.0",
          db: "up",
        });
        const cases = JSON.parse(
          readFileSync(path.join(ROOT, "example-app/smoke-cases.json"), "utf8"),
        ) as {
          input: Record<string, number>;
          label: string;
        }[];
        for (const c of cases) {
          const res = await send(base, {
            url: "/predict",
            payload: { input: c.input },
          });
          expect(res.json().prediction.label).toBe(c.label);
        }
        expect(await sh("podman", ["healthcheck", "run", name])).toBe("");
        // LOG_FLUSH_MS is a minute: the rows are still queued when podman stops the container.
        await sh("podman", ["stop", "-t", "30", name]);
        expect(
          await sh("podman", [
            "inspect",
            name,
            "--format",
            "{{.State.ExitCode}}",
          ]),
        ).toBe("0");
        expect(await sh("podman", ["logs", name])).toMatch(
          /prediction log closed: \d+ row\(s\) written to Postgres .* Postgres has every row/,
        );
        expect(
          await loggedItems(databaseUrl(), parseVersion("c1.0")),
        ).toHaveLength(cases.length);
      } finally {
        await nodeRunner("podman", ["rm", "-f", name], {
          env: storageEnv(podman.env),
          silent: true,
          ignoreReturnCode: true,
        });
      }
    },
    SLOW,
  );
});
