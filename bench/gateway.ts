// Benchmark: what the gateway costs, in one run, each figure against a baseline measured in the
// same run (interleaved rounds). Every server is its own process; autocannon too.
//   1. the example model alone (its own logging off) vs the same model behind the gateway, which
//      logs every prediction: throughput ratio (goal >= 0.8x), added p50 and p99 (goal <= 1 ms),
//      and the gateway's own CPU per request (which load on a shared machine does not distort);
//   2. the gateway with a shadow attached (a second model behind its own gateway): how much the
//      serving p99 moves (goal <= 1 ms), and that the shadow got and logged every copy;
//   3. the example service logging in-process vs behind a gateway that logs (its own logging
//      off) vs behind a gateway that does not (README: which one the example uses, and why);
//   4. the Python fixture behind the gateway: rows logged == requests answered.
//
//   npm run bench:gateway
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=32 BENCH_ROUNDS=2 npm run bench:gateway
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseNumber } from "../actions/lib/inputs.js";
import { freePort } from "../actions/lib/net.js";
import { startPostgres } from "../actions/lib/postgres/server.js";
import { parseVersion, qualified } from "../actions/lib/version.js";
import {
  copyPythonFixture,
  pythonEnv,
  runShell,
} from "../test/helpers/python-fixture.js";
import { startServiceProcess } from "../test/helpers/service-process.js";
import { trainedModelPath } from "../test/service/fixture.js";
import {
  cannon,
  metric,
  predictionsMade,
  startGatewayProcess,
  startProcess,
} from "./gateway-processes.js";
import { CONFIG, report, type Run } from "./gateway-report.js";

const setting = (name: string, fallback: string) =>
  parseNumber(process.env[name] ?? fallback, name, { min: 1, integer: true });
const SECONDS = setting("BENCH_SECONDS", "10");
const CONNECTIONS = setting("BENCH_CONNECTIONS", "32");
const ROUNDS = setting("BENCH_ROUNDS", "2");
const WARMUP_SECONDS = 2;
const BODY = JSON.stringify({
  input: {
    sepal_length: 6.1,
    sepal_width: 2.8,
    petal_length: 4.7,
    petal_width: 1.2,
  },
});
const CPU = /^process_cpu_seconds_total (\S+)$/m;

async function countRows(url: string, version: string): Promise<number> {
  const { schema, outputs } = parseVersion(version).tables;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM ${qualified(schema, outputs)}`,
    );
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

const load = (url: string, seconds = SECONDS, connections = CONNECTIONS) =>
  cannon(url, { seconds, connections, body: BODY });

/** Warms up and measures `url`. */
async function measure(name: string, url: string): Promise<Run> {
  await load(url, WARMUP_SECONDS);
  return { name, result: await load(url) };
}

const SHADOWED = (outcome: string) =>
  new RegExp(`shadow_requests_total\\{[^}]*outcome="${outcome}"\\} (\\d+)`);

/**
 * Waits until the gateway's shadow queue is empty and its copies stop moving (at most a minute),
 * then counts them: on a busy machine the shadow falls behind the load, and a copy still queued
 * when the gateway stops would be dropped by the drain's 5 s bound rather than by the queue.
 */
async function settledCopies(url: string): Promise<Run["copies"]> {
  const read = async () => ({
    sent: await metric(url, SHADOWED("sent")),
    failed: await metric(url, SHADOWED("failed")),
    dropped: await metric(url, SHADOWED("dropped")),
  });
  const deadline = Date.now() + 60_000;
  let last = await read();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await read();
    const depth = await metric(url, /shadow_queue_depth\{[^}]*\} (\d+)/);
    if (depth === 0 && JSON.stringify(now) === JSON.stringify(last)) break;
    last = now;
  }
  return last;
}

/** Starts a gateway with `flags`, measures it, drains it, and counts what it logged. */
async function throughGateway(
  name: string,
  flags: { upstream: string; version: string; extra?: string[] },
  databaseUrl: string,
): Promise<Run> {
  const extra = flags.extra ?? ["--shadows", "off"];
  const gateway = await startGatewayProcess(
    [
      "--upstream",
      flags.upstream,
      "--version",
      flags.version,
      "--app",
      "bench",
      ...extra,
    ],
    databaseUrl,
  );
  await load(`${gateway.url}/predict`, WARMUP_SECONDS);
  const cpuBefore = await metric(gateway.url, CPU);
  const result = await load(`${gateway.url}/predict`);
  const cpu = (await metric(gateway.url, CPU)) - cpuBefore;
  const run: Run = {
    name,
    result,
    answered: await predictionsMade(gateway.url),
    gatewayCpuUs: (cpu * 1e6) / Math.max(1, result.requests.total),
  };
  if (!extra.includes("off")) run.copies = await settledCopies(gateway.url);
  const code = await gateway.stop();
  if (code !== 0)
    throw new Error(
      `${name}: the gateway exited ${code}:\n${gateway.output().slice(-2000)}`,
    );
  if (!extra.includes("false"))
    run.logged = await countRows(databaseUrl, flags.version);
  return run;
}

async function pythonBehindGateway(databaseUrl: string): Promise<Run> {
  const fixture = copyPythonFixture();
  const env = { MODELSHIP_RUN_DIR: fixture.dir };
  const trained = runShell("python3 train.py", fixture.dir, env);
  if (trained.status !== 0)
    throw new Error(`python3 train.py failed: ${trained.stderr}`);
  const port = await freePort();
  const server = await startProcess(["python3", "server.py"], {
    cwd: fixture.dir,
    env: pythonEnv({
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      MODEL_VERSION: "bench-py",
    }),
    port,
    readyPath: "/ping",
  });
  try {
    const alone = await load(`${server.url}/invocations`, SECONDS, 8);
    console.log(
      `Python fixture alone: ${alone.requests.average.toFixed(0)} req/s, p99 ${alone.latency.p99} ms (8 connections)`,
    );
    const paths = ["--predict-path", "/invocations", "--ready-path", "/ping"];
    const gateway = await startGatewayProcess(
      [
        "--upstream",
        server.url,
        "--version",
        "bench-py",
        "--app",
        "bench",
        ...paths,
      ],
      databaseUrl,
    );
    const result = await load(`${gateway.url}/invocations`, SECONDS, 8);
    const answered = await predictionsMade(gateway.url);
    await gateway.stop();
    const logged = await countRows(databaseUrl, "bench-py");
    return {
      name: "Python fixture behind the gateway",
      result,
      answered,
      logged,
    };
  } finally {
    await server.stop();
    fixture.remove();
  }
}

/** The example service, as a model (its logging off) or logging in-process itself. */
function exampleService(
  databaseUrl: string,
  version: string,
  journal?: string,
) {
  return startServiceProcess({
    DATABASE_URL: databaseUrl,
    MODEL_VERSION: version,
    LOG_MODE: journal ? "batched" : "off",
    ...(journal ? { LOG_JOURNAL_DIR: journal } : {}),
    MODEL_PATH: trainedModelPath(),
    LOG_LEVEL: "warn",
  });
}

async function round(
  index: number,
  servers: { model: string; app: string; shadow: string },
  databaseUrl: string,
): Promise<Run[]> {
  const shadowFlags = [
    "--shadows",
    `bench-shadow=${servers.shadow}`,
    "--shadow-queue",
    "100000",
  ];
  return [
    await measure(CONFIG.alone, `${servers.model}/predict`),
    await throughGateway(
      CONFIG.gateway,
      { upstream: servers.model, version: `bench-gw-${index}` },
      databaseUrl,
    ),
    await throughGateway(
      CONFIG.shadowed,
      {
        upstream: servers.model,
        version: `bench-sh-${index}`,
        extra: shadowFlags,
      },
      databaseUrl,
    ),
    await measure(CONFIG.inProcess, `${servers.app}/predict`),
    await throughGateway(
      CONFIG.notLogging,
      {
        upstream: servers.app,
        version: `bench-a-${index}`,
        extra: ["--shadows", "off", "--log-predictions", "false"],
      },
      databaseUrl,
    ),
  ];
}

async function rounds(databaseUrl: string): Promise<Run[]> {
  const journal = mkdtempSync(path.join(os.tmpdir(), "bench-app-journal-"));
  const model = await exampleService(databaseUrl, "bench-model");
  const app = await exampleService(databaseUrl, "bench-app", journal);
  const shadowModel = await exampleService(databaseUrl, "bench-shadow-model");
  const shadowFlags = [
    "--upstream",
    shadowModel.url,
    "--version",
    "bench-shadow",
    "--app",
    "bench",
    "--shadows",
    "off",
  ];
  const shadow = await startGatewayProcess(shadowFlags, databaseUrl);
  const runs: Run[] = [];
  try {
    const servers = { model: model.url, app: app.url, shadow: shadow.url };
    for (let index = 0; index < ROUNDS; index++)
      runs.push(...(await round(index, servers, databaseUrl)));
    const copies = await predictionsMade(shadow.url);
    await shadow.stop();
    const logged = await countRows(databaseUrl, "bench-shadow");
    const shadowed = runs.filter((r) => r.name === CONFIG.shadowed);
    const total = (pick: (r: Run) => number) =>
      shadowed.reduce((n, r) => n + pick(r), 0);
    const sent = total((r) => r.copies?.sent ?? 0);
    const lost = total(
      (r) => (r.copies?.failed ?? 0) + (r.copies?.dropped ?? 0),
    );
    console.log(
      `shadow: ${total((r) => r.answered ?? 0)} predictions answered with it attached (clients that left early included); ` +
        `${sent} copies sent, ${lost} failed or dropped; the shadow answered ${copies} and logged ${logged} (goal: sent = answered = logged, 0 lost)`,
    );
    if (copies !== sent || logged !== sent || lost > 0) process.exitCode = 1;
  } finally {
    await Promise.all([model.stop(), app.stop(), shadowModel.stop()]);
    rmSync(journal, { recursive: true, force: true });
  }
  return runs;
}

async function main(): Promise<void> {
  const db = await startPostgres();
  try {
    console.log(
      "gateway bench: POST /predict, autocannon in its own process, every server its own process, PostgreSQL on 127.0.0.1",
    );
    const runs = await rounds(db.url);
    const python = await pythonBehindGateway(db.url);
    const ok = report([...runs, python], {
      rounds: ROUNDS,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    console.log(
      `Python fixture behind the gateway: ${python.answered} answered, ${python.logged} rows logged (goal: equal)`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}

await main();
