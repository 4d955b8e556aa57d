// ECR API calls on the real SDK client, stubbed with aws-sdk-client-mock; `docker` is a recording
// CommandRunner that answers like the CLI (ECR cannot be pushed to from here).
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetDownloadUrlForLayerCommand,
  ImageNotFoundException,
  RepositoryAlreadyExistsException,
  RepositoryNotFoundException,
} from "@aws-sdk/client-ecr";
import { mockClient } from "aws-sdk-client-mock";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CommandRunner } from "../../actions/lib/exec.js";
import { buildPush } from "../../actions/lib/image/build-push.js";
import { ecrLogin, ensureEcrRepository } from "../../actions/lib/aws/ecr.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { parseVersion } from "../../actions/lib/version.js";

const ecrMock = mockClient(ECRClient);
const HOST = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
const PASSWORD = "eyJwYXlsb2FkIjoic2VjcmV0In0=";
const TOKEN = Buffer.from(`AWS:${PASSWORD}`).toString("base64");
const SHA = "c".repeat(40);
const LOCAL_ID = `sha256:${"1".repeat(64)}`;
const PUSHED = `sha256:${"2".repeat(64)}`;
const manifest = (config: string) =>
  JSON.stringify({
    schemaVersion: 2,
    mediaType: "application/vnd.docker.distribution.manifest.v2+json",
    config: { digest: config },
    layers: [],
  });
type AwsError =
  | typeof ImageNotFoundException
  | typeof RepositoryNotFoundException
  | typeof RepositoryAlreadyExistsException;
const notFound = (Err: AwsError) =>
  new Err({ message: "not found", $metadata: {} });

/** A fake `docker` that records calls and answers like the CLI does. */
function fakeDocker(events: string[]): CommandRunner {
  return async (command, args, options = {}) => {
    events.push(`${command} ${args[0]}`);
    if (args[0] === "login") events.push(`stdin:${options.input}`);
    let stdout = "";
    if (args[0] === "image") stdout = `${LOCAL_ID}\n`;
    if (args[0] === "push") {
      const tag = (args[1] ?? "").split(":").pop();
      stdout = `${tag}: digest: ${PUSHED} size: 420\n`;
    }
    if (command === "git") return { exitCode: 128, stdout: "", stderr: "" };
    return { exitCode: 0, stdout, stderr: "" };
  };
}

function contextDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-ecr-"));
  writeFileSync(path.join(dir, "Dockerfile"), "FROM scratch\n");
  return dir;
}

function options() {
  const context = contextDir();
  return {
    context,
    dockerfile: path.join(context, "Dockerfile"),
    repository: "modelship/iris",
    version: parseVersion("v7"),
    buildArgs: new Map<string, string>(),
    push: true,
    sha: SHA,
    created: new Date("2026-01-01T00:00:00Z"),
  };
}

beforeEach(() => {
  ecrMock.reset();
  ecrMock.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [
      { authorizationToken: TOKEN, proxyEndpoint: `https://${HOST}` },
    ],
  });
});

describe("ecrLogin", () => {
  it("decodes the token and masks token and password first", async () => {
    const events: string[] = [];
    const login = await ecrLogin({
      ecr: new ECRClient({ region: "us-east-1" }),
      mask: (s) => events.push(`mask:${s}`),
      registryId: "123456789012",
    });
    expect(login).toMatchObject({
      registry: HOST,
      username: "AWS",
      password: PASSWORD,
    });
    expect(events).toEqual([`mask:${TOKEN}`, `mask:${PASSWORD}`]);
    expect(
      ecrMock.commandCalls(GetAuthorizationTokenCommand)[0]?.args[0].input,
    ).toEqual({ registryIds: ["123456789012"] });
  });

  it("names the call when the token is unusable", async () => {
    ecrMock
      .on(GetAuthorizationTokenCommand)
      .resolves({ authorizationData: [] });
    await expect(
      ecrLogin({ ecr: new ECRClient({}), mask: () => undefined }),
    ).rejects.toThrow(
      "ECR GetAuthorizationToken on the account's default registry failed: the response held no authorization data",
    );
  });
});

describe("ensureEcrRepository", () => {
  const ecr = () => new ECRClient({ region: "us-east-1" });

  it("creates a missing repository with immutable tags and scan on push", async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .rejects(notFound(RepositoryNotFoundException));
    ecrMock.on(CreateRepositoryCommand).resolves({});
    const logger = memoryLogger();
    const result = await ensureEcrRepository({
      ecr: ecr(),
      repository: "modelship/iris",
      logger,
    });
    expect(result).toEqual({ created: true });
    expect(
      ecrMock.commandCalls(CreateRepositoryCommand)[0]?.args[0].input,
    ).toEqual({
      repositoryName: "modelship/iris",
      imageTagMutability: "IMMUTABLE",
      imageScanningConfiguration: { scanOnPush: true },
    });
  });

  it("leaves an existing repository alone, warning when its tags are mutable", async () => {
    ecrMock.on(DescribeRepositoriesCommand).resolves({
      repositories: [
        { repositoryName: "modelship/iris", imageTagMutability: "MUTABLE" },
      ],
    });
    const logger = memoryLogger();
    const result = await ensureEcrRepository({
      ecr: ecr(),
      repository: "modelship/iris",
      logger,
    });
    expect(result).toEqual({ created: false });
    expect(ecrMock.commandCalls(CreateRepositoryCommand)).toHaveLength(0);
    expect(logger.text()).toMatch(/warning: .*MUTABLE tags/);
  });

  it("accepts a repository created concurrently", async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .rejects(notFound(RepositoryNotFoundException));
    ecrMock
      .on(CreateRepositoryCommand)
      .rejects(notFound(RepositoryAlreadyExistsException));
    await expect(
      ensureEcrRepository({
        ecr: ecr(),
        repository: "r1",
        logger: memoryLogger(),
      }),
    ).resolves.toEqual({ created: false });
  });

  it("names the call and the repository on other failures", async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .rejects(
        new Error("User is not authorized to perform ecr:DescribeRepositories"),
      );
    await expect(
      ensureEcrRepository({
        ecr: ecr(),
        repository: "r1",
        logger: memoryLogger(),
      }),
    ).rejects.toThrow(
      "ECR DescribeRepositories on ECR repository r1 failed: User is not authorized",
    );
  });
});

describe("buildPush to ECR", () => {
  beforeEach(() => {
    ecrMock.on(DescribeRepositoriesCommand).resolves({
      repositories: [
        { repositoryName: "modelship/iris", imageTagMutability: "IMMUTABLE" },
      ],
    });
  });

  it("creates the repository, logs in with the decoded password and pushes both tags", async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .rejects(notFound(RepositoryNotFoundException));
    ecrMock.on(CreateRepositoryCommand).resolves({});
    ecrMock
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: "v7" }] })
      .rejectsOnce(notFound(ImageNotFoundException))
      .resolves({ imageDetails: [{ imageDigest: PUSHED }] });
    ecrMock
      .on(DescribeImagesCommand, { imageIds: [{ imageTag: SHA }] })
      .rejects(notFound(ImageNotFoundException));
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [{ imageManifest: manifest(LOCAL_ID) }],
    });
    const events: string[] = [];
    const result = await buildPush(options(), {
      run: fakeDocker(events),
      logger: memoryLogger(),
      mask: (s) => events.push(`mask:${s}`),
    });
    expect(result).toMatchObject({
      image: `${HOST}/modelship/iris:v7`,
      digest: PUSHED,
      imageRef: `${HOST}/modelship/iris@${PUSHED}`,
      outcome: "pushed",
      repositoryCreated: true,
      commitTag: "pushed",
    });
    expect(events).toEqual([
      `mask:${TOKEN}`,
      `mask:${PASSWORD}`,
      "docker build",
      "docker image",
      "docker login",
      `stdin:${PASSWORD}`,
      "docker push",
      "docker push",
    ]);
  });

  it("does not push when the tag holds the same image config", async () => {
    ecrMock
      .on(DescribeImagesCommand)
      .resolves({ imageDetails: [{ imageDigest: PUSHED }] });
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [{ imageManifest: manifest(LOCAL_ID) }],
    });
    const events: string[] = [];
    const result = await buildPush(options(), {
      run: fakeDocker(events),
      logger: memoryLogger(),
      mask: () => undefined,
    });
    expect(result).toMatchObject({
      outcome: "already-pushed",
      pushed: false,
      digest: PUSHED,
      commitTag: "present",
    });
    expect(events).not.toContain("docker push");
    expect(events).not.toContain("docker login");
    expect(ecrMock.commandCalls(CreateRepositoryCommand)).toHaveLength(0);
    expect(
      ecrMock.commandCalls(DescribeImagesCommand)[0]?.args[0].input,
    ).toEqual({
      repositoryName: "modelship/iris",
      imageIds: [{ imageTag: "v7" }],
    });
  });

  it("fails naming both images when the tag holds a different image", async () => {
    const other = `sha256:${"9".repeat(64)}`;
    ecrMock
      .on(DescribeImagesCommand)
      .resolves({ imageDetails: [{ imageDigest: PUSHED }] });
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [{ imageManifest: manifest(other) }],
    });
    ecrMock
      .on(GetDownloadUrlForLayerCommand, { layerDigest: other })
      .resolves({ downloadUrl: "https://s3.example/config" });
    const config = JSON.stringify({
      config: {
        Labels: { "org.opencontainers.image.revision": "d".repeat(40) },
      },
    });
    const fetched: string[] = [];
    const fakeFetch = (async (url: string) => {
      fetched.push(String(url));
      return new Response(config);
    }) as typeof fetch;
    const events: string[] = [];
    await expect(
      buildPush(options(), {
        run: fakeDocker(events),
        logger: memoryLogger(),
        mask: () => undefined,
        fetch: fakeFetch,
      }),
    ).rejects.toThrow(
      `cannot push ${HOST}/modelship/iris:v7: ${HOST}/modelship/iris:v7 already exists as ${PUSHED} ` +
        `(image ID ${other}) and differs from this build (image ID ${LOCAL_ID}): it was built from commit ` +
        `${"d".repeat(40)}, this build from ${SHA}. Tags are immutable: choose a new version`,
    );
    expect(fetched).toEqual(["https://s3.example/config"]);
    expect(events).not.toContain("docker push");
  });
});
