// The AWS worker's settings: read from the environment batch.yml's task definition gives the
// worker container (the template and the reader must agree), with a bad value named.
import { readWorkerEnv } from "../../actions/lib/batch/aws-run.js";
import { loadTemplate } from "../templates/templates.js";

interface Container {
  Name: string;
  Command?: string[];
  Environment?: { Name: string }[];
  Secrets?: { Name: string }[];
}

const containers = (
  (
    loadTemplate("batch.yml").Resources as Record<
      string,
      { Properties: unknown }
    >
  ).TaskDefinition?.Properties as { ContainerDefinitions: Container[] }
).ContainerDefinitions;
const worker = containers.find((c) => c.Name === "worker") as Container;

/** A value of the right shape for each variable the template sets. */
const SAMPLE: Record<string, string> = {
  APP_NAME: "iris",
  MODEL_VERSION: "1.2",
  MODEL_URL: "http://127.0.0.1:8080",
  PREDICT_PATH: "/predict",
  READY_PATH: "/ready",
  BATCH_BUCKET: "iris-111122223333-eu-west-1",
  BATCH_QUEUE_URL:
    "https://sqs.eu-west-1.amazonaws.com/111122223333/iris-v-1--2-InboxQueue-Ab",
  BATCH_DLQ_URL:
    "https://sqs.eu-west-1.amazonaws.com/111122223333/iris-v-1--2-DeadLetterQueue-Ab",
  BATCH_LEASE_SECONDS: "300",
  BATCH_SIZE: "100",
  BATCH_CONCURRENCY: "4",
  DATABASE_URL: "postgres://u:p@db.example:5432/ml",
  MODELSHIP_ENVIRONMENT: "staging",
};

describe("the AWS batch worker's environment", () => {
  it("is what batch.yml gives the worker container, which runs `modelship batch-worker`", () => {
    expect(worker.Command).toEqual(["batch-worker"]);
    const names = [...(worker.Environment ?? []), ...(worker.Secrets ?? [])]
      .map((v) => v.Name)
      .sort();
    expect(names).toEqual(Object.keys(SAMPLE).sort());
    const settings = readWorkerEnv({ ...SAMPLE });
    expect(settings).toMatchObject({
      app: "iris",
      modelUrl: "http://127.0.0.1:8080",
      bucket: SAMPLE.BATCH_BUCKET,
      leaseSeconds: 300,
      batchSize: 100,
      concurrency: 4,
    });
    expect(settings.names.version).toBe("1.2");
    // The stack's environment picks the version's log tables.
    expect(settings.names.environment).toBe("staging");
    expect(settings.names.tables.schema).toBe("predictions__staging");
    const before = readWorkerEnv({ ...SAMPLE, MODELSHIP_ENVIRONMENT: "" });
    expect(before.names.tables.schema).toBe("predictions");
  });

  it.each([
    [{ BATCH_QUEUE_URL: undefined }, /BATCH_QUEUE_URL is not set/],
    [{ MODEL_VERSION: "v1;drop" }, /v1;drop/],
    [{ BATCH_SIZE: "0" }, /BATCH_SIZE.*at least 1/],
    [{ BATCH_CONCURRENCY: "four" }, /BATCH_CONCURRENCY/],
    [{ MODEL_URL: "ftp://x" }, /must use http or https/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL/],
    [{ MODELSHIP_ENVIRONMENT: "Staging" }, /environment "Staging"/],
  ])("refuses %j, naming the variable", (change, message) => {
    expect(() => readWorkerEnv({ ...SAMPLE, ...change })).toThrow(message);
  });
});
