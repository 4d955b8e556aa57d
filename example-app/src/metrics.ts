import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from "prom-client";
import type { LogWriterHooks } from "./log-writer.js";

/** The service's Prometheus metrics, in a registry of their own (one per app instance). */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<"method" | "route" | "status_code">;
  duration: Histogram<"method" | "route" | "status_code">;
  predictions: Counter<"mode">;
  /** Wires the prediction-log writer's events to the counters below. */
  writerHooks: LogWriterHooks;
}

/** Sources read at scrape time. */
export interface MetricSources {
  queueDepth(): number;
  dbUp(): boolean | undefined;
}

/** Creates the registry with HTTP, prediction-log and process metrics. */
export function createMetrics(sources: MetricSources): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests by method, route pattern and status code",
    labelNames: ["method", "route", "status_code"] as const,
    registers,
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request latency by method, route pattern and status code",
    labelNames: ["method", "route", "status_code"] as const,
    // Sub-millisecond buckets matter: a prediction takes well under 1 ms here.
    buckets: [
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
    ],
    registers,
  });
  const predictions = new Counter({
    name: "modelship_predictions_total",
    help: "Predicted items (a batch request counts each item)",
    labelNames: ["mode"] as const,
    registers,
  });
  new Gauge({
    name: "modelship_log_queue_depth",
    help: "Prediction-log rows waiting in memory to be written",
    registers,
    collect() {
      this.set(sources.queueDepth());
    },
  });
  new Gauge({
    name: "modelship_log_db_up",
    help: "1 when the last contact with the prediction-log database succeeded, else 0",
    registers,
    collect() {
      this.set(sources.dbUp() === false ? 0 : 1);
    },
  });
  const written = new Counter({
    name: "modelship_log_rows_written_total",
    help: "Prediction-log rows written (one per predicted item, in both the inputs and outputs table)",
    registers,
  });
  const dropped = new Counter({
    name: "modelship_log_rows_dropped_total",
    help: "Prediction-log rows dropped: overflow = queue full, shutdown = unwritten at the drain deadline",
    labelNames: ["reason"] as const,
    registers,
  });
  const failures = new Counter({
    name: "modelship_log_write_failures_total",
    help: "Failed prediction-log write attempts",
    registers,
  });
  const retries = new Counter({
    name: "modelship_log_write_retries_total",
    help: "Prediction-log write attempts that repeat a failed one",
    registers,
  });
  // Both reasons exported from the start, so dashboards and alerts see 0 rather than nothing.
  dropped.inc({ reason: "overflow" }, 0);
  dropped.inc({ reason: "shutdown" }, 0);
  return {
    registry,
    requests,
    duration,
    predictions,
    writerHooks: {
      written: (n) => written.inc(n),
      dropped: (n, reason) => dropped.inc({ reason }, n),
      failed: () => failures.inc(),
      retried: () => retries.inc(),
    },
  };
}
