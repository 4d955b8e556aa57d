/**
 * The batch worker's SDK calls: made with its task role (batch.yml's WorkerRole, bounded by the
 * role stack's boundary), never with the GitHub role. Each action with the requests it makes.
 */
import type { Request } from "./policy.js";
import { arn } from "./roles.js";

/** Files whose SDK calls only the batch worker makes. */
export const WORKER_FILES = [
  "actions/lib/aws/sqs.ts",
  "actions/lib/aws/s3-objects.ts",
];

const bucket = (app: string) => `arn:aws:s3:::${app}-111122223333-eu-west-1`;
const queue = (app: string, name: string) =>
  arn("sqs", `${app}-v-1--2-${name}-Ab12Cd34`);
const input = (app: string) => `${bucket(app)}/inbox/1.2/day/scores.csv`;
const output = (app: string) => `${bucket(app)}/outputs/1.2/day/scores.csv`;

/** Per IAM action the worker sends, the requests of version 1.2 of `app`. */
export const WORKER_CALLS: Record<string, (app: string) => Request[]> = {
  "sqs:ReceiveMessage": (app) => [
    { action: "sqs:ReceiveMessage", resource: queue(app, "InboxQueue") },
  ],
  "sqs:DeleteMessage": (app) => [
    { action: "sqs:DeleteMessage", resource: queue(app, "InboxQueue") },
  ],
  "sqs:ChangeMessageVisibility": (app) => [
    {
      action: "sqs:ChangeMessageVisibility",
      resource: queue(app, "InboxQueue"),
    },
  ],
  "sqs:SendMessage": (app) => [
    { action: "sqs:SendMessage", resource: queue(app, "DeadLetterQueue") },
  ],
  // GetObject with a VersionId needs s3:GetObjectVersion as well.
  "s3:GetObject": (app) => [
    { action: "s3:GetObject", resource: input(app) },
    { action: "s3:GetObjectVersion", resource: input(app) },
  ],
  "s3:PutObject": (app) => [{ action: "s3:PutObject", resource: output(app) }],
  "s3:AbortMultipartUpload": (app) => [
    { action: "s3:AbortMultipartUpload", resource: output(app) },
  ],
};
