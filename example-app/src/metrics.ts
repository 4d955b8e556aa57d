import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from "prom-client";
import {
  DROP_REASONS,
  type WriterHooks,
} from "../../actions/lib/predictions/types.js";
import { WRITER_GAUGES } from "../../actions/lib/predictions/gauges.js";
import type { PredictionLogWriter } from "../../actions/lib/predictions/writer.js";

/** The service's Prometheus metrics, in a registry of their own (one per app instance). */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<"method" | "route" | "status_code">;
  duration: Histogram<"method" | "route" | "status_code">;
  predictions: Counter<"mode">;
  /** Wires the prediction-log writer's events to the counters below. */
  writerHooks: WriterHooks;
}

/** Creates the registry with HTTP, prediction-log and process metrics; `writer` is read at scrape time. */
export function createMetrics(
  writer: () => PredictionLogWriter | undefined,
): ServiceMetrics {
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
  writerGauges(registers, writer);
  return {
    registry,
    requests,
    duration,
    predictions,
    writerHooks: writerCounters(registers),
  };
}

type Registers = Registry[];

/** Gauges read from the writer when scraped. */
function writerGauges(
  registers: Registers,
  writer: () => PredictionLogWriter | undefined,
): void {
  for (const { name, help, read } of WRITER_GAUGES)
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const current = writer();
        this.set(current ? read(current) : 0);
      },
    });
}

/** Counters the writer's hooks feed. */
function writerCounters(registers: Registers): WriterHooks {
  const counter = (name: string, help: string) =>
    new Counter({ name, help, registers });
  const written = counter(
    "modelship_log_rows_written_total",
    "Prediction-log rows committed in Postgres (each in both the inputs and the outputs table)",
  );
  const replayed = counter(
    "modelship_log_rows_replayed_total",
    "Of the rows written, those read back from the journal (after an outage, a slow database or a restart)",
  );
  const journaled = counter(
    "modelship_log_rows_journaled_total",
    "Prediction-log rows written and fsynced to the local journal",
  );
  const dropped = new Counter({
    name: "modelship_log_rows_dropped_total",
    help: "Prediction-log rows dropped: journal_full = disk budget used up, rejected = Postgres refused the data, journal_error = journal write failed while memory overflowed, closed = logged after shutdown",
    labelNames: ["reason"] as const,
    registers,
  });
  const failures = counter(
    "modelship_log_write_failures_total",
    "Failed prediction-log write attempts",
  );
  const retries = counter(
    "modelship_log_write_retries_total",
    "Prediction-log write attempts that repeat a failed one",
  );
  // Every reason exported from the start, so dashboards and alerts see 0 rather than nothing.
  for (const reason of DROP_REASONS) dropped.inc({ reason }, 0);
  return {
    written: (n) => written.inc(n),
    replayed: (n) => replayed.inc(n),
    journaled: (n) => journaled.inc(n),
    dropped: (n, reason) => dropped.inc({ reason }, n),
    failed: () => failures.inc(),
    retried: () => retries.inc(),
  };
}
