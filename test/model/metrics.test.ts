import {
  LOG_LOSS_EPS,
  METRICS_SCHEMA_VERSION,
  accuracyOf,
  argmax,
  classMetrics,
  confusionMatrix,
  evaluate,
  logLoss,
  metricsFile,
  round6,
} from "../../example-app/src/model/metrics.js";

describe("confusionMatrix", () => {
  it.each([
    [
      "all right",
      [0, 1, 2],
      [0, 1, 2],
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
    ],
    [
      "all wrong",
      [0, 1, 2],
      [1, 2, 0],
      [
        [0, 1, 0],
        [0, 0, 1],
        [1, 0, 0],
      ],
    ],
    [
      "one class predicted",
      [0, 1, 2, 2],
      [2, 2, 2, 2],
      [
        [0, 0, 1],
        [0, 0, 1],
        [0, 0, 2],
      ],
    ],
    [
      "empty",
      [],
      [],
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    ],
  ])("%s", (_name, yTrue, yPred, expected) => {
    expect(confusionMatrix(yTrue, yPred, 3)).toEqual(expected);
  });

  it("rejects mismatched lengths and out-of-range classes", () => {
    expect(() => confusionMatrix([0, 1], [0], 3)).toThrow(
      /2 true labels but 1/,
    );
    expect(() => confusionMatrix([0], [3], 3)).toThrow(/out of range at row 0/);
    expect(() => confusionMatrix([5], [0], 3)).toThrow(/out of range/);
  });
});

describe("classMetrics and accuracyOf", () => {
  it.each([
    {
      name: "perfect",
      matrix: [
        [5, 0, 0],
        [0, 5, 0],
        [0, 0, 5],
      ],
      accuracy: 1,
      expected: [
        { precision: 1, recall: 1, f1: 1, support: 5 },
        { precision: 1, recall: 1, f1: 1, support: 5 },
        { precision: 1, recall: 1, f1: 1, support: 5 },
      ],
    },
    {
      // class 1: tp 8, predicted 8+2=10 -> precision 0.8, support 10 -> recall 0.8
      name: "two confusions between classes 1 and 2",
      matrix: [
        [10, 0, 0],
        [0, 8, 2],
        [0, 2, 8],
      ],
      accuracy: 26 / 30,
      expected: [
        { precision: 1, recall: 1, f1: 1, support: 10 },
        { precision: 0.8, recall: 0.8, f1: 0.8, support: 10 },
        { precision: 0.8, recall: 0.8, f1: 0.8, support: 10 },
      ],
    },
    {
      // class 1 never predicted: precision 0/0 -> 0 (no NaN), f1 0.
      name: "a class never predicted",
      matrix: [
        [4, 0, 0],
        [0, 0, 4],
        [0, 0, 4],
      ],
      accuracy: 8 / 12,
      expected: [
        { precision: 1, recall: 1, f1: 1, support: 4 },
        { precision: 0, recall: 0, f1: 0, support: 4 },
        { precision: 0.5, recall: 1, f1: 2 / 3, support: 4 },
      ],
    },
    {
      name: "a class with no rows",
      matrix: [
        [3, 1, 0],
        [0, 2, 0],
        [0, 0, 0],
      ],
      accuracy: 5 / 6,
      expected: [
        { precision: 1, recall: 0.75, f1: 6 / 7, support: 4 },
        { precision: 2 / 3, recall: 1, f1: 0.8, support: 2 },
        { precision: 0, recall: 0, f1: 0, support: 0 },
      ],
    },
    {
      name: "empty",
      matrix: [
        [0, 0],
        [0, 0],
      ],
      accuracy: 0,
      expected: [
        { precision: 0, recall: 0, f1: 0, support: 0 },
        { precision: 0, recall: 0, f1: 0, support: 0 },
      ],
    },
  ])("$name", ({ matrix, accuracy, expected }) => {
    const got = classMetrics(matrix);
    expect(got).toHaveLength(expected.length);
    got.forEach((m, c) => {
      const want = expected[c]!;
      expect(m.precision).toBeCloseTo(want.precision, 12);
      expect(m.recall).toBeCloseTo(want.recall, 12);
      expect(m.f1).toBeCloseTo(want.f1, 12);
      expect(m.support).toBe(want.support);
    });
    expect(accuracyOf(matrix)).toBeCloseTo(accuracy, 12);
  });
});

describe("logLoss", () => {
  const clippedMax = -Math.log(LOG_LOSS_EPS);
  it.each([
    ["certain and right", [0], [[1, 0, 0]], -Math.log(1 - LOG_LOSS_EPS)],
    [
      "certain and wrong is clipped, not Infinity",
      [0],
      [[0, 1, 0]],
      clippedMax,
    ],
    ["uniform over three classes", [2], [[1 / 3, 1 / 3, 1 / 3]], Math.log(3)],
    [
      "mean over rows",
      [0, 1],
      [
        [0.5, 0.5, 0],
        [0.25, 0.75, 0],
      ],
      -(Math.log(0.5) + Math.log(0.75)) / 2,
    ],
    ["negative probability is clipped", [1], [[1, -0.2, 0.2]], clippedMax],
    [
      "probability above 1 is clipped",
      [1],
      [[0, 1.5, 0]],
      -Math.log(1 - LOG_LOSS_EPS),
    ],
  ])("%s", (_name, yTrue, probabilities, expected) => {
    const value = logLoss(yTrue, probabilities);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeCloseTo(expected, 10);
  });

  it("is about 34.54 for a confident miss", () => {
    expect(clippedMax).toBeCloseTo(34.538776, 5);
  });

  it("rejects empty and mismatched input", () => {
    expect(() => logLoss([], [])).toThrow(/zero rows/);
    expect(() => logLoss([0, 1], [[1, 0]])).toThrow(/2 true labels but 1/);
  });
});

describe("argmax", () => {
  it.each([
    [[0.1, 0.7, 0.2], 1],
    [[0.5, 0.5, 0], 0],
    [[0, 0.4, 0.4], 1],
    [[1], 0],
  ])("%j -> %i (ties go to the first)", (values, expected) => {
    expect(argmax(values)).toBe(expected);
  });
});

describe("evaluate and metricsFile", () => {
  const labels = ["a", "b", "c"];
  const yTrue = [0, 0, 1, 1, 2, 2];
  const probabilities = [
    [0.9, 0.1, 0],
    [0.6, 0.4, 0],
    [0.2, 0.7, 0.1],
    [0.1, 0.3, 0.6], // wrong: predicted c
    [0, 0.2, 0.8],
    [0, 0.1, 0.9],
  ];

  it("computes accuracy, macro F1, log loss and per-class figures", () => {
    const e = evaluate(yTrue, probabilities, labels);
    expect(e.accuracy).toBeCloseTo(5 / 6, 12);
    // a: p1 r1; b: p1 r0.5 f1 2/3; c: p2/3 r1 f1 0.8
    expect(e.macro_f1).toBeCloseTo((1 + 2 / 3 + 0.8) / 3, 12);
    const expectedLoss =
      -[0.9, 0.6, 0.7, 0.3, 0.8, 0.9].reduce((s, p) => s + Math.log(p), 0) / 6;
    expect(e.log_loss).toBeCloseTo(expectedLoss, 12);
    expect(e.per_class.b).toEqual({
      precision: 1,
      recall: 0.5,
      f1: 2 / 3,
      support: 2,
    });
  });

  it("writes a DVC-style file: numeric leaves, fixed keys, 6-decimal rounding", () => {
    const file = metricsFile({
      evaluation: evaluate(yTrue, probabilities, labels),
      rows: { train: 14, test: 6 },
      trainingTimeMs: 12.6,
    });
    expect(Object.keys(file)).toEqual([
      "schema_version",
      "accuracy",
      "macro_f1",
      "log_loss",
      "per_class",
      "rows",
      "training_time_ms",
    ]);
    expect(file.schema_version).toBe(METRICS_SCHEMA_VERSION);
    expect(file.accuracy).toBe(0.833333);
    expect(file.per_class.b).toEqual({
      precision: 1,
      recall: 0.5,
      f1: 0.666667,
      support: 2,
    });
    expect(file.rows).toEqual({ train: 14, test: 6, total: 20 });
    expect(file.training_time_ms).toBe(13);
    const leaves = (v: unknown): unknown[] =>
      typeof v === "object" && v !== null
        ? Object.values(v).flatMap(leaves)
        : [v];
    expect(
      leaves(file).every((v) => typeof v === "number" && Number.isFinite(v)),
    ).toBe(true);
  });

  it.each([
    [0.1234564, 0.123456],
    [0.1234565, 0.123457],
    [1, 1],
    [0, 0],
  ])("round6(%d) = %d", (value, expected) => {
    expect(round6(value)).toBe(expected);
  });
});
