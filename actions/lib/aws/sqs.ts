/**
 * SQS calls of the batch worker (its task role makes them, not the GitHub role): receive with long
 * polling, extend a delivery's visibility, delete it, and send to the dead-letter queue.
 */
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import { describeFailure } from "../errors.js";

/** One delivered message. */
export interface SqsDelivery {
  body: string;
  receiptHandle: string;
  /** ApproximateReceiveCount: 1 on the first delivery. */
  receiveCount: number;
}

/** Waits up to `waitSeconds` (at most 20) for one message. */
export async function receiveOne(
  sqs: SQSClient,
  options: { queueUrl: string; waitSeconds: number; signal?: AbortSignal },
): Promise<SqsDelivery | undefined> {
  const answer = await describeFailure("ReceiveMessage", options.queueUrl, () =>
    sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: options.queueUrl,
        MaxNumberOfMessages: 1,
        WaitTimeSeconds: Math.min(
          20,
          Math.max(0, Math.round(options.waitSeconds)),
        ),
        MessageSystemAttributeNames: ["ApproximateReceiveCount"],
      }),
      { abortSignal: options.signal },
    ),
  );
  const message = answer.Messages?.[0];
  if (!message?.ReceiptHandle) return undefined;
  return {
    body: message.Body ?? "",
    receiptHandle: message.ReceiptHandle,
    receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? "1"),
  };
}

/** Makes a delivery invisible for `seconds` more from now (0: visible again at once). */
export async function setVisibility(
  sqs: SQSClient,
  options: { queueUrl: string; receiptHandle: string; seconds: number },
): Promise<void> {
  await describeFailure("ChangeMessageVisibility", options.queueUrl, () =>
    sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: options.queueUrl,
        ReceiptHandle: options.receiptHandle,
        VisibilityTimeout: options.seconds,
      }),
    ),
  );
}

/** Removes a delivery for good. */
export async function deleteDelivery(
  sqs: SQSClient,
  options: { queueUrl: string; receiptHandle: string },
): Promise<void> {
  await describeFailure("DeleteMessage", options.queueUrl, () =>
    sqs.send(
      new DeleteMessageCommand({
        QueueUrl: options.queueUrl,
        ReceiptHandle: options.receiptHandle,
      }),
    ),
  );
}

/** Sends one message (the dead-letter queue's copy of a poison delivery, with its reason). */
export async function sendMessage(
  sqs: SQSClient,
  options: {
    queueUrl: string;
    body: string;
    attributes?: Record<string, string>;
  },
): Promise<void> {
  await describeFailure("SendMessage", options.queueUrl, () =>
    sqs.send(
      new SendMessageCommand({
        QueueUrl: options.queueUrl,
        MessageBody: options.body,
        MessageAttributes: Object.fromEntries(
          Object.entries(options.attributes ?? {}).map(([name, value]) => [
            name,
            { DataType: "String", StringValue: value },
          ]),
        ),
      }),
    ),
  );
}
