/**
 * S3 calls of the batch worker (its task role makes them): read a dropped object as a stream or
 * by byte range, pinned to the version that was dropped, and upload a finished output file in
 * parts read from disk one at a time, so memory holds one part whatever the file's size.
 */
import { open, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { createReadStream } from "node:fs";
import { describeFailure } from "../errors.js";

/** One object version: the version id when the bucket keeps versions. */
export interface ObjectRef {
  bucket: string;
  key: string;
  versionId?: string;
}

const where = (ref: ObjectRef) => `s3://${ref.bucket}/${ref.key}`;

/** The object's bytes as a stream (for CSV and JSON Lines). */
export async function objectStream(
  s3: S3Client,
  ref: ObjectRef,
): Promise<Readable> {
  const answer = await describeFailure("GetObject", where(ref), () =>
    s3.send(
      new GetObjectCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        VersionId: ref.versionId,
      }),
    ),
  );
  return answer.Body as Readable;
}

/** The object's size in bytes. */
export async function objectSize(
  s3: S3Client,
  ref: ObjectRef,
): Promise<number> {
  const answer = await describeFailure("HeadObject", where(ref), () =>
    s3.send(
      new HeadObjectCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        VersionId: ref.versionId,
      }),
    ),
  );
  return answer.ContentLength ?? 0;
}

/** Bytes [start, end) of the object (for Parquet's footer and column chunks). */
export async function objectRange(
  s3: S3Client,
  ref: ObjectRef & { start: number; end: number },
): Promise<ArrayBuffer> {
  if (ref.end <= ref.start) return new ArrayBuffer(0);
  const answer = await describeFailure("GetObject", where(ref), () =>
    s3.send(
      new GetObjectCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        VersionId: ref.versionId,
        Range: `bytes=${ref.start}-${ref.end - 1}`,
      }),
    ),
  );
  const bytes = await (
    answer.Body as { transformToByteArray(): Promise<Uint8Array> }
  ).transformToByteArray();
  return bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
}

/** Single PUT up to this size; larger files go in parts. */
export const SINGLE_PUT_BYTES = 16 * 1024 * 1024;
const MIN_PART_BYTES = 8 * 1024 * 1024;
const MAX_PARTS = 10_000;

/** Uploads a local file; the object appears whole or not at all. */
export async function uploadFile(
  s3: S3Client,
  target: { bucket: string; key: string; file: string; contentType: string },
): Promise<void> {
  const { size } = await stat(target.file);
  const ref = { bucket: target.bucket, key: target.key };
  if (size <= SINGLE_PUT_BYTES) {
    await describeFailure("PutObject", where(ref), () =>
      s3.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: target.key,
          Body: createReadStream(target.file),
          ContentLength: size,
          ContentType: target.contentType,
        }),
      ),
    );
    return;
  }
  await uploadParts(s3, { ...target, size });
}

async function uploadParts(
  s3: S3Client,
  target: {
    bucket: string;
    key: string;
    file: string;
    contentType: string;
    size: number;
  },
): Promise<void> {
  const ref = { bucket: target.bucket, key: target.key };
  const partBytes = Math.max(
    MIN_PART_BYTES,
    Math.ceil(target.size / MAX_PARTS),
  );
  const created = await describeFailure(
    "CreateMultipartUpload",
    where(ref),
    () =>
      s3.send(
        new CreateMultipartUploadCommand({
          Bucket: target.bucket,
          Key: target.key,
          ContentType: target.contentType,
        }),
      ),
  );
  const uploadId = created.UploadId as string;
  const handle = await open(target.file, "r");
  try {
    const parts: { ETag?: string; PartNumber: number }[] = [];
    for (
      let offset = 0, number = 1;
      offset < target.size;
      offset += partBytes, number++
    ) {
      const length = Math.min(partBytes, target.size - offset);
      const body = Buffer.alloc(length);
      await handle.read(body, 0, length, offset);
      const part = await describeFailure("UploadPart", where(ref), () =>
        s3.send(
          new UploadPartCommand({
            Bucket: target.bucket,
            Key: target.key,
            UploadId: uploadId,
            PartNumber: number,
            Body: body,
          }),
        ),
      );
      parts.push({ ETag: part.ETag, PartNumber: number });
    }
    await describeFailure("CompleteMultipartUpload", where(ref), () =>
      s3.send(
        new CompleteMultipartUploadCommand({
          Bucket: target.bucket,
          Key: target.key,
          UploadId: uploadId,
          MultipartUpload: { Parts: parts },
        }),
      ),
    );
  } catch (error) {
    await s3
      .send(
        new AbortMultipartUploadCommand({
          Bucket: target.bucket,
          Key: target.key,
          UploadId: uploadId,
        }),
      )
      .catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}
