/**
 * The prediction-log writer's gauges, defined once for every process that runs a writer (the
 * gateway, the example service, the batch and stream workers): each is read from the writer when
 * Prometheus scrapes, so a dashboard sees the same names wherever the rows come from.
 */
import type { PredictionLogWriter } from "./writer.js";

/** One gauge: its name, its help text, and how it is read from a writer. */
export interface WriterGauge {
  name: string;
  help: string;
  read: (writer: PredictionLogWriter) => number;
}

/** Every writer gauge. */
export const WRITER_GAUGES: readonly WriterGauge[] = [
  {
    name: "modelship_log_queue_depth",
    help: "Prediction-log rows held in memory for Postgres",
    read: (writer) => writer.queueDepth,
  },
  {
    name: "modelship_log_backlog_rows",
    help: "Prediction-log rows not yet in Postgres (in memory or in the journal)",
    read: (writer) => writer.backlog,
  },
  {
    name: "modelship_log_journal_bytes",
    help: "Bytes of the prediction-log journal on local disk",
    read: (writer) => writer.journalBytes,
  },
  {
    name: "modelship_log_replay_lag_seconds",
    help: "Age of the oldest prediction-log row not yet in Postgres",
    read: (writer) => writer.replayLagSeconds,
  },
  {
    name: "modelship_log_db_up",
    help: "1 when the last prediction-log write to Postgres succeeded, else 0",
    read: (writer) => (writer.dbUp === false ? 0 : 1),
  },
];
