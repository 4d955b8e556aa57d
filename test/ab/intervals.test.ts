import {
  bootstrapQuantile,
  bootstrapQuantileDifference,
  moreSamplesNeeded,
  newcombe,
  quantileOf,
  tInterval,
  welch,
  wilson,
} from "../../actions/lib/ab/intervals.js";
import { seededRandom } from "../../actions/lib/ab/random.js";

describe("Wilson and Newcombe intervals", () => {
  // Newcombe (1998), "Interval estimation for the difference between independent proportions",
  // worked examples: 81/263 has the score interval 0.2553 to 0.3662; 56/70 − 48/80 has the hybrid
  // score interval 0.0524 to 0.3339.
  it("matches the published examples", () => {
    const single = wilson({ successes: 81, n: 263 }, 0.95);
    expect(single?.low).toBeCloseTo(0.2553, 3);
    expect(single?.high).toBeCloseTo(0.3662, 3);
    const difference = newcombe(
      { successes: 48, n: 80 },
      { successes: 56, n: 70 },
      0.95,
    );
    expect(difference?.estimate).toBeCloseTo(0.2, 10);
    expect(difference?.low).toBeCloseTo(0.0524, 3);
    expect(difference?.high).toBeCloseTo(0.3339, 3);
  });

  it.each([
    [0, 10],
    [10, 10],
    [1, 1],
  ])("stays inside [0, 1] at the edges (%p of %p)", (successes, n) => {
    const interval = wilson({ successes, n }, 0.95);
    expect(interval?.low).toBeGreaterThanOrEqual(0);
    expect(interval?.high).toBeLessThanOrEqual(1);
    expect(interval!.high - interval!.low).toBeGreaterThan(0);
  });

  it("has no interval without trials", () => {
    expect(wilson({ successes: 0, n: 0 }, 0.95)).toBeUndefined();
    expect(
      newcombe({ successes: 0, n: 0 }, { successes: 1, n: 2 }, 0.95),
    ).toBeUndefined();
  });

  it("widens with the level", () => {
    const at90 = wilson({ successes: 45, n: 50 }, 0.9)!;
    const at99 = wilson({ successes: 45, n: 50 }, 0.99)!;
    expect(at99.low).toBeLessThan(at90.low);
    expect(at99.high).toBeGreaterThan(at90.high);
  });
});

describe("t and Welch intervals", () => {
  it("computes Welch's interval by hand", () => {
    // a: n 10, mean 20, var 4; b: n 12, mean 23, var 9. se² = 0.4 + 0.75 = 1.15;
    // df = 1.15² / (0.4²/9 + 0.75²/11) = 19.03; t(0.975, 19.03) = 2.093.
    const interval = welch(
      { n: 10, mean: 20, variance: 4 },
      { n: 12, mean: 23, variance: 9 },
      0.95,
    )!;
    const half = 2.093 * Math.sqrt(1.15);
    expect(interval.estimate).toBe(3);
    expect(interval.low).toBeCloseTo(3 - half, 2);
    expect(interval.high).toBeCloseTo(3 + half, 2);
  });

  it("needs two observations on each side, and knows a difference of constants exactly", () => {
    expect(
      welch(
        { n: 1, mean: 1, variance: 0 },
        { n: 5, mean: 2, variance: 1 },
        0.95,
      ),
    ).toBeUndefined();
    expect(tInterval({ n: 1, mean: 1, variance: 0 }, 0.95)).toBeUndefined();
    const exact = welch(
      { n: 3, mean: 1, variance: 0 },
      { n: 3, mean: 2, variance: 0 },
      0.95,
    )!;
    expect([exact.low, exact.high]).toEqual([1, 1]);
  });
});

describe("the bootstrap of quantiles", () => {
  const sorted = (values: number[]) => Float64Array.from(values).sort();

  it("takes nearest-rank quantiles", () => {
    const sample = sorted([5, 1, 4, 2, 3]);
    expect(quantileOf(sample, 0.5)).toBe(3);
    expect(quantileOf(sample, 0.95)).toBe(5);
    expect(quantileOf(sample, 0)).toBe(1);
  });

  it("draws the same replicates as resampling and sorting (one order statistic per draw)", () => {
    const random = seededRandom(3);
    const sample = sorted(Array.from({ length: 400 }, () => random.normal()));
    const fast = bootstrapQuantile(sample, {
      q: 0.5,
      level: 0.95,
      random: seededRandom(9),
    })!;
    const slow = seededRandom(10);
    const medians = Array.from({ length: 2000 }, () => {
      const resample = Float64Array.from(
        { length: sample.length },
        () => sample[Math.floor(slow.uniform() * sample.length)] as number,
      ).sort();
      return quantileOf(resample, 0.5);
    }).sort((a, b) => a - b);
    const mean = medians.reduce((s, x) => s + x, 0) / medians.length;
    const sd = Math.sqrt(
      medians.reduce((s, x) => s + (x - mean) ** 2, 0) / (medians.length - 1),
    );
    expect(fast.se / sd).toBeGreaterThan(0.9);
    expect(fast.se / sd).toBeLessThan(1.1);
    expect(fast.low).toBeCloseTo(quantileOf(medians, 0.025), 1);
    expect(fast.high).toBeCloseTo(quantileOf(medians, 0.975), 1);
  });

  it("repeats itself for a seed", () => {
    const a = sorted([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = sorted([2, 3, 4, 5, 6, 7, 8, 9]);
    const run = () =>
      bootstrapQuantileDifference(a, b, {
        q: 0.5,
        level: 0.95,
        random: seededRandom(1),
      });
    expect(run()).toEqual(run());
    expect(run()?.estimate).toBe(1);
  });
});

describe("the samples still needed", () => {
  it("asks for (z_level + z_power)² · se² / effect², scaled to each version's size", () => {
    // se 0.02 with 100 per version; effect 0.02: factor (1.96 + 0.8416)² = 7.85, so 785 in all.
    const more = moreSamplesNeeded({
      interval: {
        estimate: 0.02,
        low: -0.02,
        high: 0.06,
        se: 0.02,
        level: 0.95,
        method: "newcombe",
      },
      effect: 0.02,
      sizes: [100, 100],
    });
    expect(more).toBe(685);
  });

  it("has no answer when the estimate sits on the bound", () => {
    const interval = {
      estimate: 0,
      low: -1,
      high: 1,
      se: 0.5,
      level: 0.95,
      method: "welch" as const,
    };
    expect(
      moreSamplesNeeded({ interval, effect: 0, sizes: [10, 10] }),
    ).toBeUndefined();
  });
});
