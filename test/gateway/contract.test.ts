import {
  identified,
  isRequestId,
  outputColumns,
  predictionsOf,
  requestItems,
  rowsOf,
} from "../../actions/lib/gateway/contract.js";
import { parseFeedback } from "../../actions/lib/gateway/feedback.js";
import {
  stripVersionPrefix,
  versionOfPath,
} from "../../actions/lib/gateway/http.js";
import { parseShadows } from "../../actions/lib/gateway/options.js";
import { pickVersion, routeTable } from "../../actions/lib/gateway/router.js";
import { shadowsOf } from "../../actions/lib/gateway/gateway.js";

describe("requestItems", () => {
  it.each([
    ["one input", { input: { a: 1 } }, false, [{ a: 1 }]],
    ["a batch", { inputs: [{ a: 1 }, { a: 2 }] }, true, [{ a: 1 }, { a: 2 }]],
    [
      "both: outside the contract, whole",
      { input: 1, inputs: [2] },
      false,
      [{ input: 1, inputs: [2] }],
    ],
    ["inputs not a list: whole", { inputs: 3 }, false, [{ inputs: 3 }]],
    ["anything else: whole", [1, 2], false, [[1, 2]]],
  ])("%s", (_name, body, batch, features) => {
    expect(requestItems(body)).toEqual({ batch, features });
  });
});

describe("predictionsOf", () => {
  const one = requestItems({ input: {} });
  const two = requestItems({ inputs: [{}, {}] });
  it.each([
    [
      "prediction of one input",
      { prediction: { label: "a" } },
      one,
      [{ label: "a" }],
    ],
    ["predictions of a batch", { predictions: ["a", "b"] }, two, ["a", "b"]],
    [
      "a short batch answer leaves items empty",
      { predictions: ["a"] },
      two,
      ["a", undefined],
    ],
    [
      "an answer outside the contract, whole, without its identity",
      { request_id: "r", model_version: "v", scores: [1] },
      one,
      [{ scores: [1] }],
    ],
    [
      "a batch answered without predictions: each item the whole",
      { out: 1 },
      two,
      [{ out: 1 }, { out: 1 }],
    ],
  ])("%s", (_name, answer, items, expected) => {
    expect(predictionsOf(answer, items)).toEqual(expected);
  });
});

describe("outputColumns", () => {
  it.each([
    [
      "a classifier",
      { label: "a", probabilities: { a: 0.9, b: 0.1 } },
      { label: "a", probabilities: { a: 0.9, b: 0.1 } },
    ],
    [
      "a label without usable probabilities",
      { label: "a", probabilities: { a: "x" } },
      { label: "a", probabilities: undefined },
    ],
    ["a regressor", { value: 2.5 }, { value: 2.5 }],
    ["a bare number", 3, { value: 3 }],
    ["a bare string", "cat", { label: "cat" }],
    [
      "extra fields are kept whole",
      { label: "a", score: 0.9 },
      {
        label: "a",
        probabilities: undefined,
        output: { label: "a", score: 0.9 },
      },
    ],
    [
      "anything else is output",
      { boxes: [[1, 2]] },
      { output: { boxes: [[1, 2]] } },
    ],
    [
      "a non-finite value is not a value",
      { value: null },
      { output: { value: null } },
    ],
    ["nothing at all", undefined, { output: undefined }],
  ])("%s", (_name, prediction, expected) => {
    expect(outputColumns(prediction)).toEqual(expected);
  });
});

describe("identified", () => {
  it("adds the id and version a model left out, first", () => {
    expect(JSON.stringify(identified({ prediction: 1 }, "r1", "v2"))).toBe(
      '{"request_id":"r1","model_version":"v2","prediction":1}',
    );
  });
  it("replaces an id the model made up, keeping the version it named", () => {
    expect(
      identified(
        { request_id: "own", model_version: "v9", prediction: 1 },
        "r1",
        "v2",
      ),
    ).toEqual({
      request_id: "r1",
      model_version: "v9",
      prediction: 1,
    });
  });
  it("leaves an answer that already says both alone", () => {
    expect(
      identified({ request_id: "r1", model_version: "v2" }, "r1", "v2"),
    ).toBeUndefined();
    expect(identified([1], "r1", "v2")).toBeUndefined();
  });
});

it("rowsOf keys every item by request id and index, with the gateway's version", () => {
  const at = new Date("2026-01-01T00:00:00Z");
  const rows = rowsOf({
    requestId: "r",
    version: "v3",
    items: requestItems({ inputs: [{ x: 1 }, null] }),
    answer: { predictions: [{ value: 1 }, { value: 2 }] },
    receivedAt: at,
    predictedAt: at,
    latencyMs: 1.5,
  });
  expect(
    rows.map((r) => [r.item, r.features, r.value, r.modelVersion]),
  ).toEqual([
    [0, { x: 1 }, 1, "v3"],
    [1, {}, 2, "v3"],
  ]);
});

it.each([
  ["abc-123", true],
  ["0f8e.1:2_3", true],
  ["", false],
  ["-leading", false],
  ["has space", false],
  ["x".repeat(128), true],
  ["x".repeat(129), false],
  [42, false],
])("isRequestId(%p) is %p", (raw, valid) => {
  expect(isRequestId(raw)).toBe(valid);
});

describe("parseFeedback", () => {
  it.each([
    [
      { request_id: "r", label: "a" },
      { requestId: "r", item: 0, label: "a" },
    ],
    [
      { request_id: "r", item: 2, value: 1.5 },
      { requestId: "r", item: 2, value: 1.5 },
    ],
  ])("accepts %j", (body, expected) => {
    expect(parseFeedback(body)).toEqual(expected);
  });
  it.each([
    [[1], "the body must be a JSON object"],
    [
      { request_id: "r" },
      "give exactly one of label (a classifier's outcome) or value (a regressor's)",
    ],
    [
      { request_id: "r", label: "a", value: 1 },
      "give exactly one of label (a classifier's outcome) or value (a regressor's)",
    ],
    [
      { label: "a" },
      "request_id must be the id a prediction answered with (1-128 letters, digits, . _ : -)",
    ],
    [
      { request_id: "r", label: "" },
      "label must be a non-empty string of at most 1000 characters",
    ],
    [{ request_id: "r", value: "1" }, "value must be a finite number"],
    [
      { request_id: "r", item: -1, label: "a" },
      "item must be a whole number from 0 to 100000",
    ],
    [
      { request_id: "r", label: "a", extra: 1 },
      "extra is not allowed (expected request_id, item, and label or value)",
    ],
  ])("refuses %j", (body, problem) => {
    expect(parseFeedback(body)).toBe(problem);
  });
});

it.each([
  ["/v/v3/predict", "v3", "/predict"],
  ["/v/v3", "v3", "/"],
  ["/v/v3/", "v3", "/"],
  ["/v/v31/predict", "v3", undefined],
  ["/predict", "v3", undefined],
])("stripVersionPrefix(%s, %s) is %s", (path, version, expected) => {
  expect(stripVersionPrefix(path, version)).toBe(expected);
});

it.each([
  ["/v/v2/predict", { version: "v2", rest: "/predict" }],
  ["/v/v2", { version: "v2", rest: "/" }],
  ["/predict", undefined],
])("versionOfPath(%s)", (path, expected) => {
  expect(versionOfPath(path)).toEqual(expected);
});

describe("parseShadows", () => {
  it.each([
    ["", { mode: "auto" }],
    ["auto", { mode: "auto" }],
    ["off", { mode: "off" }],
    [
      "v4=http://127.0.0.1:9000/",
      {
        mode: "fixed",
        targets: [{ version: "v4", url: "http://127.0.0.1:9000" }],
      },
    ],
  ])("%j", (raw, expected) => {
    expect(parseShadows(raw)).toEqual(expected);
  });
  it("names a bad pair", () => {
    expect(() => parseShadows("http://x")).toThrow(
      'input "shadows": "http://x" is not version=URL (or use auto, off)',
    );
  });
});

describe("the route table", () => {
  const versions = [
    { version: "v1", url: "http://a", weight: 90, role: "serving" as const },
    { version: "v2", url: "http://b", weight: 10, role: "serving" as const },
    { version: "v3", url: null, weight: 0, role: "serving" as const },
    { version: "v4", url: "http://d", weight: 0, role: "shadow" as const },
  ];
  it("splits by weight, reaches every version with a URL, and lists shadows", () => {
    const table = routeTable(versions);
    expect(table.total).toBe(100);
    expect([...table.byVersion.keys()]).toEqual(["v1", "v2", "v4"]);
    expect(table.shadows).toEqual([{ version: "v4", url: "http://d" }]);
  });
  it.each([
    [0, "v1"],
    [0.8999, "v1"],
    [0.9, "v2"],
    [0.99999, "v2"],
  ])("draw %p picks %s", (draw, version) => {
    expect(pickVersion(routeTable(versions), draw)?.version).toBe(version);
  });
  it("picks nothing when no version has a weight", () => {
    expect(pickVersion(routeTable([versions[3]!]), 0.5)).toBeUndefined();
  });
  it("a shadow mirrors to nobody; a serving version to the others", () => {
    expect(shadowsOf(versions, "v4")).toEqual([]);
    expect(shadowsOf(versions, "v1")).toEqual([
      { version: "v4", url: "http://d" },
    ]);
  });
});
