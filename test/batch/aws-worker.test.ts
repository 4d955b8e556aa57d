// The worker on AWS, with SQS and S3 stubbed at the SDK boundary (aws-sdk-client-mock) and a real
// HTTP model: what it reads, writes, deletes and dead-letters, and when.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { parquetWriteBuffer } from "hyparquet-writer";
import { S3Store, SqsQueue } from "../../actions/lib/batch/aws-queue.js";
import { APP_ROUTE_TEMPLATE } from "../../actions/lib/batch/event.js";
import { runWorkerLoop } from "../../actions/lib/batch/loop.js";
import { ModelClient } from "../../actions/lib/batch/predict.js";
import { uploadFile } from "../../actions/lib/aws/s3-objects.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import {
  expectedLabel,
  irisCsv,
  irisRow,
  startModelServer,
  type ModelServer,
} from "./model-server.js";

const QUEUE =
  "https://sqs.eu-west-1.amazonaws.com/111122223333/ml-v-w1-Inbox-X";
const DLQ =
  "https://sqs.eu-west-1.amazonaws.com/111122223333/ml-v-w1-DeadLetters-X";
const BUCKET = "ml-111122223333-eu-west-1";
const sqs = mockClient(SQSClient);
const s3 = mockClient(S3Client);
let model: ModelServer;
let work: string;

function s3Event(key: string, extra: Record<string, unknown> = {}) {
  return {
    version: "0",
    "detail-type": "Object Created",
    source: "aws.s3",
    detail: {
      bucket: { name: BUCKET },
      object: { key, size: 10, etag: "e1", "version-id": "V1", ...extra },
    },
  };
}

/** The app route's input transformer, applied as EventBridge would. */
const viaAppRoute = (event: unknown) =>
  APP_ROUTE_TEMPLATE.replace("<aws.events.event.json>", JSON.stringify(event));

function deliver(...bodies: string[]) {
  const receive = sqs.on(ReceiveMessageCommand);
  bodies.forEach((body, index) =>
    receive.resolvesOnce({
      Messages: [
        {
          Body: body,
          ReceiptHandle: `rh-${index}`,
          Attributes: { ApproximateReceiveCount: "1" },
        },
      ],
    }),
  );
  receive.resolves({ Messages: [] });
}

async function run(options: { leaseSeconds?: number } = {}) {
  const controller = new AbortController();
  const stats = await runWorkerLoop({
    queue: new SqsQueue({
      sqs: new SQSClient({ region: "eu-west-1" }),
      queueUrl: QUEUE,
      deadLetterUrl: DLQ,
      bucket: BUCKET,
      leaseSeconds: options.leaseSeconds ?? 300,
      waitSeconds: 0,
    }),
    store: new S3Store(new S3Client({ region: "eu-west-1" }), BUCKET),
    client: new ModelClient({
      url: model.url,
      predictPath: "/predict",
      concurrency: 2,
    }),
    version: "w1",
    workDir: work,
    batchSize: 50,
    concurrency: 2,
    logger: memoryLogger(),
    signal: controller.signal,
    idleExitMs: 0,
  });
  return stats;
}

beforeAll(async () => {
  model = await startModelServer({ delayMs: 5 });
});
afterAll(() => model.close());
beforeEach(() => {
  sqs.reset();
  s3.reset();
  work = mkdtempSync(path.join(os.tmpdir(), "batch-aws-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

it("scores a CSV dropped under inbox/<version>/: reads that object version, uploads outputs/<version>/, then deletes", async () => {
  deliver(JSON.stringify(s3Event("inbox/w1/day/a.csv")));
  s3.on(GetObjectCommand).callsFake(() => ({
    Body: Readable.from([irisCsv(120)]),
  }));
  let uploaded = "";
  s3.on(PutObjectCommand).callsFake(async (input: { Body: Readable }) => {
    for await (const chunk of input.Body) uploaded += String(chunk);
    return {};
  });
  expect(await run()).toMatchObject({ scored: 1, poison: 0 });
  expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({
    Bucket: BUCKET,
    Key: "inbox/w1/day/a.csv",
    VersionId: "V1",
  });
  expect(s3.commandCalls(PutObjectCommand)[0]?.args[0].input).toMatchObject({
    Bucket: BUCKET,
    Key: "outputs/w1/day/a.csv",
    ContentType: "text/csv",
  });
  const lines = uploaded.trim().split("\n").slice(1);
  expect(lines.map((l) => l.split(",")[5])).toEqual(
    Array.from({ length: 120 }, (_, i) => expectedLabel(irisRow(i))),
  );
  expect(
    sqs.commandCalls(DeleteMessageCommand).map((c) => c.args[0].input),
  ).toEqual([{ QueueUrl: QUEUE, ReceiptHandle: "rh-0" }]);
  expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
});

it("reads Parquet by byte ranges of the dropped version", async () => {
  const rows = Array.from({ length: 300 }, (_, i) => irisRow(i));
  const parquet = Buffer.from(
    parquetWriteBuffer({
      columnData: Object.keys(irisRow(0)).map((name) => ({
        name,
        data: rows.map((r) => r[name] as number),
        type: "DOUBLE" as const,
      })),
      rowGroupSize: 100,
    }),
  );
  deliver(
    JSON.stringify(s3Event("inbox/w1/p.parquet", { size: parquet.length })),
  );
  s3.on(GetObjectCommand).callsFake((input: { Range: string }) => {
    const [start, end] = (/bytes=(\d+)-(\d+)/.exec(input.Range) ?? [])
      .slice(1)
      .map(Number);
    const slice = parquet.subarray(start, (end as number) + 1);
    return {
      Body: { transformToByteArray: async () => new Uint8Array(slice) },
    };
  });
  s3.on(PutObjectCommand).resolves({});
  expect(await run()).toMatchObject({ scored: 1 });
  const ranges = s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input);
  expect(
    ranges.every(
      (r) => r.VersionId === "V1" && /^bytes=\d+-\d+$/.test(r.Range ?? ""),
    ),
  ).toBe(true);
  expect(s3.commandCalls(PutObjectCommand)[0]?.args[0].input.Key).toBe(
    "outputs/w1/p.parquet",
  );
});

it.each([
  ["a message that is not JSON", "not json", /not JSON/],
  [
    "an event for another bucket",
    JSON.stringify({
      ...s3Event("inbox/w1/a.csv"),
      detail: { ...s3Event("x").detail, bucket: { name: "other" } },
    }),
    /bucket other/,
  ],
  [
    "a file the worker cannot read",
    JSON.stringify(s3Event("inbox/w1/notes.txt")),
    /not a file the worker reads/,
  ],
])(
  "dead-letters %s with the reason and the original body",
  async (_name, body, reason) => {
    deliver(body);
    await run();
    const sent = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input;
    expect(sent?.QueueUrl).toBe(DLQ);
    expect(sent?.MessageBody).toBe(body);
    expect(sent?.MessageAttributes?.["modelship-reason"]?.StringValue).toMatch(
      reason,
    );
    expect(sqs.commandCalls(DeleteMessageCommand)).toHaveLength(1);
  },
);

it("skips what the app-wide route delivers under a version prefix, and scores a file right under inbox/", async () => {
  deliver(
    viaAppRoute(s3Event("inbox/w1/a.csv")),
    viaAppRoute(s3Event("inbox/flat.csv")),
  );
  s3.on(GetObjectCommand).callsFake(() => ({
    Body: Readable.from([irisCsv(3)]),
  }));
  s3.on(PutObjectCommand).resolves({});
  expect(await run()).toMatchObject({ skipped: 1, scored: 1 });
  expect(
    s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input.Key),
  ).toEqual(["inbox/flat.csv"]);
  expect(s3.commandCalls(PutObjectCommand)[0]?.args[0].input.Key).toBe(
    "outputs/w1/flat.csv",
  );
  expect(sqs.commandCalls(DeleteMessageCommand)).toHaveLength(2);
});

it("extends the delivery's visibility while a slow file is scored", async () => {
  const slow = await startModelServer({ delayMs: 150 });
  const saved = model;
  model = slow;
  try {
    deliver(JSON.stringify(s3Event("inbox/w1/slow.csv")));
    // 40 batches, 2 at a time, 150 ms each: 3 s, past the first renewal at 1 s.
    s3.on(GetObjectCommand).callsFake(() => ({
      Body: Readable.from([irisCsv(2000)]),
    }));
    s3.on(PutObjectCommand).resolves({});
    await run({ leaseSeconds: 3 });
  } finally {
    model = saved;
    await slow.close();
  }
  const extended = sqs
    .commandCalls(ChangeMessageVisibilityCommand)
    .map((c) => c.args[0].input);
  expect(extended.length).toBeGreaterThan(0);
  expect(extended[0]).toEqual({
    QueueUrl: QUEUE,
    ReceiptHandle: "rh-0",
    VisibilityTimeout: 3,
  });
  expect(sqs.commandCalls(DeleteMessageCommand)).toHaveLength(1);
}, 30_000);

it("leaves a delivery for the queue to bring back when the model keeps failing", async () => {
  const failing = await startModelServer({ failFirst: 1000 });
  const saved = model;
  model = failing;
  try {
    deliver(JSON.stringify(s3Event("inbox/w1/a.csv")));
    s3.on(GetObjectCommand).callsFake(() => ({
      Body: Readable.from([irisCsv(10)]),
    }));
    expect(await run()).toMatchObject({ failed: 1 });
    expect(sqs.commandCalls(DeleteMessageCommand)).toHaveLength(0);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  } finally {
    model = saved;
    await failing.close();
  }
}, 30_000);

it("uploads a large output in parts read from disk, and aborts the upload when a part fails", async () => {
  const file = path.join(work, "big.csv");
  writeFileSync(file, Buffer.alloc(17 * 1024 * 1024, 97));
  s3.on(CreateMultipartUploadCommand).resolves({ UploadId: "u1" });
  s3.on(UploadPartCommand).callsFake((input: { PartNumber: number }) => ({
    ETag: `p${input.PartNumber}`,
  }));
  s3.on(CompleteMultipartUploadCommand).resolves({});
  const client = new S3Client({ region: "eu-west-1" });
  await uploadFile(client, {
    bucket: BUCKET,
    key: "outputs/w1/big.csv",
    file,
    contentType: "text/csv",
  });
  const parts = s3
    .commandCalls(UploadPartCommand)
    .map((c) => (c.args[0].input.Body as Buffer).length);
  expect(parts).toEqual([8 * 1024 * 1024, 8 * 1024 * 1024, 1024 * 1024]);
  expect(
    s3.commandCalls(CompleteMultipartUploadCommand)[0]?.args[0].input
      .MultipartUpload,
  ).toEqual({
    Parts: [1, 2, 3].map((n) => ({ ETag: `p${n}`, PartNumber: n })),
  });
  expect(readFileSync(file).length).toBe(17 * 1024 * 1024);

  s3.reset();
  s3.on(CreateMultipartUploadCommand).resolves({ UploadId: "u2" });
  s3.on(UploadPartCommand).rejects(new Error("slow down"));
  s3.on(AbortMultipartUploadCommand).resolves({});
  await expect(
    uploadFile(client, {
      bucket: BUCKET,
      key: "outputs/w1/big.csv",
      file,
      contentType: "text/csv",
    }),
  ).rejects.toThrow(/UploadPart on s3:\/\/.*slow down/);
  expect(
    s3.commandCalls(AbortMultipartUploadCommand)[0]?.args[0].input.UploadId,
  ).toBe("u2");
});
