import { inputsFor } from "../helpers/inputs.js";
import {
  readSmokeOptions,
  SMOKE_INPUTS,
  renderReport,
  renderSummaryTable,
  smokeOutputs,
  type SmokeResult,
} from "../../actions/lib/smoke/index.js";
import type { Exchange } from "../../actions/lib/smoke/http.js";
import {
  checkPredictResponse,
  predictionProblems,
} from "../../actions/lib/smoke/validate.js";

const exchange = (
  body: unknown,
  headers: Record<string, string> = {},
  status = 200,
): Exchange => ({
  status,
  body: typeof body === "string" ? body : JSON.stringify(body),
  headers: { "x-request-id": "r1", "x-model-version": "v1", ...headers },
  ms: 1,
});
const prediction = {
  label: "setosa",
  probabilities: { setosa: 0.98, versicolor: 0.02, virginica: 0 },
};

describe("checkPredictResponse", () => {
  it("accepts a response that keeps the contract", () => {
    const checked = checkPredictResponse(
      exchange({ request_id: "r1", model_version: "v1", prediction }),
      "v1",
    );
    expect(checked).toEqual({
      requestId: "r1",
      modelVersion: "v1",
      predictions: [prediction],
      problems: [],
    });
  });

  it.each([
    [
      "a 500",
      exchange({ message: "boom" }, {}, 500),
      undefined,
      /^HTTP 500: \{"message":"boom"\}$/,
    ],
    [
      "a non-JSON body",
      exchange("<html>"),
      undefined,
      /body is not a JSON object: <html>/,
    ],
    [
      "a wrong version",
      exchange({ request_id: "r1", model_version: "v1", prediction }),
      "v2",
      /model_version is "v1", expected "v2"/,
    ],
    [
      "a missing request id",
      exchange({ model_version: "v1", prediction }),
      undefined,
      /request_id is missing/,
    ],
    [
      "a header id that differs",
      exchange({ request_id: "r2", model_version: "v1", prediction }),
      undefined,
      /header x-request-id "r1" differs from request_id "r2"/,
    ],
    [
      "a header version that differs",
      exchange(
        { request_id: "r1", model_version: "v1", prediction },
        { "x-model-version": "v9" },
      ),
      undefined,
      /header x-model-version "v9" differs/,
    ],
    [
      "no prediction",
      exchange({ request_id: "r1", model_version: "v1" }),
      undefined,
      /prediction is not an object/,
    ],
  ])("reports %s", (_, got, version, message) => {
    expect(checkPredictResponse(got, version).problems.join("\n")).toMatch(
      message,
    );
  });

  it("checks a batch's length", () => {
    const got = exchange({
      request_id: "r1",
      model_version: "v1",
      predictions: [prediction],
    });
    expect(checkPredictResponse(got, "v1", 2).problems).toEqual([
      "predictions has 1 items for 2 inputs",
    ]);
  });
});

describe("predictionProblems", () => {
  it.each([
    [{ label: "a", probabilities: { a: 0.6, b: 0.4 } }, []],
    [{ label: "a", probabilities: { a: 0.333, b: 0.333, c: 0.333 } }, []],
    [
      { label: "", probabilities: { a: 1 } },
      ["p.label is missing", 'p.label "" has no probability'],
    ],
    [{ label: "a" }, ["p.probabilities is missing"]],
    [
      { label: "a", probabilities: { a: 0.5, b: 0.2 } },
      ["p.probabilities sum to 0.7000, not 1"],
    ],
    [
      { label: "a", probabilities: { a: 1.5, b: -0.5 } },
      [
        "p.probabilities.a is 1.5, not in [0, 1]",
        "p.probabilities.b is -0.5, not in [0, 1]",
        "p.probabilities sum to 0.0000, not 1",
      ],
    ],
    [
      { label: "c", probabilities: { a: 1 } },
      ['p.label "c" has no probability'],
    ],
    ["setosa", ["p is not an object"]],
  ])("%j → %j", (value, problems) => {
    expect(predictionProblems(value, "p")).toEqual(problems);
  });
});

function result(overrides: Partial<SmokeResult> = {}): SmokeResult {
  return {
    passed: true,
    reasons: [],
    options: readSmokeOptions(
      inputsFor(SMOKE_INPUTS, {
        url: "http://127.0.0.1:8080/v/v1",
        version: "v1",
        app: "iris",
        "p95-ms": "50",
      }),
    ),
    ready: { ready: true, ms: 1200, attempts: 2, body: { ready: true } },
    cases: {
      cases: [
        {
          name: "setosa typical",
          expected: "setosa",
          label: "setosa",
          modelVersion: "v1",
          requestId: "a",
          ms: 3.25,
          problems: [],
        },
        {
          name: "odd | one",
          expected: "virginica",
          label: "versicolor",
          modelVersion: "v1",
          requestId: "b",
          ms: 2,
          problems: ['label is "versicolor", expected "virginica"'],
        },
      ],
      batchProblems: [],
      requestItems: new Map([
        ["a", 1],
        ["b", 1],
      ]),
    },
    load: {
      target: "POST /predict",
      requests: 200,
      sent: 200,
      errors: 1,
      errorRate: 0.005,
      p50: 1.234,
      p95: 4.5,
      p99: 9.876,
      max: 12,
      durationMs: 1500,
      requestsPerSecond: 133.3,
      statuses: { 200: 199, 500: 1 },
      errorSamples: [],
      versionMismatches: 0,
      capped: false,
      requestIds: [],
    },
    durationMs: 3456,
    ...overrides,
  };
}

describe("report", () => {
  it("renders one summary row per check with its limit and verdict", () => {
    expect(renderSummaryTable(result())).toBe(
      [
        "| Check | Result | Limit | |",
        "| --- | --- | --- | :-: |",
        "| ready | after 1.2 s, 2 polls | 120 s | ✅ |",
        "| cases | 1/2 passed | all | ❌ |",
        "| batch request | ok | valid | ✅ |",
        "| load | 200/200 × POST /predict in 1.50 s (133/s) | 10 in flight | ✅ |",
        "| p50 latency | 1.23 ms |  | ➖ |",
        "| p95 latency | 4.50 ms | ≤ 50 ms | ✅ |",
        "| p99 latency | 9.88 ms |  | ➖ |",
        "| error rate | 0.50% (1 of 200) | ≤ 1.00% | ✅ |",
        "| prediction logging | not checked (no database-url) |  | ➖ |",
      ].join("\n"),
    );
  });

  it("lists every reason and escapes table cells", () => {
    const report = renderReport(
      result({ passed: false, reasons: ["first", "second"] }),
    );
    expect(report).toMatch(/^### Smoke test of iris v1: ❌ failed\n/);
    expect(report).toContain("**Why it failed:**\n\n- first\n- second\n");
    expect(report).toContain(
      "| odd \\| one | virginica | versicolor | v1 | 2.0 | ❌ |",
    );
  });

  it("says what did not run when /ready timed out", () => {
    const failed = result({
      passed: false,
      ready: { ready: false, ms: 2000, attempts: 3, reason: "not ready" },
      cases: undefined,
      load: undefined,
      reasons: ["not ready"],
    });
    expect(renderSummaryTable(failed)).toContain(
      "| ready | not ready after 2.0 s | 120 s | ❌ |\n| cases | not run |  | ➖ |",
    );
    expect(smokeOutputs(failed)).toEqual(
      expect.objectContaining({
        passed: "false",
        "p50-ms": "",
        "p95-ms": "",
        "p99-ms": "",
        "error-rate": "",
      }),
    );
  });

  it("formats the outputs", () => {
    const outputs = smokeOutputs(result());
    expect({ ...outputs, report: undefined }).toEqual({
      passed: "true",
      "p50-ms": "1.23",
      "p95-ms": "4.50",
      "p99-ms": "9.88",
      "error-rate": "0.0050",
      report: undefined,
    });
    expect(outputs.report).toContain("### Smoke test of iris v1: ✅ passed");
  });
});
