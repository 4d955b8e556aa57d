import { parseAbRules, parseLevel } from "../../actions/lib/ab/rules.js";
import { ConfigurationError } from "../../actions/lib/errors.js";

describe("A/B rules", () => {
  it.each([
    [
      "online_accuracy delta >= -0.01 at 95%",
      {
        metric: "online_accuracy",
        kind: "delta",
        op: ">=",
        threshold: -0.01,
        level: 0.95,
      },
    ],
    [
      "p95_latency_ms delta <= 5",
      {
        metric: "p95_latency_ms",
        kind: "delta",
        op: "<=",
        threshold: 5,
        level: 0.9,
      },
    ],
    [
      "online_accuracy >= 0.8 at 99.5 %",
      {
        metric: "online_accuracy",
        kind: "absolute",
        op: ">=",
        threshold: 0.8,
        level: 0.995,
      },
    ],
    [
      "  mean_latency_ms delta < 2 at 80%  ",
      {
        metric: "mean_latency_ms",
        kind: "delta",
        op: "<",
        threshold: 2,
        level: 0.8,
      },
    ],
  ])("parses %j", (text, expected) => {
    const [rule] = parseAbRules(text, 0.9);
    expect(rule).toMatchObject({ ...expected, text: text.trim(), line: 1 });
  });

  it("skips blank lines and comments, keeps line numbers, and keeps each line's own level", () => {
    const rules = parseAbRules(
      "# guard rails, at 99% when it matters\n\nonline_accuracy delta >= -0.01 at 99%\np99_latency_ms delta <= 10\n",
      0.95,
    );
    expect(rules.map((r) => [r.line, r.metric, r.level])).toEqual([
      [3, "online_accuracy", 0.99],
      [4, "p99_latency_ms", 0.95],
    ]);
  });

  it.each([
    [
      "accuracy delta >= 0",
      /rules line 1 .*unknown metric "accuracy"; an A\/B rule names one of online_accuracy/,
    ],
    ["online_accuracy == 0.9", /"==" cannot be shown with confidence/],
    [
      "online_accuracy delta >= -0.01 at 120%",
      /rules line 1 .*confidence level from 50% to 99.99%/,
    ],
    ["online_accuracy delta >= -0.01 at lots%", /must be a number, got "lots"/],
    [
      "\nonline_accuracy delta >= oops",
      /rules line 2 .*"oops" is not a number.*an A\/B rule is/,
    ],
    [
      "online_accuracy is good",
      /rules line 1 .*expected .*an A\/B rule is "<metric> \[delta\] <op> <number> \[at <level>%\]"/,
    ],
  ])("refuses %j", (text, message) => {
    expect(() => parseAbRules(text, 0.95)).toThrow(ConfigurationError);
    expect(() => parseAbRules(text, 0.95)).toThrow(message);
  });

  it.each([
    ["95", 0.95],
    ["95%", 0.95],
    ["0.9", 0.9],
    ["99.99", 0.9999],
  ])("reads the level %j", (raw, level) => {
    expect(parseLevel(raw, "level")).toBeCloseTo(level, 10);
  });

  it.each(["100", "40", "0.3", "-5", "x"])("refuses the level %j", (raw) => {
    expect(() => parseLevel(raw, 'input "level"')).toThrow(/input "level"/);
  });
});
