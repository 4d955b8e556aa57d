import { computeDeltas, preferenceOf } from "../../actions/lib/gate/deltas.js";
import {
  deltasOutput,
  evaluateGate,
  type GateInput,
} from "../../actions/lib/gate/evaluate.js";
import {
  commentMarker,
  deltaCell,
  mermaidChart,
  renderReport,
} from "../../actions/lib/gate/report.js";
import { parseRules } from "../../actions/lib/gate/rules.js";

const m = (o: Record<string, number>) => new Map(Object.entries(o));

describe("preferenceOf", () => {
  it.each([
    ["accuracy", "", "higher"],
    ["macro_f1", "", "higher"],
    ["per_class.setosa.precision", "", "higher"],
    ["log_loss", "", "lower"],
    ["val/loss", "", "lower"],
    ["error_rate", "", "lower"],
    ["rmse", "", "lower"],
    ["training_time_ms", "", "lower"],
    ["p95_latency_ms", "", "lower"],
    ["rows.train", "", "neutral"],
    ["per_class.setosa.support", "", "neutral"],
    ["schema_version", "", "neutral"],
    // A rule states the direction explicitly and wins over the name.
    ["weird_loss", "weird_loss >= 1", "higher"],
    ["rows.test", "rows.test delta <= 0", "lower"],
    ["accuracy", "accuracy == 1", "higher"],
    ["custom", "custom >= 0.5\ncustom delta <= 0.1", "lower"],
  ])("%s with rules %j → %s", (metric, rules, expected) => {
    expect(preferenceOf(metric, parseRules(rules))).toBe(expected);
  });
});

describe("computeDeltas", () => {
  it("covers better, worse, neutral, same, new and removed, in candidate order", () => {
    const deltas = computeDeltas(
      m({ accuracy: 0.9, log_loss: 0.25, rows: 150, f1: 0.8, fresh: 1 }),
      m({ log_loss: 0.3, accuracy: 0.9333333, rows: 120, f1: 0.8, gone: 2 }),
      [],
    );
    expect(
      deltas.map((d) => [
        d.metric,
        d.delta,
        d.direction,
        d.change,
        deltaCell(d),
      ]),
    ).toEqual([
      ["accuracy", -0.0333333, "down", "worse", "↓ −0.03333 worse"],
      ["log_loss", -0.05, "down", "better", "↓ −0.05 better"],
      ["rows", 30, "up", "neutral", "↑ +30"],
      ["f1", 0, "same", "neutral", "= ±0"],
      ["fresh", undefined, undefined, "new", "new"],
      ["gone", undefined, undefined, "removed", "removed"],
    ]);
  });

  it("reports values only when there is no baseline", () => {
    const [d] = computeDeltas(m({ accuracy: 0.9 }), undefined, []);
    expect(d).toMatchObject({ value: 0.9, change: "neutral" });
    expect(deltaCell(d!)).toBe("—");
  });
});

function gate(input: Partial<GateInput>) {
  return evaluateGate({
    candidate: m({ accuracy: 0.9, log_loss: 0.3, "per_class.a.f1": 0.7 }),
    rules: parseRules(
      "accuracy >= 0.85\naccuracy delta >= -0.01\nlog_loss delta <= 0.02",
    ),
    history: [],
    ...input,
  });
}

describe("evaluateGate and renderReport", () => {
  const baseline = {
    label: "base",
    metrics: m({ accuracy: 0.9333, log_loss: 0.25, "per_class.a.f1": 0.8 }),
  };

  it("fails, naming the rule and numbers, and renders the table with deltas", () => {
    const result = gate({ baseline });
    expect(result.passed).toBe(false);
    expect(result.failed.map((r) => r.rule.text)).toEqual([
      "accuracy delta >= -0.01",
      "log_loss delta <= 0.02",
    ]);
    const report = renderReport(result, { app: "iris" });
    expect(report.startsWith(commentMarker("iris"))).toBe(true);
    expect(report).toContain("## ❌ Accuracy gate failed: 2 of 3 rules");
    expect(report).toContain("| Metric | Base | PR | Δ | Rule | Verdict |");
    expect(report).toContain(
      "| `accuracy` | 0.9333 | 0.9 | ↓ −0.0333 worse | `>= 0.85` ✅<br>`Δ >= -0.01` ❌ | ❌ fail |",
    );
    expect(report).toContain(
      "| `log_loss` | 0.25 | 0.3 | ↑ +0.05 worse | `Δ <= 0.02` ❌ | ❌ fail |",
    );
    // Nested metrics without rules fold into a details block.
    expect(report).toContain("<details><summary>1 more metrics</summary>");
    expect(report).toContain(
      "| `per_class.a.f1` | 0.8 | 0.7 | ↓ −0.1 worse |  |  |",
    );
    expect(report).toContain(
      "- ❌ `accuracy delta >= -0.01` (line 2): accuracy delta −0.0333 (0.9 − 0.9333) is not >= -0.01",
    );
    expect(renderReport(result, { app: "iris", compact: true })).toContain(
      "1 more metrics are in the job summary.",
    );
    expect(deltasOutput(result.deltas).accuracy).toEqual({
      base: 0.9333,
      value: 0.9,
      delta: -0.0333,
      direction: "down",
      preference: "higher",
      change: "worse",
    });
  });

  it("passes with looser rules", () => {
    const result = gate({
      baseline,
      rules: parseRules("accuracy delta >= -0.05\nlog_loss delta <= 0.1"),
    });
    expect(result.passed).toBe(true);
    expect(renderReport(result, { app: "x" })).toContain(
      "## ✅ Accuracy gate passed (2 of 2 rules checked)",
    );
  });

  it("without a baseline gates on absolute rules only, and says delta rules were skipped", () => {
    const result = gate({ noBaselineReason: "no baseline-file was given" });
    expect(result.passed).toBe(true);
    expect(result.skipped).toHaveLength(2);
    const report = renderReport(result, { app: "x" });
    expect(report).toContain("(1 of 3 rules checked)");
    expect(report).toContain(
      "No baseline (no baseline-file was given): only absolute rules were checked; 2 delta rule(s) were skipped, not passed.",
    );
    expect(report).toContain("`Δ >= -0.01` ⏭️");
    expect(report).toContain(
      "- ⏭️ `log_loss delta <= 0.02` (line 3): skipped: no baseline",
    );
  });

  it("still fails on an absolute rule without a baseline", () => {
    expect(gate({ rules: parseRules("accuracy >= 0.95") }).passed).toBe(false);
  });

  it("draws a chart over history plus the candidate, only when there is more than one point", () => {
    const history = [
      { label: "v1", metrics: m({ accuracy: 0.8 }) },
      { label: "base", metrics: baseline.metrics },
    ];
    const report = renderReport(gate({ baseline, history }), { app: "x" });
    expect(report).toContain(
      '```mermaid\nxychart-beta\n  title "accuracy"\n  x-axis ["v1", "base", "PR"]\n  y-axis "accuracy" 0.7867 --> 0.9466\n  line [0.8, 0.9333, 0.9]\n```',
    );
    // log_loss has only base + PR points: two points are still a line.
    expect(report).toContain('x-axis ["base", "PR"]');
    expect(renderReport(gate({}), { app: "x" })).not.toContain("mermaid");
  });

  it.each([
    [[], undefined],
    [[{ label: "a", metrics: m({ x: 1 }) }], undefined],
    [
      [
        { label: "a", metrics: m({ x: 1 }) },
        { label: "b", metrics: m({ y: 1 }) },
      ],
      undefined,
    ],
    [
      [
        { label: 'q"uote', metrics: m({ x: 2 }) },
        { label: "b", metrics: m({ x: 2 }) },
      ],
      '```mermaid\nxychart-beta\n  title "x"\n  x-axis ["quote", "b"]\n  y-axis "x" 1.9 --> 2.1\n  line [2, 2]\n```',
    ],
  ])("mermaidChart %#", (points, expected) => {
    expect(mermaidChart("x", points)).toBe(expected);
  });

  it("keeps markers of different apps apart", () => {
    expect(commentMarker("modelship")).toBe(
      "<!-- modelship:accuracy-gate app=modelship -->",
    );
    expect(commentMarker("a")).not.toBe(commentMarker("b"));
  });
});
