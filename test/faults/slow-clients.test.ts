// Slow clients: hundreds of connections that send their headers or their body at 1 byte/s. Each is
// cut off (408) by the request/headers timeout, connections beyond MAX_CONNECTIONS are refused at
// once, the process stays far from its open-file limit (no EMFILE), and the clients already
// connected keep getting answers, all of them logged. Without the timeouts a trickling client held
// its connection forever; about 20k of them exhausted the file descriptors.
import { readdirSync } from "node:fs";
import net from "node:net";
import { createTestDatabase } from "../helpers/postgres.js";
import type { ServiceProcess } from "../helpers/service-process.js";
import {
  compareLogged,
  service,
  startLoad,
  stopLoads,
  tempDir,
} from "./harness.js";

afterEach(stopLoads);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SLOW_CLIENTS = 600;
const MAX_CONNECTIONS = 300;
const REQUEST_TIMEOUT_MS = 2000;
const HEADERS_TIMEOUT_MS = 1000;

interface SlowOutcome {
  /** How long the server kept the connection open. */
  openMs: number;
  answer: string;
}

/** A client that trickles its headers or its body, 1 byte per second, until the server hangs up. */
function slowClient(
  port: number,
  what: "headers" | "body",
): Promise<SlowOutcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    let answer = "";
    let timer: NodeJS.Timeout | undefined;
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(
        what === "body"
          ? "POST /predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
          : "POST /predict HTTP/1.1\r\nHost: x\r\n",
      );
      timer = setInterval(
        () => socket.write(what === "body" ? " " : "X"),
        1000,
      );
    });
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({
        openMs: Date.now() - started,
        answer: answer.split("\r\n")[0] ?? "",
      });
    });
    // Ends the test's side after 30 s in any case (the server should have done so long before).
    setTimeout(() => socket.destroy(), 30_000).unref();
  });
}

function openFiles(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

it(`${SLOW_CLIENTS} clients at 1 byte/s are cut off while the others keep getting answers`, async () => {
  const db = await createTestDatabase();
  const journal = tempDir("faults-journal-");
  const version = "slow-1";
  let svc: ServiceProcess | undefined;
  try {
    svc = await service({
      DATABASE_URL: db.url,
      MODEL_VERSION: version,
      LOG_JOURNAL_DIR: journal.dir,
      MAX_CONNECTIONS: String(MAX_CONNECTIONS),
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    });
    const pid = svc.child.pid as number;
    const port = Number(new URL(svc.url).port);
    const load = startLoad(svc.url, 8); // its keep-alive connections exist before the slow ones
    await sleep(1000);
    const before = load.count();
    let mostFiles = 0;
    const sampler = setInterval(
      () => (mostFiles = Math.max(mostFiles, openFiles(pid))),
      100,
    );
    const slow = Array.from({ length: SLOW_CLIENTS }, (_, i) =>
      slowClient(port, i % 3 === 0 ? "headers" : "body"),
    );
    const outcomes = await Promise.all(slow);
    clearInterval(sampler);
    const during = load.count() - before;
    const health = await fetch(`${svc.url}/health`); // a new connection, once the slow ones are gone
    const tally = await load.stop();
    expect(await svc.stop()).toBe(0);

    const accepted = outcomes.filter((o) =>
      o.answer.startsWith("HTTP/1.1 408"),
    );
    const longest = Math.max(...outcomes.map((o) => o.openMs));
    console.log(
      `slow clients: ${JSON.stringify({ slow: SLOW_CLIENTS, cutWith408: accepted.length, refusedAtOnce: outcomes.length - accepted.length, longestOpenMs: longest, mostOpenFiles: mostFiles, answeredMeanwhile: during })}`,
    );
    // Cut off after the timeout (checked every second), never held for their 100 s of trickle.
    // The slack is for a loaded 2-core runner, where opening 600 sockets at once alone took 3-4 s
    // (6.0 s measured in one CI run); it stays far below the trickle's 100 s.
    expect(longest).toBeLessThan(REQUEST_TIMEOUT_MS + 1000 + 12_000);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThanOrEqual(MAX_CONNECTIONS);
    expect(mostFiles).toBeLessThan(MAX_CONNECTIONS + 100);
    expect(health.status).toBe(200);
    expect(during).toBeGreaterThan(100); // everyone else kept getting answers
    expect(tally.failures).toBe(0);
    expect(svc.output()).not.toMatch(/EMFILE/);
    const result = await compareLogged(db.url, version, tally.served);
    expect(result).toMatchObject({ missing: 0, duplicated: 0, unanswered: 0 });
  } finally {
    await svc?.stop(5000);
    journal.remove();
    await db.drop();
  }
}, 120_000);
