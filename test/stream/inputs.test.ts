// The stream commands' flags: start positions, stream names, and what each action needs, all
// checked before any side effect (ConfigurationError naming the flag and the value).
import { ENV_FLAG } from "../../actions/cli/command.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { mapInputs } from "../../actions/lib/inputs.js";
import { tableInputs } from "../../actions/lib/input-table.js";
import {
  parseStartPosition,
  parseStreamName,
  readStreamInputs,
  STREAM_INPUTS,
} from "../../actions/lib/stream/inputs.js";

// The command's flags: the stream table and --env (the environment's streams and log tables).
const read = (given: Record<string, string>) =>
  tableInputs([...STREAM_INPUTS, ENV_FLAG], { given: mapInputs(given) });

describe("stream inputs", () => {
  it.each([
    ["LATEST", { type: "LATEST" }],
    ["TRIM_HORIZON", { type: "TRIM_HORIZON" }],
    [
      "2026-12-01T09:00:00Z",
      { type: "AT_TIMESTAMP", timestamp: new Date("2026-12-01T09:00:00Z") },
    ],
  ])("reads --start %s", (raw, expected) => {
    expect(parseStartPosition(raw)).toEqual(expected);
  });

  it.each(["latest", "yesterday", "2026-13-45T99:00:00Z", ""])(
    "refuses --start %j",
    (raw) => {
      expect(() => parseStartPosition(raw)).toThrow(ConfigurationError);
      expect(() => parseStartPosition(raw)).toThrow(
        /--start must be LATEST, TRIM_HORIZON or an ISO time/,
      );
    },
  );

  it.each(["ml-events", "a.b_c-1"])("takes the stream name %s", (name) => {
    expect(parseStreamName(name, "--input-stream")).toBe(name);
  });

  it.each(["", "has space", "x".repeat(129), "semi;colon"])(
    "refuses the stream name %j",
    (name) => {
      expect(() => parseStreamName(name, "--input-stream")).toThrow(
        /--input-stream .* is not a stream name/,
      );
    },
  );

  it.each([
    [{ action: "put", app: "ml" }, /stream put needs --file/],
    [
      { action: "consume", app: "ml", "model-url": "http://x" },
      /stream consume needs --version/,
    ],
    [
      { action: "consume", app: "ml", version: "v1" },
      /stream consume needs --model-url/,
    ],
    [
      { action: "smoke", app: "ml", version: "v1" },
      /stream smoke needs --cases-file/,
    ],
    [
      { action: "drain", app: "ml" },
      /the action must be put, consume, smoke, got "drain"/,
    ],
    [
      {
        action: "consume",
        app: "ml",
        version: "v1",
        "model-url": "http://x",
        source: "kafka",
      },
      /--source must be local or kinesis, got "kafka"/,
    ],
    [
      { action: "put", app: "ml", file: "e.jsonl", shards: "0" },
      /"shards" must be at least 1/,
    ],
    [
      {
        action: "consume",
        app: "ml",
        version: "v1;drop",
        "model-url": "http://x",
      },
      /version "v1;drop"/,
    ],
  ])("refuses %j", (given, message) => {
    expect(() => readStreamInputs(read(given))).toThrow(message);
  });

  it("reads a Kinesis consumer's flags with the defaults", () => {
    const inputs = readStreamInputs(
      read({
        action: "consume",
        app: "ml",
        version: "v3",
        "model-url": "http://127.0.0.1:8080",
        source: "kinesis",
        start: "LATEST",
      }),
    );
    expect(inputs).toMatchObject({
      action: "consume",
      source: "kinesis",
      start: { type: "LATEST" },
      predictPath: "/predict",
      batchSize: 100,
      concurrency: 4,
      shards: 1,
      keyField: "id",
    });
    expect(inputs.version?.version).toBe("v3");
    expect(inputs.environment).toBe("production");
    expect(inputs.version?.tables.schema).toBe("predictions");
  });

  it("reads --env: the version's log tables are that environment's", () => {
    const inputs = readStreamInputs(
      read({
        action: "consume",
        app: "ml",
        version: "v3",
        env: "staging",
        "model-url": "http://127.0.0.1:8080",
      }),
    );
    expect(inputs.environment).toBe("staging");
    expect(inputs.version?.environment).toBe("staging");
    expect(inputs.version?.tables.schema).toBe("predictions__staging");
  });

  it.each([
    [{ app: "ml", env: "Staging" }, /environment "Staging" is not allowed/],
    [{ app: "ml--x" }, /app "ml--x" is not allowed/],
  ])("refuses %j", (given, message) => {
    expect(() =>
      readStreamInputs(read({ action: "put", file: "e.jsonl", ...given })),
    ).toThrow(message);
  });
});
