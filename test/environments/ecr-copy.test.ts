import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  BatchCheckLayerAvailabilityCommand,
  BatchGetImageCommand,
  CompleteLayerUploadCommand,
  ECRClient,
  GetDownloadUrlForLayerCommand,
  InitiateLayerUploadCommand,
  PutImageCommand,
  UploadLayerPartCommand,
} from "@aws-sdk/client-ecr";
import { mockClient } from "aws-sdk-client-mock";
import {
  copyImageByDigest,
  LAYER_PART_BYTES,
} from "../../actions/lib/aws/ecr-copy.js";
import { ecrImageCarrier } from "../../actions/lib/promote/ecr-carrier.js";
import { parseVersion } from "../../actions/lib/version.js";

const sha = (bytes: Buffer | string) =>
  `sha256:${createHash("sha256").update(bytes).digest("hex")}`;

// A real (small) image: a config blob, a layer just over one upload part, and their manifest.
const config = Buffer.from(JSON.stringify({ config: { Labels: {} } }));
const layer = Buffer.alloc(LAYER_PART_BYTES + 1234, 7);
layer.write("modelship layer");
const MEDIA = "application/vnd.oci.image.manifest.v1+json";
const manifest = JSON.stringify({
  schemaVersion: 2,
  mediaType: MEDIA,
  config: {
    mediaType: "application/vnd.oci.image.config.v1+json",
    digest: sha(config),
    size: config.length,
  },
  layers: [
    {
      mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
      digest: sha(layer),
      size: layer.length,
    },
  ],
});
const digest = sha(manifest);

const sourceClient = new ECRClient({ region: "us-east-1" });
const targetClient = new ECRClient({ region: "eu-west-1" });
const source = mockClient(sourceClient);
const target = mockClient(targetClient);
const SOURCE = {
  ecr: sourceClient,
  registryId: "111111111111",
  repository: "iris",
  region: "us-east-1",
};
const TARGET = {
  ecr: targetClient,
  registryId: "222222222222",
  repository: "iris",
  region: "eu-west-1",
};

let server: http.Server;
let base = "";
let served: Record<string, Buffer> = {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const blob = served[decodeURIComponent((req.url ?? "").slice(1))];
    if (!blob) return void res.writeHead(404).end();
    res.writeHead(200).end(blob);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** The target registry, as the mock keeps it: uploaded parts and the manifest put. */
let uploaded: Buffer[];
let put: string | undefined;

beforeEach(() => {
  source.reset();
  target.reset();
  served = { [sha(config)]: config, [sha(layer)]: layer };
  uploaded = [];
  put = undefined;
  source.on(BatchGetImageCommand).resolves({
    images: [
      {
        imageManifest: manifest,
        imageManifestMediaType: MEDIA,
        imageId: { imageDigest: digest },
      },
    ],
  });
  source.on(GetDownloadUrlForLayerCommand).callsFake((input) => ({
    downloadUrl: `${base}/${encodeURIComponent(input.layerDigest)}`,
  }));
  target.on(BatchCheckLayerAvailabilityCommand).callsFake((input) => ({
    layers: (input.layerDigests as string[]).map((d) => ({
      layerDigest: d,
      layerAvailability: d === sha(config) ? "AVAILABLE" : "UNAVAILABLE",
    })),
  }));
  target
    .on(InitiateLayerUploadCommand)
    .resolves({ uploadId: "u1", partSize: LAYER_PART_BYTES });
  target.on(UploadLayerPartCommand).callsFake((input) => {
    uploaded.push(Buffer.from(input.layerPartBlob as Uint8Array));
    return { uploadId: "u1", lastByteReceived: input.partLastByte };
  });
  target
    .on(CompleteLayerUploadCommand)
    .callsFake((input) => ({ layerDigest: input.layerDigests[0] }));
  target.on(PutImageCommand).callsFake((input) => {
    put = input.imageManifest;
    return { image: { imageManifest: put } };
  });
  target.on(BatchGetImageCommand).callsFake(() => ({
    images: put ? [{ imageManifest: put, imageManifestMediaType: MEDIA }] : [],
    failures: put ? [] : [{ failureReason: "Requested image not found" }],
  }));
});

describe("copying an image between ECR registries by digest", () => {
  it("uploads only the missing blob, in parts, and puts the manifest byte for byte", async () => {
    const result = await copyImageByDigest({
      source: SOURCE,
      target: TARGET,
      digest,
      tag: "v1",
    });
    expect(result).toEqual({
      digest,
      copiedBlobs: [sha(layer)],
      manifests: [digest],
    });
    expect(uploaded.map((p) => p.length)).toEqual([LAYER_PART_BYTES, 1234]);
    expect(Buffer.concat(uploaded).equals(layer)).toBe(true);
    const parts = target
      .commandCalls(UploadLayerPartCommand)
      .map((c) => [
        c.args[0].input.partFirstByte,
        c.args[0].input.partLastByte,
      ]);
    expect(parts).toEqual([
      [0, LAYER_PART_BYTES - 1],
      [LAYER_PART_BYTES, LAYER_PART_BYTES + 1233],
    ]);
    expect(
      target.commandCalls(CompleteLayerUploadCommand)[0]?.args[0].input,
    ).toMatchObject({
      registryId: "222222222222",
      repositoryName: "iris",
      layerDigests: [sha(layer)],
    });
    expect(target.commandCalls(PutImageCommand)[0]?.args[0].input).toEqual({
      registryId: "222222222222",
      repositoryName: "iris",
      imageManifest: manifest,
      imageManifestMediaType: MEDIA,
      imageDigest: digest,
      imageTag: "v1",
    });
    expect(
      source.commandCalls(BatchGetImageCommand)[0]?.args[0].input,
    ).toMatchObject({
      registryId: "111111111111",
      imageIds: [{ imageDigest: digest }],
    });
  });

  it("refuses a blob whose bytes do not hash to its digest, and puts no manifest", async () => {
    served[sha(layer)] = Buffer.concat([layer.subarray(1), Buffer.from("x")]);
    await expect(
      copyImageByDigest({ source: SOURCE, target: TARGET, digest }),
    ).rejects.toThrow(`blob ${sha(layer)} downloaded as`);
    expect(target.commandCalls(CompleteLayerUploadCommand)).toHaveLength(0);
    expect(target.commandCalls(PutImageCommand)).toHaveLength(0);
  });

  it("refuses a source manifest that does not hash to the digest asked for", async () => {
    source.on(BatchGetImageCommand).resolves({
      images: [
        { imageManifest: `${manifest} `, imageManifestMediaType: MEDIA },
      ],
    });
    await expect(
      copyImageByDigest({ source: SOURCE, target: TARGET, digest }),
    ).rejects.toThrow(/the source manifest of sha256:[0-9a-f]{64} hashes to/);
    expect(target.commandCalls(PutImageCommand)).toHaveLength(0);
  });

  it("fails when the target then serves another manifest for the digest", async () => {
    target
      .on(BatchGetImageCommand)
      .resolves({ images: [{ imageManifest: "{}" }] });
    await expect(
      copyImageByDigest({ source: SOURCE, target: TARGET, digest }),
    ).rejects.toThrow(`has digest ${sha("{}")}, not ${digest}`);
  });

  it("is idempotent: a second copy finds every blob and the image there", async () => {
    target.on(BatchCheckLayerAvailabilityCommand).callsFake((input) => ({
      layers: (input.layerDigests as string[]).map((d) => ({
        layerDigest: d,
        layerAvailability: "AVAILABLE",
      })),
    }));
    const exists = Object.assign(new Error("exists"), {
      name: "ImageAlreadyExistsException",
    });
    target.on(PutImageCommand).rejects(exists);
    target
      .on(BatchGetImageCommand)
      .resolves({ images: [{ imageManifest: manifest }] });
    const result = await copyImageByDigest({
      source: SOURCE,
      target: TARGET,
      digest,
      tag: "v1",
    });
    expect(result.copiedBlobs).toEqual([]);
    expect(target.commandCalls(UploadLayerPartCommand)).toHaveLength(0);
  });

  it("the promotion's carrier names the image in the target registry by digest, or copies nothing within one", async () => {
    const names = parseVersion("v1", "production");
    const carried = await ecrImageCarrier({ source: SOURCE, target: TARGET })({
      digest,
      names,
    });
    expect(carried).toMatchObject({
      image: `222222222222.dkr.ecr.eu-west-1.amazonaws.com/iris@${digest}`,
      digest,
    });
    expect(carried.detail).toMatch(/1 blob\(s\) uploaded, digest verified/);
    source.reset();
    target.reset();
    const same = await ecrImageCarrier({ source: SOURCE, target: SOURCE })({
      digest,
      names,
    });
    expect(same).toMatchObject({
      image: `111111111111.dkr.ecr.us-east-1.amazonaws.com/iris@${digest}`,
      digest,
    });
    expect(source.calls()).toHaveLength(0);
  });
});
