import { describeFailure } from "../errors.js";
import type { CommandRunner } from "../exec.js";

/** Long enough for a real image build; short enough that a hung daemon fails the job. */
const BUILD_TIMEOUT_MS = 60 * 60_000;
const PUSH_TIMEOUT_MS = 30 * 60_000;
const QUICK_TIMEOUT_MS = 2 * 60_000;

/** `docker login` with the password on stdin, so it never appears in a process list or log. */
export async function dockerLogin(
  run: CommandRunner,
  login: { registry: string; username: string; password: string },
): Promise<void> {
  await describeFailure("docker login", login.registry, () =>
    run(
      "docker",
      [
        "login",
        "--username",
        login.username,
        "--password-stdin",
        login.registry,
      ],
      { input: login.password, timeoutMs: QUICK_TIMEOUT_MS },
    ),
  );
}

/** What `docker build` needs. */
export interface DockerBuildOptions {
  context: string;
  dockerfile: string;
  /** Full references to tag the result with. */
  tags: string[];
  labels: Record<string, string>;
  buildArgs: Map<string, string>;
  platform?: string;
}

/** The `docker build` arguments (pure, so the exact command line is testable). */
export function dockerBuildArgs(options: DockerBuildOptions): string[] {
  const args = ["build", "--file", options.dockerfile];
  for (const tag of options.tags) args.push("--tag", tag);
  for (const [key, value] of Object.entries(options.labels)) {
    args.push("--label", `${key}=${value}`);
  }
  for (const [key, value] of options.buildArgs) {
    args.push("--build-arg", `${key}=${value}`);
  }
  if (options.platform) args.push("--platform", options.platform);
  args.push(options.context);
  return args;
}

/** Builds with the classic `docker build` and returns the image ID (the config digest). */
export async function dockerBuild(
  run: CommandRunner,
  options: DockerBuildOptions,
): Promise<string> {
  const image = options.tags[0] ?? options.context;
  await describeFailure("docker build", image, () =>
    run("docker", dockerBuildArgs(options), { timeoutMs: BUILD_TIMEOUT_MS }),
  );
  return dockerImageId(run, image);
}

/** The local image ID (`sha256:<config digest>`) of a reference. */
export async function dockerImageId(
  run: CommandRunner,
  image: string,
): Promise<string> {
  const result = await describeFailure("docker image inspect", image, () =>
    run("docker", ["image", "inspect", "--format", "{{.Id}}", image], {
      silent: true,
      timeoutMs: QUICK_TIMEOUT_MS,
    }),
  );
  const id = result.stdout.trim();
  const full = id.startsWith("sha256:") ? id : `sha256:${id}`;
  if (!/^sha256:[0-9a-f]{64}$/.test(full)) {
    throw new Error(
      `docker image inspect on ${image} gave no image ID: "${id}"`,
    );
  }
  return full;
}

/** The manifest digest `docker push` prints (`<tag>: digest: sha256:... size: N`). */
export function pushedDigest(output: string, tag: string): string | undefined {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(
    `(?:^|\\n)${escaped}: digest: (sha256:[0-9a-f]{64})`,
  ).exec(output);
  return match?.[1];
}

/** Pushes one reference and returns the digest it printed, if it printed one. */
export async function dockerPush(
  run: CommandRunner,
  ref: string,
): Promise<string | undefined> {
  const result = await describeFailure("docker push", ref, () =>
    run("docker", ["push", ref], { timeoutMs: PUSH_TIMEOUT_MS }),
  );
  const tag = ref.slice(ref.lastIndexOf(":") + 1);
  return pushedDigest(`${result.stdout}\n${result.stderr}`, tag);
}
