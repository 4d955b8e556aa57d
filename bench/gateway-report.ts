// The gateway benchmark's table and ratios (see bench/gateway.ts).
import os from "node:os";
import type { CannonResult } from "./gateway-processes.js";

/** One measured configuration. */
export interface Run {
  name: string;
  result: CannonResult;
  /** Predictions the model made through a gateway (warm-up included), as it counted them. */
  answered?: number;
  logged?: number;
  /** CPU the gateway process used per request of the measured load, in microseconds. */
  gatewayCpuUs?: number;
  /** With a shadow attached: the copies the gateway sent, and those that failed or were dropped. */
  copies?: { sent: number; failed: number; dropped: number };
}

/** Names of the configurations, as the table shows them. */
export const CONFIG = {
  alone: "model alone",
  gateway: "gateway + model",
  shadowed: "gateway + model, shadow attached",
  inProcess: "example logging in-process",
  notLogging: "gateway (not logging) + example logging",
} as const;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function summary(runs: Run[], name: string) {
  const mine = runs.filter((r) => r.name === name);
  return {
    rps: median(mine.map((r) => r.result.requests.average)),
    p50: median(mine.map((r) => r.result.latency.p50)),
    p99: median(mine.map((r) => r.result.latency.p99)),
    cpu: median(mine.map((r) => r.gatewayCpuUs ?? 0)),
  };
}

const signed = (value: number) =>
  `${value >= 0 ? "+" : ""}${Number(value.toFixed(2))}`;

/** Prints the table and the figures against their goals; true when nothing failed or went unlogged. */
export function report(
  runs: Run[],
  settings: { rounds: number; connections: number; seconds: number },
): boolean {
  console.log(
    "\n| configuration | req/s | p50 ms | p99 ms | gateway CPU µs/request | answered | logged |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const r of runs)
    console.log(
      `| ${r.name} | ${r.result.requests.average.toFixed(0)} | ${r.result.latency.p50} | ${r.result.latency.p99} | ${r.gatewayCpuUs?.toFixed(0) ?? "–"} | ${r.answered ?? "–"} | ${r.logged ?? "–"} |`,
    );
  const alone = summary(runs, CONFIG.alone);
  const gateway = summary(runs, CONFIG.gateway);
  const shadowed = summary(runs, CONFIG.shadowed);
  const inProcess = summary(runs, CONFIG.inProcess);
  const notLogging = summary(runs, CONFIG.notLogging);
  console.log(
    `\nmedians over ${settings.rounds} round(s), ${os.cpus().length} CPUs, ${settings.connections} connections, ${settings.seconds} s each:`,
  );
  console.log(
    `gateway + model / model alone: throughput ${(gateway.rps / alone.rps).toFixed(2)}x (goal >= 0.8x), ` +
      `p50 ${signed(gateway.p50 - alone.p50)} ms, p99 ${signed(gateway.p99 - alone.p99)} ms (goal <= +1 ms); ` +
      `the gateway's CPU: ${gateway.cpu.toFixed(0)} µs per logged request`,
  );
  console.log(
    `shadow attached: serving p99 ${shadowed.p99} ms vs ${gateway.p99} ms without (${signed(shadowed.p99 - gateway.p99)} ms; goal <= +1 ms), ` +
      `throughput ${(shadowed.rps / gateway.rps).toFixed(2)}x, gateway CPU ${shadowed.cpu.toFixed(0)} µs per request`,
  );
  console.log(
    `example service: logging in-process ${inProcess.rps.toFixed(0)} req/s (p99 ${inProcess.p99} ms); ` +
      `behind a gateway that logs (its own logging off) ${gateway.rps.toFixed(0)} req/s (p99 ${gateway.p99} ms); ` +
      `behind a gateway that does not, logging in-process ${notLogging.rps.toFixed(0)} req/s (p99 ${notLogging.p99} ms)`,
  );
  const unlogged = runs.filter(
    (r) => r.logged !== undefined && r.logged !== r.answered,
  );
  const failed = runs.filter(
    (r) => r.result.non2xx + r.result.errors + r.result.timeouts > 0,
  );
  for (const r of unlogged)
    console.log(
      `NOT EQUAL: ${r.name}: ${r.answered} answered, ${r.logged} logged`,
    );
  for (const r of failed)
    console.log(
      `FAILED REQUESTS: ${r.name}: ${r.result.non2xx} non-2xx, ${r.result.errors} errors, ${r.result.timeouts} timeouts`,
    );
  return unlogged.length === 0 && failed.length === 0;
}
