/**
 * The model's predict path, called with batches of rows (`{"inputs": [...]}`) over keep-alive
 * connections. A 4xx answer means the model refuses these rows: the file is poison. A 5xx, a
 * refused or reset connection or a timeout is the model's trouble: retried with backoff, then
 * thrown as an ordinary error so the queue delivers the file again later.
 */
import type { Dispatcher } from "undici";
import { errorMessage } from "../errors.js";
import { call, smokeAgent } from "../smoke/http.js";
import type { BatchRecord } from "./read.js";
import { PoisonFileError } from "./types.js";

/** What one row's prediction holds; whatever a model answers maps onto these. */
export interface Prediction {
  label?: string;
  probabilities?: Record<string, number>;
  value?: number;
  /** Anything else the model answered for the row (JSON). */
  output?: unknown;
}

/** Options for ModelClient. */
export interface ModelClientOptions {
  /** Base URL of the model server, e.g. http://127.0.0.1:8080. */
  url: string;
  /** modelship.yml `service.predict-path`. */
  predictPath: string;
  /** Requests in flight at once (connections kept open). */
  concurrency: number;
  /** One request's limit, body included (default 60 s). */
  timeoutMs?: number;
  /** Attempts per batch on a 5xx or a network failure (default 5). */
  attempts?: number;
  /** First backoff; doubles per attempt (default 200 ms). */
  backoffMs?: number;
}

/** Largest predict answer read: 100 rows of a few hundred bytes each, with room to spare. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One row's answer, whatever its shape, as a Prediction. */
export function toPrediction(answer: unknown): Prediction {
  if (!answer || typeof answer !== "object" || Array.isArray(answer))
    return typeof answer === "number" ? { value: answer } : { output: answer };
  const { label, probabilities, value, ...rest } = answer as Record<
    string,
    unknown
  >;
  const prediction: Prediction = {};
  if (typeof label === "string") prediction.label = label;
  if (probabilities && typeof probabilities === "object")
    prediction.probabilities = probabilities as Record<string, number>;
  if (typeof value === "number") prediction.value = value;
  const other = Object.keys(rest).length > 0 ? rest : undefined;
  if (other || Object.keys(prediction).length === 0)
    prediction.output = other ?? answer;
  return prediction;
}

/** See the module comment. */
export class ModelClient {
  private readonly agent: Dispatcher & { close(): Promise<void> };
  private readonly endpoint: string;

  constructor(private readonly options: ModelClientOptions) {
    this.agent = smokeAgent(options.concurrency);
    this.endpoint = `${options.url.replace(/\/+$/, "")}${options.predictPath}`;
  }

  /** The predictions for `rows`, in order; `first` is the first row's number, for messages. */
  async predict(rows: BatchRecord[], first: number): Promise<Prediction[]> {
    const attempts = this.options.attempts ?? 5;
    let delay = this.options.backoffMs ?? 200;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(rows, first);
      } catch (error) {
        if (error instanceof PoisonFileError || attempt >= attempts)
          throw error;
        await sleep(delay);
        delay *= 2;
      }
    }
  }

  private async once(
    rows: BatchRecord[],
    first: number,
  ): Promise<Prediction[]> {
    const where = `rows ${first}-${first + rows.length - 1}`;
    const exchange = await call(this.agent, {
      method: "POST",
      url: this.endpoint,
      json: { inputs: rows },
      timeoutMs: this.options.timeoutMs ?? 60_000,
      maxBodyBytes: MAX_ANSWER_BYTES,
    });
    if (
      exchange.status >= 400 &&
      exchange.status < 500 &&
      exchange.status !== 429
    )
      throw new PoisonFileError(
        `the model refused ${where} (HTTP ${exchange.status}): ${exchange.body.slice(0, 300)}`,
      );
    if (exchange.status !== 200)
      throw new Error(
        `${this.endpoint} answered HTTP ${exchange.status} for ${where}: ${exchange.body.slice(0, 200)}`,
      );
    return this.parse(exchange.body, rows.length, where);
  }

  private parse(body: string, expected: number, where: string): Prediction[] {
    let answer: unknown;
    try {
      answer = JSON.parse(body);
    } catch (error) {
      throw new Error(
        `${this.endpoint} answered ${where} with no JSON: ${errorMessage(error)}`,
        { cause: error },
      );
    }
    const predictions = (answer as { predictions?: unknown })?.predictions;
    if (!Array.isArray(predictions) || predictions.length !== expected)
      throw new Error(
        `${this.endpoint} answered ${where} without a "predictions" list of ${expected}`,
      );
    return predictions.map(toPrediction);
  }

  /** Closes the kept-alive connections. */
  close(): Promise<void> {
    return this.agent.close();
  }
}
