/**
 * The gateway's Prometheus metrics, each labelled with the model version it concerns: request
 * latency and status codes, requests in flight, the prediction log's queue, journal and replay
 * lag, and the shadow queues. Served at `/_modelship/metrics`.
 */
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from "prom-client";
import { DROP_REASONS, type WriterHooks } from "../predictions/types.js";
import { WRITER_GAUGES } from "../predictions/gauges.js";
import type { PredictionLogWriter } from "../predictions/writer.js";

/** A route as metrics name it (never the raw path, which a client could vary without bound). */
export type RouteLabel = "predict" | "ready" | "health" | "feedback" | "other";

/** What shadow queues report. */
export type ShadowOutcome = "sent" | "failed" | "dropped";

/** See the module comment. */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<"version" | "route" | "status_code">;
  private readonly inFlight: Gauge<"version">;
  private readonly upstreamErrors: Counter<"version" | "reason">;
  private readonly unlogged: Counter<"version" | "reason">;
  private readonly shadow: Counter<"version" | "shadow" | "outcome">;
  private readonly writers = new Map<string, PredictionLogWriter>();
  // Label children looked up once: a lookup hashes the labels, and this runs twice per request.
  private readonly durations = new Map<string, { observe(v: number): void }>();
  private readonly flights = new Map<string, { inc(v: number): void }>();
  private readonly shadowDepths = new Map<string, () => number>();

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.duration = new Histogram({
      name: "modelship_gateway_request_duration_seconds",
      help: "Requests through the gateway by version, route and status code: latency to the last byte",
      labelNames: ["version", "route", "status_code"] as const,
      buckets: [
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
        10,
      ],
      registers,
    });
    this.inFlight = new Gauge({
      name: "modelship_gateway_in_flight",
      help: "Requests the gateway is forwarding now, by version",
      labelNames: ["version"] as const,
      registers,
    });
    this.upstreamErrors = new Counter({
      name: "modelship_gateway_upstream_errors_total",
      help: "Forwards that failed: timeout (504), unreachable (502), client_gone",
      labelNames: ["version", "reason"] as const,
      registers,
    });
    this.unlogged = new Counter({
      name: "modelship_gateway_unlogged_total",
      help: "Predictions answered but not logged: too_large (streamed through), not_json",
      labelNames: ["version", "reason"] as const,
      registers,
    });
    this.shadow = new Counter({
      name: "modelship_gateway_shadow_requests_total",
      help: "Copies mirrored to a shadow version: sent, failed, or dropped (its queue was full)",
      labelNames: ["version", "shadow", "outcome"] as const,
      registers,
    });
    this.writerGauges();
    this.shadowGauge();
  }

  /** One finished request. */
  observe(
    version: string,
    route: RouteLabel,
    status: number,
    seconds: number,
  ): void {
    const key = `${version} ${route} ${status}`;
    let child = this.durations.get(key);
    if (!child) {
      child = this.duration.labels(version, route, String(status));
      this.durations.set(key, child);
    }
    child.observe(seconds);
  }

  /** A request starts (+1) or ends (-1). */
  flight(version: string, delta: 1 | -1): void {
    let child = this.flights.get(version);
    if (!child) {
      child = this.inFlight.labels(version);
      this.flights.set(version, child);
    }
    child.inc(delta);
  }

  upstreamError(version: string, reason: string): void {
    this.upstreamErrors.labels(version, reason).inc();
  }

  notLogged(version: string, reason: string): void {
    this.unlogged.labels(version, reason).inc();
  }

  shadowed(version: string, shadow: string, outcome: ShadowOutcome): void {
    this.shadow.labels(version, shadow, outcome).inc();
  }

  /** Reports a shadow queue's depth at scrape time. */
  watchShadow(version: string, shadow: string, depth: () => number): void {
    this.shadowDepths.set(`${version}\t${shadow}`, depth);
  }

  /** Reports a version's writer (queue, backlog, journal, replay lag) at scrape time. */
  watchWriter(version: string, writer: PredictionLogWriter): void {
    this.writers.set(version, writer);
  }

  private shadowGauge(): void {
    const depths = this.shadowDepths;
    new Gauge({
      name: "modelship_gateway_shadow_queue_depth",
      help: "Mirrored copies waiting to be sent to a shadow version",
      labelNames: ["version", "shadow"] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [key, depth] of depths) {
          const [version, shadow] = key.split("\t") as [string, string];
          this.labels(version, shadow).set(depth());
        }
      },
    });
  }

  private writerGauges(): void {
    const writers = this.writers;
    for (const { name, help, read } of WRITER_GAUGES)
      new Gauge({
        name,
        help,
        labelNames: ["version"] as const,
        registers: [this.registry],
        collect() {
          for (const [version, writer] of writers)
            this.labels(version).set(read(writer));
        },
      });
  }

  /** Hooks for a version's writer: rows written, replayed, journaled and dropped. */
  writerHooks(version: string): WriterHooks {
    const rows = this.rowsCounter();
    for (const reason of DROP_REASONS)
      rows.labels(version, `dropped_${reason}`).inc(0);
    return {
      written: (n) => rows.labels(version, "written").inc(n),
      replayed: (n) => rows.labels(version, "replayed").inc(n),
      journaled: (n) => rows.labels(version, "journaled").inc(n),
      dropped: (n, reason) => rows.labels(version, `dropped_${reason}`).inc(n),
    };
  }

  private rowsCounter(): Counter<"version" | "outcome"> {
    const existing = this.registry.getSingleMetric("modelship_log_rows_total");
    if (existing) return existing as Counter<"version" | "outcome">;
    return new Counter({
      name: "modelship_log_rows_total",
      help: "Prediction-log rows by outcome: written (in Postgres), replayed (of those, from the journal), journaled, dropped_<reason>",
      labelNames: ["version", "outcome"] as const,
      registers: [this.registry],
    });
  }
}
