import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  compare,
  evaluateRule,
  parseRules,
  type Operator,
} from "../../actions/lib/gate/rules.js";

const m = (o: Record<string, number>) => new Map(Object.entries(o));

describe("parseRules", () => {
  it("parses absolute and delta rules, skipping blanks and comments, keeping line numbers", () => {
    const rules = parseRules(
      "accuracy >= 0.90\n\n# quality\n  accuracy delta >= -0.01\nlog_loss delta<=0.02\nper_class.setosa.f1 > 0.5\nrows.test == 45\nlatency_ms < 1e2",
    );
    expect(
      rules.map((r) => [r.line, r.metric, r.kind, r.op, r.threshold]),
    ).toEqual([
      [1, "accuracy", "absolute", ">=", 0.9],
      [4, "accuracy", "delta", ">=", -0.01],
      [5, "log_loss", "delta", "<=", 0.02],
      [6, "per_class.setosa.f1", "absolute", ">", 0.5],
      [7, "rows.test", "absolute", "==", 45],
      [8, "latency_ms", "absolute", "<", 100],
    ]);
    expect(rules[1]?.text).toBe("accuracy delta >= -0.01");
  });

  it("treats an empty input as no rules", () => {
    expect(parseRules("")).toEqual([]);
    expect(parseRules("\n  \n# nothing\n")).toEqual([]);
  });

  it("allows a metric literally named delta", () => {
    expect(parseRules("delta >= 1")[0]).toMatchObject({
      metric: "delta",
      kind: "absolute",
    });
  });

  it.each([
    ["accuracy >> 0.9", 1],
    ["accuracy => 0.9", 1],
    ["accuracy != 0.9", 1],
    ["accuracy >= ", 1],
    ["accuracy >= high", 1],
    ["accuracy >= 0.9 0.8", 1],
    ["accuracy delta", 1],
    [">= 0.9", 1],
    ["accuracy >= NaN", 1],
    ["accuracy >= Infinity", 1],
    ["accuracy >= 0.9\nf1 >= 0.5\n\nbad rule", 4],
    ["9lives >= 1", 1],
    ["accuracy; drop >= 1", 1],
  ])("rejects %j, naming line %i", (raw, line) => {
    const parse = () => parseRules(raw);
    expect(parse).toThrow(ConfigurationError);
    expect(parse).toThrow(new RegExp(`^rules line ${line} "`));
  });
});

describe("compare", () => {
  it.each<[number, Operator, number, boolean]>([
    [0.9, ">=", 0.9, true],
    [0.89, ">=", 0.9, false],
    [0.95 - 0.96, ">=", -0.01, true], // -0.010000000000000009: float noise, not a regression
    [0.95 - 0.94, ">", 0.01, false], // 0.010000000000000009 is not really above 0.01
    [0.95 - 0.94, "<=", 0.01, true],
    [0.1 + 0.2, "==", 0.3, true],
    [0.31, "==", 0.3, false],
    [1, "<", 1, false],
    [0.99, "<", 1, true],
    [1e6 + 0.0001, "==", 1e6, true],
    [-5, "<=", -5, true],
  ])("%p %s %p → %p", (a, op, b, expected) => {
    expect(compare(a, op, b)).toBe(expected);
  });
});

describe("evaluateRule", () => {
  const [abs, delta, loss] = parseRules(
    "accuracy >= 0.9\naccuracy delta >= -0.01\nlog_loss delta <= 0.02",
  );
  it.each([
    [
      "absolute pass",
      abs,
      m({ accuracy: 0.93 }),
      undefined,
      "pass",
      "accuracy 0.93 is >= 0.9",
    ],
    [
      "absolute fail",
      abs,
      m({ accuracy: 0.8667 }),
      undefined,
      "fail",
      "accuracy 0.8667 is not >= 0.9",
    ],
    [
      "missing metric",
      abs,
      m({ f1: 1 }),
      undefined,
      "fail",
      'metric "accuracy" is not in the candidate\'s metrics',
    ],
    [
      "delta without baseline",
      delta,
      m({ accuracy: 0.9 }),
      undefined,
      "skipped",
      "skipped: no baseline",
    ],
    [
      "delta with metric missing from baseline",
      delta,
      m({ accuracy: 0.9 }),
      m({ f1: 1 }),
      "skipped",
      'skipped: "accuracy" is not in the baseline',
    ],
    [
      "delta fail",
      delta,
      m({ accuracy: 0.9 }),
      m({ accuracy: 0.9333 }),
      "fail",
      "accuracy delta −0.0333 (0.9 − 0.9333) is not >= -0.01",
    ],
    [
      "delta pass",
      delta,
      m({ accuracy: 0.95 }),
      m({ accuracy: 0.96 }),
      "pass",
      "accuracy delta −0.01 (0.95 − 0.96) is >= -0.01",
    ],
    [
      "lower-is-better delta fail",
      loss,
      m({ log_loss: 0.4 }),
      m({ log_loss: 0.3 }),
      "fail",
      "log_loss delta +0.1 (0.4 − 0.3) is not <= 0.02",
    ],
    [
      "lower-is-better delta pass",
      loss,
      m({ log_loss: 0.2 }),
      m({ log_loss: 0.3 }),
      "pass",
      "log_loss delta −0.1 (0.2 − 0.3) is <= 0.02",
    ],
  ])("%s", (_name, rule, candidate, baseline, status, detail) => {
    const result = evaluateRule(rule!, candidate, baseline);
    expect(result.status).toBe(status);
    expect(result.detail).toBe(detail);
  });
});
