// Real container tooling for tests: Debian's `docker-registry` on loopback, and podman's Docker
// API socket so the plain `docker` CLI can build and push without a Docker engine.
// Why each setting is there: crun fails on hybrid cgroups ("cgroups in hybrid mode not supported"),
// so runc; vfs storage needs no kernel overlay support; `podman run` fails with "setrlimit ...
// operation not permitted" unless nofile and nproc are at most 1024; and the loopback registry
// speaks plain HTTP, so it is marked insecure.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeRunner, type CommandRunner } from "../../actions/lib/exec.js";
import { freePort } from "../../actions/lib/net.js";
import { describeIfInstalled } from "./requirements.js";

export { freePort };

const BINARIES = [
  "podman",
  "buildah",
  "docker",
  "docker-registry",
  "skopeo",
  "htpasswd",
];

/** The container binaries this machine lacks (empty when the real tests can run). */
export function missingContainerTools(): string[] {
  return BINARIES.filter(
    (bin) => spawnSync("sh", ["-c", `command -v ${bin}`]).status !== 0,
  );
}

/**
 * `describe` when podman, buildah, docker, docker-registry, skopeo and htpasswd are installed.
 * Without them: a failing test on CI, a skipped suite elsewhere, each saying what to install.
 */
export function describeWithContainers(name: string, fn: () => void): void {
  describeIfInstalled(
    name,
    {
      missing: missingContainerTools(),
      install:
        "apt-get install -y podman buildah skopeo runc docker-registry apache2-utils",
    },
    fn,
  );
}

async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} did not come up within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** A running local registry. */
export interface LocalRegistry {
  /** `127.0.0.1:<port>`, or `localhost:<port>` with auth (see startRegistry). */
  host: string;
  port: number;
  auth?: { username: string; password: string };
  stop(): Promise<void>;
}

/**
 * Starts `docker-registry serve` on 127.0.0.1 with filesystem storage in a temp dir, optionally
 * with htpasswd basic auth. With auth the host is named `localhost:<port>`: podman's Docker-API
 * login only skips TLS for `localhost`, not for 127.0.0.1.
 */
export async function startRegistry(
  options: { auth?: { username: string; password: string } } = {},
): Promise<LocalRegistry> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-registry-"));
  const port = await freePort();
  const lines = [
    "version: 0.1",
    "log:",
    "  level: warn",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${dir}/data`,
    "http:",
    `  addr: 127.0.0.1:${port}`,
  ];
  if (options.auth) {
    const htpasswd = spawnSync("htpasswd", [
      "-Bbn",
      options.auth.username,
      options.auth.password,
    ]);
    if (htpasswd.status !== 0)
      throw new Error(`htpasswd failed: ${htpasswd.stderr}`);
    writeFileSync(path.join(dir, "htpasswd"), htpasswd.stdout);
    lines.push("auth:", "  htpasswd:", "    realm: modelship-test");
    lines.push(`    path: ${dir}/htpasswd`);
  }
  writeFileSync(path.join(dir, "config.yml"), `${lines.join("\n")}\n`);
  const child = spawn(
    "docker-registry",
    ["serve", path.join(dir, "config.yml")],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let log = "";
  child.stderr?.on(
    "data",
    (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2000)),
  );
  const stop = async () => {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor("docker-registry", async () => {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`);
      return response.status === 200 || response.status === 401;
    });
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}: ${log}`, { cause: error });
  }
  const host = `${options.auth ? "localhost" : "127.0.0.1"}:${port}`;
  return { host, port, auth: options.auth, stop };
}

/** A running podman API service the `docker` CLI can talk to. */
export interface PodmanService {
  /** Environment for `docker` (DOCKER_HOST, DOCKER_CONFIG) and podman/skopeo (CONTAINERS_*). */
  env: Record<string, string>;
  /** nodeRunner with `env` applied: use it as the CommandRunner of code under test. */
  run: CommandRunner;
  stop(): Promise<void>;
}

/**
 * Starts `podman system service` on a socket in a temp dir, with its own storage (vfs), runc,
 * low ulimits, and the given registries marked insecure. They must be known now: the service
 * reads registries.conf once at start-up.
 */
export async function startPodman(
  options: { insecureRegistries?: string[] } = {},
): Promise<PodmanService> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-podman-"));
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  mkdirSync(path.join(dir, "tmp"));
  mkdirSync(path.join(dir, "docker"));
  const env = {
    CONTAINERS_CONF: file(
      "containers.conf",
      `[engine]\nruntime = "runc"\nevents_logger = "file"\nevents_logfile_path = "${dir}/events.log"\n` +
        `tmp_dir = "${dir}/tmp"\n\n[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n`,
    ),
    CONTAINERS_STORAGE_CONF: file(
      "storage.conf",
      `[storage]\ndriver = "vfs"\ngraphroot = "${dir}/storage"\nrunroot = "${dir}/run"\n`,
    ),
    CONTAINERS_REGISTRIES_CONF: file(
      "registries.conf",
      (options.insecureRegistries ?? [])
        .map((host) => `[[registry]]\nlocation = "${host}"\ninsecure = true\n`)
        .join("\n"),
    ),
    DOCKER_HOST: `unix://${dir}/podman.sock`,
    DOCKER_CONFIG: path.join(dir, "docker"),
  };
  const child = spawn(
    "podman",
    ["system", "service", "--time=0", `unix://${dir}/podman.sock`],
    { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr?.on(
    "data",
    (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2000)),
  );
  const stop = async () => {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor("podman system service", () =>
      existsSync(`${dir}/podman.sock`),
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}: ${log}`, { cause: error });
  }
  const run: CommandRunner = (command, args, opts = {}) =>
    nodeRunner(command, args, { ...opts, env: { ...env, ...opts.env } });
  return { env, run, stop };
}
