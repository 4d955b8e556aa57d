import { ConfigurationError } from "../../actions/lib/errors.js";
import { inputsFor } from "../helpers/inputs.js";
import {
  parseBaseUrl,
  parseCases,
  percentile,
  readSmokeOptions,
  SMOKE_INPUTS,
} from "../../actions/lib/smoke/index.js";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    [[], 50, NaN],
    [[7], 50, 7],
    [[7], 99, 7],
    [[1, 2], 50, 1],
    [[1, 2], 51, 2],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 95, 4],
    [hundred, 50, 50],
    [hundred, 95, 95],
    [hundred, 99, 99],
    [hundred, 100, 100],
    [hundred, 0, 1],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 1000], 95, 1000],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 1000], 90, 90],
  ])("of %j at p%d is %d", (values, p, expected) => {
    expect(percentile(values, p)).toEqual(expected);
  });
});

const good = {
  name: "setosa typical",
  input: { sepal_length: 5.1, petal_width: 0.2 },
  label: "setosa",
};
const file = (cases: unknown) => JSON.stringify(cases);

describe("parseCases", () => {
  it("accepts the shipped example shape", () => {
    expect(parseCases(file([good]), "c.json")).toEqual([good]);
  });

  it.each([
    ["not JSON", "{", /c\.json: not valid JSON \(error at position 1\)$/],
    ["an object", file({ cases: [] }), /must be a JSON array of cases/],
    ["an empty array", "[]", /has no cases/],
    ["a non-object case", file([good, 3]), /case 1 must be an object, got 3/],
    [
      "a missing name",
      file([{ ...good, name: undefined }]),
      /case 0: field "name" must be a non-empty string/,
    ],
    ["a blank name", file([{ ...good, name: " " }]), /case 0: field "name"/],
    [
      "a missing label",
      file([good, { ...good, name: "b", label: undefined }]),
      /case 1 \("b"\): field "label" must be a non-empty string, got undefined/,
    ],
    [
      "a numeric label",
      file([{ ...good, label: 2 }]),
      /case 0 \("setosa typical"\): field "label" must be a non-empty string, got 2/,
    ],
    [
      "a missing input",
      file([{ ...good, input: undefined }]),
      /case 0 \("setosa typical"\): field "input" must be an object/,
    ],
    [
      "an array input",
      file([{ ...good, input: [5.1] }]),
      /field "input" must be an object/,
    ],
    [
      "an empty input",
      file([{ ...good, input: {} }]),
      /field "input" has no features/,
    ],
    [
      "a string feature",
      file([{ ...good, input: { sepal_length: "5.1" } }]),
      /field "input.sepal_length" must be a finite number, got "5.1"/,
    ],
    [
      "a null feature",
      file([{ ...good, input: { petal_width: null } }]),
      /field "input.petal_width" must be a finite number, got null/,
    ],
    [
      "a misspelt field",
      file([{ ...good, lable: "x" }]),
      /case 0 \("setosa typical"\): unknown field "lable"/,
    ],
    [
      "a repeated name",
      file([good, { ...good }]),
      /case 1: field "name" repeats "setosa typical" of case 0/,
    ],
  ])("rejects %s", (_, text, message) => {
    const run = () => parseCases(text, "c.json");
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
  });
});

describe("parseBaseUrl", () => {
  it.each([
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080"],
    ["https://alb.example.com/v/v3", "https://alb.example.com/v/v3"],
    ["https://alb.example.com/v/v3/", "https://alb.example.com/v/v3"],
  ])("accepts %s", (raw, expected) => {
    expect(parseBaseUrl(raw)).toBe(expected);
  });

  it.each([
    ["alb.example.com", /is not a URL/],
    ["ftp://alb.example.com", /must use http or https, not ftp/],
    ["http://u:secret@alb", /must not contain a user name or password/],
    ["http://alb/?a=1", /must not have a query or fragment/],
    ["http://alb/#x", /must not have a query or fragment/],
  ])("rejects %s", (raw, message) => {
    expect(() => parseBaseUrl(raw)).toThrow(message);
  });

  it("never echoes a password", () => {
    expect(() => parseBaseUrl("http://u:secret@alb")).not.toThrow(/secret/);
  });
});

describe("readSmokeOptions", () => {
  const base = { url: "http://127.0.0.1:8080" };
  it("applies the documented defaults", () => {
    expect(readSmokeOptions(inputsFor(SMOKE_INPUTS, base))).toEqual({
      url: "http://127.0.0.1:8080",
      version: undefined,
      casesFile: undefined,
      checkLogs: true,
      paths: { predict: "/predict", ready: "/ready", health: "/health" },
      requests: 200,
      concurrency: 10,
      p95Ms: 500,
      maxErrorRate: 0.01,
      databaseUrl: undefined,
      readyTimeoutSeconds: 120,
      app: undefined,
    });
  });

  it.each([
    [{ url: " " }, /input "url" is required/],
    [{ version: "V1;drop" }, /version "V1;drop" is not allowed/],
    [{ requests: "0" }, /input "requests" must be at least 1, got 0/],
    [{ requests: "2.5" }, /input "requests" must be a whole number/],
    [{ concurrency: "ten" }, /input "concurrency" must be a number, got "ten"/],
    [{ "p95-ms": "-1" }, /input "p95-ms" must be at least 0/],
    [
      { "max-error-rate": "1.5" },
      /input "max-error-rate" must be at most 1, got 1.5/,
    ],
    [
      { "ready-timeout-seconds": "0" },
      /input "ready-timeout-seconds" must be at least 1/,
    ],
    [{ app: "My App" }, /app "My App" is not allowed/],
    [
      { "database-url": "postgres://h/db", "cases-file": "c.json" },
      /input "database-url" needs input "version"/,
    ],
    [
      { "database-url": "postgres://h/db", version: "v1" },
      /input "database-url" needs input "cases-file"/,
    ],
    [
      { "database-url": "mysql://u:pw@h/db", version: "v1", "cases-file": "c" },
      /must start with postgres:\/\/ or postgresql:\/\/, got "mysql:\/\/…" \(rest hidden\)$/,
    ],
  ])("rejects %j", (extra, message) => {
    expect(() =>
      readSmokeOptions(inputsFor(SMOKE_INPUTS, { ...base, ...extra })),
    ).toThrow(message);
  });
});
