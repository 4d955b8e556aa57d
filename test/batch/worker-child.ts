// The local inbox worker as a process of its own, for the at-least-once test (a SIGKILL must reach
// the worker itself). Settings come from the environment the test passes.
import { runLocalInbox } from "../../actions/lib/batch/local.js";
import { streamLogger } from "../../actions/lib/logger.js";
import { parseVersion } from "../../actions/lib/version.js";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const controller = new AbortController();
process.on("SIGTERM", () => controller.abort());
const stats = await runLocalInbox({
  app: "iris",
  names: parseVersion(env("BATCH_VERSION")),
  root: env("BATCH_ROOT"),
  databaseUrl: env("DATABASE_URL"),
  modelUrl: env("MODEL_URL"),
  predictPath: "/predict",
  batchSize: 100,
  concurrency: 2,
  logger: streamLogger(process.stdout, process.stderr),
  signal: controller.signal,
  leaseSeconds: Number(env("BATCH_LEASE_SECONDS")),
  pollMs: 50,
});
process.stdout.write(`stats ${JSON.stringify(stats)}\n`);
