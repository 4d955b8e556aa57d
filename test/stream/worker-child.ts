// The local stream consumer as a process of its own, for the at-least-once test (a SIGKILL must
// reach the worker itself). Settings come from the environment the test passes.
import { streamLogger } from "../../actions/lib/logger.js";
import { runLocalStream } from "../../actions/lib/stream/local.js";
import { parseVersion } from "../../actions/lib/version.js";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const controller = new AbortController();
process.on("SIGTERM", () => controller.abort());
await runLocalStream({
  app: "iris",
  names: parseVersion(env("STREAM_VERSION")),
  databaseUrl: env("DATABASE_URL"),
  modelUrl: env("MODEL_URL"),
  predictPath: "/predict",
  shards: 2,
  start: { type: "TRIM_HORIZON" },
  journalDir: env("STREAM_JOURNALS"),
  batchSize: 50,
  concurrency: 2,
  logger: streamLogger(process.stdout, process.stderr),
  signal: controller.signal,
  leaseMs: Number(env("STREAM_LEASE_MS")),
  readLimit: 200,
});
process.stdout.write("stopped\n");
