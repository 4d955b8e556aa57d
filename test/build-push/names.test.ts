import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { inputsFor } from "../helpers/inputs.js";
import {
  dockerBuildArgs,
  pushedDigest,
} from "../../actions/lib/image/docker.js";
import { judgeExisting } from "../../actions/lib/image/existing.js";
import {
  BUILD_PUSH_INPUTS,
  readBuildPushInputs,
} from "../../actions/lib/image/inputs.js";
import {
  buildFingerprint,
  ecrRegistry,
  parseRegistryHost,
  parseRepositoryName,
  registryScheme,
} from "../../actions/lib/image/names.js";
import { runBundle } from "../helpers/run-bundle.js";

const SHA = "e".repeat(40);
const ID = (c: string) => `sha256:${c.repeat(64)}`;

describe("names", () => {
  it.each(["ab", "modelship/iris", "a.b_c-d/e", "x".repeat(256)])(
    "accepts repository %j",
    (raw) => expect(parseRepositoryName(raw)).toBe(raw),
  );
  it.each([
    ["a", /not allowed/],
    ["Iris", /try "iris"/],
    ["iris/", /not allowed/],
    ["-iris", /not allowed/],
    ["iris:v1", /not allowed/],
    ["x".repeat(257), /not allowed/],
  ])("rejects repository %j", (raw, message) => {
    expect(() => parseRepositoryName(raw)).toThrow(ConfigurationError);
    expect(() => parseRepositoryName(raw)).toThrow(message);
  });

  it.each([
    ["ghcr.io", "ghcr.io"],
    ["127.0.0.1:5000", "127.0.0.1:5000"],
    [
      "123456789012.DKR.ecr.us-east-1.amazonaws.com",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com",
    ],
  ])("accepts registry %j", (raw, host) =>
    expect(parseRegistryHost(raw)).toBe(host),
  );
  it.each(["https://ghcr.io", "ghcr.io/acme", "", "a b"])(
    "rejects registry %j",
    (raw) =>
      expect(() => parseRegistryHost(raw)).toThrow(/without "https:\/\/"/),
  );

  it.each([
    [
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
      { accountId: "123456789012", region: "eu-west-1" },
    ],
    [
      "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn",
      { accountId: "123456789012", region: "cn-north-1" },
    ],
    ["ghcr.io", undefined],
    ["12345.dkr.ecr.eu-west-1.amazonaws.com", undefined],
  ])("ecrRegistry(%j)", (host, expected) =>
    expect(ecrRegistry(host)).toEqual(expected),
  );

  it.each([
    ["localhost:5000", "http"],
    ["127.0.0.1:5000", "http"],
    ["ghcr.io", "https"],
    ["localhost.example.com", "https"],
  ])("registryScheme(%j) = %s", (host, scheme) =>
    expect(registryScheme(host)).toBe(scheme),
  );

  it("fingerprints build inputs independent of build-arg order", () => {
    const a = buildFingerprint({
      dockerfile: "Dockerfile",
      buildArgs: new Map([
        ["A", "1"],
        ["B", "2"],
      ]),
    });
    const b = buildFingerprint({
      dockerfile: "Dockerfile",
      buildArgs: new Map([
        ["B", "2"],
        ["A", "1"],
      ]),
    });
    expect(a).toBe(b);
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(
      buildFingerprint({
        dockerfile: "Dockerfile",
        buildArgs: new Map([
          ["A", "2"],
          ["B", "2"],
        ]),
      }),
    ).not.toBe(a);
  });
});

describe("docker command lines", () => {
  it("passes tags, labels, build args and platform as separate arguments", () => {
    expect(
      dockerBuildArgs({
        context: "app dir",
        dockerfile: "app dir/Dockerfile",
        tags: ["r/x:v1", "r/x:abc"],
        labels: { "org.opencontainers.image.version": "v1" },
        buildArgs: new Map([["BASE", "node:20-slim; rm -rf /"]]),
        platform: "linux/amd64",
      }),
    ).toEqual([
      "build",
      "--file",
      "app dir/Dockerfile",
      "--tag",
      "r/x:v1",
      "--tag",
      "r/x:abc",
      "--label",
      "org.opencontainers.image.version=v1",
      "--build-arg",
      "BASE=node:20-slim; rm -rf /",
      "--platform",
      "linux/amd64",
      "app dir",
    ]);
  });

  it.each([
    [`v1: digest: ${ID("a")} size: 420`, "v1", ID("a")],
    [
      `The push refers to repository [x]\nv1: digest: ${ID("b")} size: 528\n`,
      "v1",
      ID("b"),
    ],
    [`v10: digest: ${ID("c")} size: 420`, "v1", undefined],
    ["nothing useful", "v1", undefined],
  ])("pushedDigest(%j, %j)", (output, tag, digest) =>
    expect(pushedDigest(output, tag)).toBe(digest),
  );
});

describe("judgeExisting", () => {
  const local = { imageId: ID("1"), revision: SHA, fingerprint: "fp" };
  const remote = (config?: string) => ({
    digest: ID("d"),
    configDigest: config,
  });
  const labels = (revision?: string, fingerprint?: string) => ({
    ...(revision ? { "org.opencontainers.image.revision": revision } : {}),
    ...(fingerprint ? { "dev.modelship.build-inputs": fingerprint } : {}),
  });
  it.each([
    ["the same config", remote(ID("1")), undefined, "identical", ""],
    [
      "same commit and inputs",
      remote(ID("2")),
      labels(SHA, "fp"),
      "same-source",
      "same commit",
    ],
    [
      "another commit",
      remote(ID("2")),
      labels("f".repeat(40), "fp"),
      "conflict",
      `built from commit ${"f".repeat(40)}`,
    ],
    [
      "other build args",
      remote(ID("2")),
      labels(SHA, "other"),
      "conflict",
      "different build args",
    ],
    ["no labels", remote(ID("2")), labels(), "conflict", "(no revision label)"],
    [
      "an index",
      remote(undefined),
      undefined,
      "conflict",
      "multi-platform index",
    ],
  ])("%s → %s", (_name, image, remoteLabels, kind, detail) => {
    const verdict = judgeExisting({
      ref: "r/x:v1",
      remote: image,
      local,
      remoteLabels,
    });
    expect(verdict.kind).toBe(kind);
    if (verdict.kind !== "identical") expect(verdict.detail).toContain(detail);
  });
});

describe("readBuildPushInputs", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-inputs-"));
  writeFileSync(path.join(dir, "Dockerfile"), "FROM scratch\n");
  const good = { context: dir, repository: "modelship/iris", version: "v1" };
  const env = { GITHUB_SHA: SHA, GITHUB_REPOSITORY: "acme/iris" };

  it("reads defaults", () => {
    const options = readBuildPushInputs(
      inputsFor(BUILD_PUSH_INPUTS, good),
      env,
    );
    expect(options).toMatchObject({
      context: dir,
      dockerfile: path.join(dir, "Dockerfile"),
      push: true,
      registry: undefined,
      sha: SHA,
      sourceUrl: "https://github.com/acme/iris",
      created: undefined,
    });
    expect(options.version.imageTag).toBe("v1");
  });

  it.each([
    [{ version: "" }, {}, /input "version" is required/],
    [{ version: "v1;drop" }, {}, /version "v1;drop" is not allowed/],
    [{ repository: "Iris" }, {}, /repository "Iris" is not allowed/],
    [
      { context: "/no/such/dir" },
      {},
      /"context": "\/no\/such\/dir" is not a directory/,
    ],
    [
      { dockerfile: "/no/Dockerfile" },
      {},
      /"dockerfile": "\/no\/Dockerfile" is not a file/,
    ],
    [
      { registry: "https://ghcr.io" },
      {},
      /registry "https:\/\/ghcr.io" is not allowed/,
    ],
    [{ "build-args": "NOEQUALS" }, {}, /not of the form Key=Value/],
    [{ "build-args": "A=1\nA=2" }, {}, /"A" is given twice/],
    [{ "build-args": "BAD-NAME=1" }, {}, /not a valid ARG name/],
    [{ push: "maybe" }, {}, /must be true or false/],
    [{ platform: "amd64" }, {}, /platform "amd64" is not allowed/],
    [
      { "registry-username": "u", "registry-password": "p" },
      {},
      /are for a non-ECR "registry"/,
    ],
    [
      { registry: "ghcr.io", "registry-username": "u" },
      {},
      /must be given together/,
    ],
    [{}, { GITHUB_SHA: "abc" }, /commit SHA "abc" is not a 40-character/],
    [
      {},
      { SOURCE_DATE_EPOCH: "yesterday" },
      /SOURCE_DATE_EPOCH must be whole seconds/,
    ],
  ])("rejects %j %j", (inputs, extraEnv, message) => {
    const read = inputsFor(BUILD_PUSH_INPUTS, { ...good, ...inputs });
    expect(() => readBuildPushInputs(read, { ...env, ...extraEnv })).toThrow(
      message,
    );
  });

  it("fails as a bundle before any AWS call on a bad version", async () => {
    const run = await runBundle("build-push", {
      inputs: { ...good, version: "V1" },
      env: { GITHUB_SHA: SHA, AWS_REGION: "us-east-1" },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `::error::build-push failed: version "V1" is not allowed`,
    );
    expect(run.stdout).toContain('(try "v1")');
    expect(run.outputs).toEqual({});
  });
});
