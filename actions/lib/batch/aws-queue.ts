/**
 * The worker's ports on AWS: the version's SQS queue (with its dead-letter queue) and the app's
 * bucket. The SDK calls are in ../aws/; this file only composes them.
 */
import type { Readable } from "node:stream";
import type { S3Client } from "@aws-sdk/client-s3";
import type { SQSClient } from "@aws-sdk/client-sqs";
import type { AsyncBuffer } from "hyparquet";
import {
  objectRange,
  objectSize,
  objectStream,
  uploadFile,
} from "../aws/s3-objects.js";
import {
  deleteDelivery,
  receiveOne,
  sendMessage,
  setVisibility,
} from "../aws/sqs.js";
import { parseDropEvent } from "./event.js";
import type {
  BatchJob,
  JobQueue,
  ObjectStore,
  UnreadableMessage,
} from "./types.js";

/** Options of SqsQueue. */
export interface SqsQueueOptions {
  sqs: SQSClient;
  queueUrl: string;
  deadLetterUrl: string;
  /** The app's bucket: an event about any other bucket is unreadable here. */
  bucket: string;
  /** The visibility each extension sets; the queue's own default applies to a new delivery. */
  leaseSeconds: number;
  /** Long polling wait per receive (at most 20 s). */
  waitSeconds?: number;
}

/** See the module comment. Keeps each delivery's body so a poison one goes to the DLQ whole. */
export class SqsQueue implements JobQueue {
  readonly leaseSeconds: number;
  private readonly bodies = new Map<string, string>();

  constructor(private readonly options: SqsQueueOptions) {
    this.leaseSeconds = options.leaseSeconds;
  }

  async receive(
    signal: AbortSignal,
  ): Promise<BatchJob | UnreadableMessage | undefined> {
    const { sqs, queueUrl } = this.options;
    const delivery = await receiveOne(sqs, {
      queueUrl,
      waitSeconds: this.options.waitSeconds ?? 20,
      signal,
    });
    if (!delivery) return undefined;
    const handle = delivery.receiptHandle;
    this.bodies.set(handle, delivery.body);
    const dropped = parseDropEvent(delivery.body);
    if (typeof dropped === "string") return { handle, reason: dropped };
    if (dropped.bucket !== this.options.bucket)
      return {
        handle,
        reason: `the event is about bucket ${dropped.bucket}, not ${this.options.bucket}`,
      };
    return {
      handle,
      key: dropped.key,
      revision: dropped.revision,
      size: dropped.size,
      attempt: delivery.receiveCount,
      appRoute: dropped.appRoute,
      versionId: dropped.versionId,
    };
  }

  extend(handle: string): Promise<void> {
    const { sqs, queueUrl } = this.options;
    return setVisibility(sqs, {
      queueUrl,
      receiptHandle: handle,
      seconds: this.leaseSeconds,
    });
  }

  async complete(handle: string): Promise<void> {
    const { sqs, queueUrl } = this.options;
    await deleteDelivery(sqs, { queueUrl, receiptHandle: handle });
    this.bodies.delete(handle);
  }

  release(handle: string): Promise<void> {
    const { sqs, queueUrl } = this.options;
    this.bodies.delete(handle);
    return setVisibility(sqs, { queueUrl, receiptHandle: handle, seconds: 0 });
  }

  /** Sends the original body to the dead-letter queue with the reason, then deletes the delivery. */
  async deadLetter(handle: string, reason: string): Promise<void> {
    await sendMessage(this.options.sqs, {
      queueUrl: this.options.deadLetterUrl,
      body: this.bodies.get(handle) ?? "",
      attributes: { "modelship-reason": reason.slice(0, 1000) },
    });
    await this.complete(handle);
  }
}

/** The app's bucket: inputs read at the version that was dropped, outputs uploaded whole. */
export class S3Store implements ObjectStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  private ref(job: BatchJob) {
    return { bucket: this.bucket, key: job.key, versionId: job.versionId };
  }

  stream(job: BatchJob): Promise<Readable> {
    return objectStream(this.s3, this.ref(job));
  }

  async randomAccess(job: BatchJob): Promise<AsyncBuffer> {
    const ref = this.ref(job);
    const byteLength = job.size ?? (await objectSize(this.s3, ref));
    return {
      byteLength,
      slice: (start, end) =>
        objectRange(this.s3, { ...ref, start, end: end ?? byteLength }),
    };
  }

  publish(key: string, file: string, contentType: string): Promise<void> {
    return uploadFile(this.s3, { bucket: this.bucket, key, file, contentType });
  }

  describe(key: string): string {
    return `s3://${this.bucket}/${key}`;
  }
}
