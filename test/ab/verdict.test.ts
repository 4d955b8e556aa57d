import { compareVersions } from "../../actions/lib/ab/compare.js";
import { seededRandom } from "../../actions/lib/ab/random.js";
import { parseAbRules } from "../../actions/lib/ab/rules.js";
import {
  judgeRule,
  judgeRules,
  standingOf,
  type RuleStatus,
} from "../../actions/lib/ab/verdict.js";
import { syntheticVersion, type VersionTruth } from "./synthetic.js";

// Two versions drawn from known truths; the verdicts must follow from the truth, not the noise.
const context = { level: 0.95, seed: 1, minSamples: 100 };
const base: VersionTruth = {
  version: "v1",
  n: 6000,
  accuracy: 0.9,
  mu: Math.log(20),
  sigma: 0.3,
};

function pair(candidate: Partial<VersionTruth>, seed = 11) {
  const random = seededRandom(seed);
  return {
    baseline: syntheticVersion(base, random),
    candidate: syntheticVersion(
      { ...base, version: "v2", ...candidate },
      random,
    ),
  };
}

function judge(text: string, candidate: Partial<VersionTruth>): RuleStatus {
  const [rule] = parseAbRules(text, 0.95);
  return judgeRule(rule!, pair(candidate), context).status;
}

describe("verdicts on synthetic versions with a known difference", () => {
  it.each([
    // zero true difference: within a loose margin, never shown better, never shown worse
    ["online_accuracy delta >= -0.03", {}, "pass"],
    ["online_accuracy delta >= 0", {}, "inconclusive"],
    ["online_accuracy delta >= 0.05", {}, "fail"],
    ["p95_latency_ms delta <= 3", {}, "pass"],
    ["mean_latency_ms delta <= 1", {}, "pass"],
    // clearly better accuracy (+6 points) and clearly slower (+25% latency)
    ["online_accuracy delta >= 0.02", { accuracy: 0.96 }, "pass"],
    ["online_accuracy delta <= 0", { accuracy: 0.96 }, "fail"],
    ["p95_latency_ms delta <= 2", { mu: Math.log(25) }, "fail"],
    ["p50_latency_ms delta >= 3", { mu: Math.log(25) }, "pass"],
    // clearly worse accuracy (−6 points)
    ["online_accuracy delta >= -0.01 at 95%", { accuracy: 0.84 }, "fail"],
    ["online_accuracy delta <= -0.03 at 99%", { accuracy: 0.84 }, "pass"],
    // absolute rules judge the candidate's own interval
    ["online_accuracy >= 0.85", {}, "pass"],
    ["online_accuracy >= 0.95", {}, "fail"],
    ["online_accuracy >= 0.9", {}, "inconclusive"],
  ])("%s with candidate %j: %s", (text, candidate, expected) => {
    expect(judge(text, candidate)).toBe(expected);
  });

  it("keeps a rule open below min-samples, whatever the interval, and says how many are missing", () => {
    const [rule] = parseAbRules("online_accuracy delta >= -0.5", 0.95);
    const few = {
      baseline: syntheticVersion({ ...base, n: 40 }, seededRandom(1)),
      candidate: syntheticVersion({ ...base, n: 30 }, seededRandom(2)),
    };
    const verdict = judgeRule(rule!, few, context);
    expect(verdict.status).toBe("insufficient");
    expect(verdict.samples).toEqual([40, 30]);
    expect(verdict.moreSamples).toBe(70);
    expect(verdict.detail).toBe(
      "online_accuracy: 30 observation(s), 100 needed",
    );
  });

  it("estimates the samples an open rule needs, and more of them settle it", () => {
    // A true +2-point gain against `delta >= 0`: open at n=600, passing at the n it asks for.
    const [rule] = parseAbRules("online_accuracy delta >= 0", 0.95);
    const small = (n: number, seed: number) => ({
      baseline: syntheticVersion({ ...base, n }, seededRandom(seed)),
      candidate: syntheticVersion(
        { ...base, version: "v2", n, accuracy: 0.92 },
        seededRandom(seed + 1),
      ),
    });
    const open = judgeRule(rule!, small(600, 5), context);
    expect(open.status).toBe("inconclusive");
    expect(open.moreSamples).toBeGreaterThan(100);
    const enough = 600 + (open.moreSamples ?? 0);
    let passed = 0;
    for (let seed = 100; seed < 140; seed += 2)
      if (judgeRule(rule!, small(enough * 2, seed), context).status === "pass")
        passed++;
    // Twice the suggested size, so power well above the 80% it aims for at the suggested one.
    expect(passed / 20).toBeGreaterThan(0.8);
  });

  it("decides on the first failure, passes only when every rule passes, and is open otherwise", () => {
    const rules = parseAbRules(
      "online_accuracy delta >= -0.03\np95_latency_ms delta <= 3",
      0.95,
    );
    const equal = pair({});
    const slower = pair({ mu: Math.log(26) });
    const tied = standingOf(
      judgeRules(
        rules,
        { baseline: equal.baseline, candidates: [equal.candidate] },
        context,
      ),
    );
    expect(tied).toMatchObject({ decided: true, passed: true });
    const failing = standingOf(
      judgeRules(
        rules,
        { baseline: slower.baseline, candidates: [slower.candidate] },
        context,
      ),
    );
    expect(failing).toMatchObject({ decided: true, passed: false });
    expect(failing.failed.map((v) => v.rule.metric)).toEqual([
      "p95_latency_ms",
    ]);
    const strict = parseAbRules("online_accuracy delta >= 0", 0.95);
    const open = standingOf(
      judgeRules(
        strict,
        { baseline: equal.baseline, candidates: [equal.candidate] },
        context,
      ),
    );
    expect(open).toMatchObject({ decided: false, passed: false });
  });
});

describe("the A/B figures", () => {
  it("reports each observed metric's difference, its significance, and the samples still needed", () => {
    const { baseline, candidate } = pair({ accuracy: 0.96 });
    const comparisons = compareVersions(
      { baseline, candidates: [candidate] },
      { level: 0.95, seed: 1 },
    );
    const byMetric = new Map(comparisons.map((c) => [c.metric, c]));
    expect([...byMetric.keys()]).toEqual([
      "online_accuracy",
      "online_mae",
      "mean_latency_ms",
      "p50_latency_ms",
      "p95_latency_ms",
      "p99_latency_ms",
    ]);
    const accuracy = byMetric.get("online_accuracy")!;
    expect(accuracy.significant).toBe(true);
    expect(accuracy.difference!.low).toBeGreaterThan(0.04);
    expect(accuracy.difference!.high).toBeLessThan(0.08);
    expect(accuracy.moreSamples).toBeUndefined();
    const p95 = byMetric.get("p95_latency_ms")!;
    expect(p95.difference!.method).toBe("bootstrap");
    expect(p95.difference!.low).toBeLessThan(0);
    expect(p95.difference!.high).toBeGreaterThan(0);
    expect(p95.significant).toBe(false);
  });
});
