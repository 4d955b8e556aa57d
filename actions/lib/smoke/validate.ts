import { excerpt, jsonBody, type Exchange } from "./http.js";

/** A prediction as the service contract defines it. */
export interface PredictionBody {
  label: string;
  probabilities: Record<string, number>;
}

/** What a valid /predict response carried, and every way it broke the contract. */
export interface CheckedResponse {
  requestId?: string;
  modelVersion?: string;
  predictions: PredictionBody[];
  problems: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Problems with one prediction: a label, and probabilities in [0, 1] that sum to 1 and include it. */
export function predictionProblems(value: unknown, where: string): string[] {
  if (!isObject(value)) return [`${where} is not an object`];
  const problems: string[] = [];
  const { label, probabilities } = value;
  if (typeof label !== "string" || label === "")
    problems.push(`${where}.label is missing`);
  if (!isObject(probabilities))
    return [...problems, `${where}.probabilities is missing`];
  let sum = 0;
  for (const [name, p] of Object.entries(probabilities)) {
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      problems.push(
        `${where}.probabilities.${name} is ${JSON.stringify(p)}, not in [0, 1]`,
      );
    } else sum += p;
  }
  // Loose on purpose: services round probabilities for the wire.
  if (Math.abs(sum - 1) > 0.01)
    problems.push(`${where}.probabilities sum to ${sum.toFixed(4)}, not 1`);
  if (typeof label === "string" && !(label in probabilities)) {
    problems.push(`${where}.label "${label}" has no probability`);
  }
  return problems;
}

/**
 * Checks a /predict response against the service contract: HTTP 200, JSON with `request_id` and
 * `model_version` agreeing with the `x-request-id` / `x-model-version` headers, the expected
 * version when one is given, and valid predictions: `prediction` for one input, or
 * `predictions` with `batchSize` items when a batch was sent.
 */
export function checkPredictResponse(
  got: Exchange,
  expectedVersion: string | undefined,
  batchSize?: number,
): CheckedResponse {
  const out: CheckedResponse = { predictions: [], problems: [] };
  const body = jsonBody(got);
  if (got.status !== 200) {
    out.problems.push(`HTTP ${got.status}: ${excerpt(got.body)}`);
    return out;
  }
  if (!isObject(body)) {
    out.problems.push(`body is not a JSON object: ${excerpt(got.body)}`);
    return out;
  }
  checkIdentity(got, body, expectedVersion, out);
  if (batchSize === undefined) {
    out.problems.push(...predictionProblems(body.prediction, "prediction"));
    if (isObject(body.prediction))
      out.predictions.push(body.prediction as unknown as PredictionBody);
    return out;
  }
  if (!Array.isArray(body.predictions)) {
    out.problems.push("predictions is not an array");
    return out;
  }
  if (body.predictions.length !== batchSize) {
    out.problems.push(
      `predictions has ${body.predictions.length} items for ${batchSize} inputs`,
    );
  }
  body.predictions.forEach((p, i) =>
    out.problems.push(...predictionProblems(p, `predictions[${i}]`)),
  );
  out.predictions = body.predictions as PredictionBody[];
  return out;
}

function checkIdentity(
  got: Exchange,
  body: Record<string, unknown>,
  expectedVersion: string | undefined,
  out: CheckedResponse,
): void {
  if (typeof body.request_id === "string" && body.request_id !== "")
    out.requestId = body.request_id;
  else out.problems.push("request_id is missing");
  if (typeof body.model_version === "string")
    out.modelVersion = body.model_version;
  else out.problems.push("model_version is missing");
  const headerId = got.headers["x-request-id"];
  const headerVersion = got.headers["x-model-version"];
  if (headerId !== out.requestId) {
    out.problems.push(
      `header x-request-id ${JSON.stringify(headerId)} differs from request_id ${JSON.stringify(out.requestId)}`,
    );
  }
  if (headerVersion !== out.modelVersion) {
    out.problems.push(
      `header x-model-version ${JSON.stringify(headerVersion)} differs from model_version ${JSON.stringify(out.modelVersion)}`,
    );
  }
  if (
    expectedVersion !== undefined &&
    out.modelVersion !== undefined &&
    out.modelVersion !== expectedVersion
  ) {
    out.problems.push(
      `model_version is "${out.modelVersion}", expected "${expectedVersion}"`,
    );
  }
}
