/**
 * S3 calls of smoke-test for a batch version (the GitHub role makes them): drop a file under the
 * version's inbox prefix, look for its output, and read it, bounded in size.
 */
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { describeFailure } from "../errors.js";

/** Writes a small text object. */
export async function putText(
  s3: S3Client,
  target: { bucket: string; key: string; body: string; contentType: string },
): Promise<void> {
  await describeFailure(
    "PutObject",
    `s3://${target.bucket}/${target.key}`,
    () =>
      s3.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: target.key,
          Body: target.body,
          ContentType: target.contentType,
        }),
      ),
  );
}

/** Whether an object with exactly this key exists (listed under its own key as the prefix). */
export async function objectListed(
  s3: S3Client,
  bucket: string,
  key: string,
): Promise<boolean> {
  const answer = await describeFailure(
    "ListObjectsV2",
    `s3://${bucket}/${key}`,
    () =>
      s3.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 10 }),
      ),
  );
  return (answer.Contents ?? []).some((object) => object.Key === key);
}

/** A text object, refused past `maxBytes`. */
export async function getText(
  s3: S3Client,
  source: { bucket: string; key: string; maxBytes: number },
): Promise<string> {
  const where = `s3://${source.bucket}/${source.key}`;
  const answer = await describeFailure("GetObject", where, () =>
    s3.send(new GetObjectCommand({ Bucket: source.bucket, Key: source.key })),
  );
  if ((answer.ContentLength ?? 0) > source.maxBytes)
    throw new Error(`${where} is larger than ${source.maxBytes} bytes`);
  return (
    answer.Body as { transformToString(): Promise<string> }
  ).transformToString();
}
