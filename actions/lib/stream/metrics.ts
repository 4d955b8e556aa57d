/**
 * The stream worker's Prometheus metrics, per shard: iterator age (how old the newest record read
 * is when read, the number Kinesis reports as GetRecords.IteratorAgeMilliseconds and the one the
 * stack scales on), lag behind the shard's tip, and records per second, plus counters for
 * records, poison records, throttled calls and checkpoints. A registry of their own per worker.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Counter, Gauge, Registry } from "prom-client";

/** Width of the window records per second are measured over. */
const RATE_WINDOW_MS = 10_000;

/** See the module comment. */
export class StreamMetrics {
  readonly registry = new Registry();
  private readonly registers = [this.registry];
  private readonly iteratorAge = new Gauge({
    name: "modelship_stream_iterator_age_seconds",
    help: "Age of the newest record of the last read, per shard",
    labelNames: ["shard"] as const,
    registers: this.registers,
  });
  private readonly lagSeconds = new Gauge({
    name: "modelship_stream_lag_seconds",
    help: "How far the consumer is behind the shard's newest record (MillisBehindLatest)",
    labelNames: ["shard"] as const,
    registers: this.registers,
  });
  private readonly lagRecords = new Gauge({
    name: "modelship_stream_lag_records",
    help: "Records in the shard after the consumer's position, where the source can tell",
    labelNames: ["shard"] as const,
    registers: this.registers,
  });
  private readonly rate = new Gauge({
    name: "modelship_stream_records_per_second",
    help: "Records scored per second over the last 10 s, per shard",
    labelNames: ["shard"] as const,
    registers: this.registers,
  });
  private readonly records = new Counter({
    name: "modelship_stream_records_total",
    help: "Records read, by shard and outcome (scored or poison)",
    labelNames: ["shard", "outcome"] as const,
    registers: this.registers,
  });
  readonly throttled = new Counter({
    name: "modelship_stream_throttled_total",
    help: "Calls Kinesis throttled (ProvisionedThroughputExceeded), retried after a backoff",
    registers: this.registers,
  });
  readonly checkpoints = new Counter({
    name: "modelship_stream_checkpoints_total",
    help: "Checkpoints written",
    registers: this.registers,
  });
  private readonly recent = new Map<string, { at: number; count: number }[]>();

  /** Records one read of a shard. */
  read(
    shardId: string,
    read: { newestArrival?: Date; behindMs: number; behindRecords?: number },
  ): void {
    if (read.newestArrival)
      this.iteratorAge.set(
        { shard: shardId },
        Math.max(0, Date.now() - read.newestArrival.getTime()) / 1000,
      );
    else this.iteratorAge.set({ shard: shardId }, 0);
    this.lagSeconds.set({ shard: shardId }, read.behindMs / 1000);
    if (read.behindRecords !== undefined)
      this.lagRecords.set({ shard: shardId }, read.behindRecords);
  }

  /** Records what one read came to once it is durable. */
  scored(shardId: string, counts: { scored: number; poison: number }): void {
    this.records.inc({ shard: shardId, outcome: "scored" }, counts.scored);
    this.records.inc({ shard: shardId, outcome: "poison" }, counts.poison);
    const now = Date.now();
    const window = (this.recent.get(shardId) ?? []).filter(
      (entry) => now - entry.at < RATE_WINDOW_MS,
    );
    window.push({ at: now, count: counts.scored + counts.poison });
    this.recent.set(shardId, window);
    const total = window.reduce((sum, entry) => sum + entry.count, 0);
    this.rate.set({ shard: shardId }, total / (RATE_WINDOW_MS / 1000));
  }

  /** Serves /metrics on 127.0.0.1 or 0.0.0.0 at `port` (0: any free port). */
  async serve(
    port: number,
    host = "0.0.0.0",
  ): Promise<Server & { url: string }> {
    const server = createServer((request, response) => {
      if (request.url !== "/metrics") {
        response.writeHead(404).end();
        return;
      }
      this.registry.metrics().then(
        (text) => {
          response.writeHead(200, {
            "content-type": this.registry.contentType,
          });
          response.end(text);
        },
        () => response.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    const { port: bound } = server.address() as AddressInfo;
    return Object.assign(server, { url: `http://${host}:${bound}/metrics` });
  }
}
