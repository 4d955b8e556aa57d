/** One blob streamed from an ECR repository to another, checked against its digest on the way. */
import { createHash } from "node:crypto";
import {
  CompleteLayerUploadCommand,
  GetDownloadUrlForLayerCommand,
  InitiateLayerUploadCommand,
  UploadLayerPartCommand,
} from "@aws-sdk/client-ecr";
import type { EcrRepositoryRef } from "./ecr-copy.js";

/** Bounds of one blob copy. */
export interface BlobLimits {
  partBytes: number;
  maxBytes: number;
  fetch: typeof fetch;
}

async function* parts(
  body: ReadableStream<Uint8Array>,
  partBytes: number,
): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    pending.push(Buffer.from(chunk));
    size += chunk.length;
    while (size >= partBytes) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, partBytes);
      pending = [all.subarray(partBytes)];
      size = all.length - partBytes;
    }
  }
  if (size > 0) yield Buffer.concat(pending);
}

/** Copies `digest` from source to target; throws when the bytes do not hash to the digest. */
export async function copyBlob(
  source: EcrRepositoryRef,
  target: EcrRepositoryRef,
  digest: string,
  limits: BlobLimits,
): Promise<void> {
  const where = {
    registryId: target.registryId,
    repositoryName: target.repository,
  };
  const { downloadUrl } = await source.ecr.send(
    new GetDownloadUrlForLayerCommand({
      registryId: source.registryId,
      repositoryName: source.repository,
      layerDigest: digest,
    }),
  );
  if (!downloadUrl) throw new Error(`no download URL for blob ${digest}`);
  const response = await limits.fetch(downloadUrl, {
    signal: AbortSignal.timeout(30 * 60_000),
  });
  if (!response.ok || !response.body)
    throw new Error(`blob ${digest}: download answered ${response.status}`);
  const { uploadId } = await target.ecr.send(
    new InitiateLayerUploadCommand(where),
  );
  const hash = createHash("sha256");
  let offset = 0;
  for await (const part of parts(response.body, limits.partBytes)) {
    if (offset + part.length > limits.maxBytes)
      throw new Error(`blob ${digest} is larger than ${limits.maxBytes} bytes`);
    hash.update(part);
    await target.ecr.send(
      new UploadLayerPartCommand({
        ...where,
        uploadId,
        partFirstByte: offset,
        partLastByte: offset + part.length - 1,
        layerPartBlob: part,
      }),
    );
    offset += part.length;
  }
  const got = `sha256:${hash.digest("hex")}`;
  if (got !== digest)
    throw new Error(`blob ${digest} downloaded as ${got}: not uploaded`);
  await target.ecr.send(
    new CompleteLayerUploadCommand({
      ...where,
      uploadId,
      layerDigests: [digest],
    }),
  );
}
