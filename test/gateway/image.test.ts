// Builds the gateway image with podman (the bundle made on the host with ncc, a Node base image
// made locally: Docker Hub is unreachable here), runs it as the ECS sidecar would run, configured
// by environment variables only, in front of a model on the host, and checks that it logs and
// drains on stop.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeRunner } from "../../actions/lib/exec.js";
import {
  describeWithContainers,
  freePort,
  startPodman,
  type PodmanService,
} from "../helpers/containers.js";
import { buildNodeBaseImage, storageEnv } from "../helpers/node-base-image.js";
import { createTestDatabase } from "../helpers/postgres.js";
import { ROOT } from "../helpers/run-bundle.js";
import { startFakeModel } from "./fake-model.js";
import {
  countRows,
  eventually,
  inParallel,
  irisInput,
  postJson,
} from "./start.js";

const SLOW = 600_000; // ncc, the base image and a vfs podman build on two busy cores
const IMAGE = "localhost/modelship-gateway:test";

describeWithContainers("the gateway image (podman)", () => {
  let podman: PodmanService;
  let context: string;
  const sh = async (command: string, args: string[]) => {
    const r = await nodeRunner(command, args, {
      env: storageEnv(podman.env),
      silent: true,
      ignoreReturnCode: true,
      timeoutMs: 300_000,
    });
    if (r.exitCode !== 0)
      throw new Error(`${command} ${args.join(" ")}: ${r.stderr}`);
    return r.stdout.trim();
  };

  beforeAll(async () => {
    podman = await startPodman();
    context = mkdtempSync(path.join(os.tmpdir(), "modelship-gateway-image-"));
    // What the release's committed bundle holds: actions/gateway/index.ts through ncc.
    const ncc = path.join(ROOT, "node_modules/@vercel/ncc/dist/ncc/cli.js");
    await sh(process.execPath, [
      ncc,
      "build",
      "actions/gateway/index.ts",
      ...["-o", path.join(context, "dist"), "-m", "-q", "--target", "es2022"],
    ]);
    for (const file of ["Dockerfile", ".dockerignore"])
      copyFileSync(
        path.join(ROOT, "actions/gateway", file),
        path.join(context, file),
      );
    const base = await buildNodeBaseImage({ env: podman.env });
    await sh("podman", [
      ...["build", "--format", "docker", "--build-arg", `BASE_IMAGE=${base}`],
      ...["-t", IMAGE, context],
    ]);
  }, SLOW);

  afterAll(async () => {
    await podman?.stop();
    if (context) rmSync(context, { recursive: true, force: true });
  });

  it("is the bundle on the base, run by a non-root user", async () => {
    const [image] = JSON.parse(await sh("podman", ["image", "inspect", IMAGE]));
    expect(image.Config.User).toBe("1000:1000");
    expect(image.Config.Cmd).toEqual(["node", "/gateway/index.js"]);
    const [base] = JSON.parse(
      await sh("podman", ["image", "inspect", "localhost/modelship-node-base"]),
    );
    expect(image.Size - base.Size).toBeLessThan(3 * 1024 * 1024);
  });

  it("logs every prediction through the sidecar's settings and drains on stop", async () => {
    const db = await createTestDatabase();
    const model = await startFakeModel();
    const port = await freePort();
    const name = `modelship-gateway-${process.pid}`;
    try {
      await sh("podman", [
        ...["run", "-d", "--name", name, "--network", "host"],
        ...["-e", `MODELSHIP_UPSTREAM=${model.url}`, "-e", "MODEL_VERSION=g1"],
        ...["-e", `PORT=${port}`, "-e", "MODELSHIP_APP=iris"],
        ...["-e", `DATABASE_URL=${db.url}`, "-e", "MODELSHIP_DASHBOARD=true"],
        IMAGE,
      ]);
      const url = `http://127.0.0.1:${port}`;
      const ready = await eventually(
        () =>
          fetch(`${url}/v/g1/ready`)
            .then((r) => r.status)
            .catch(() => 0),
        (status) => status === 200,
        60_000,
      );
      if (ready !== 200)
        throw new Error(`not ready:\n${await sh("podman", ["logs", name])}`);
      await inParallel(100, 8, async (i) => {
        const got = await postJson(`${url}/v/g1/predict`, {
          input: irisInput(i),
        });
        expect(got.body.model_version).toBe("g1");
      });
      // The bundle carries the dashboard's page and chart library (ncc copies them next to it).
      for (const asset of ["", "assets/uplot.js", "assets/dashboard.js"])
        expect(
          (await fetch(`${url}/_modelship/dashboard/${asset}`)).status,
        ).toBe(200);
      await sh("podman", ["stop", "-t", "30", name]);
      expect(await countRows(db.url, "predictions.g1_outputs")).toBe(100);
      const logs = await sh("podman", ["logs", name]);
      expect(logs).toMatch(
        /prediction log closed: 100 row\(s\) written, 0 dropped, 0 left/,
      );
    } finally {
      await sh("podman", ["rm", "-f", name]).catch(() => undefined);
      await model.close();
      await db.drop();
    }
  }, 120_000);
});
