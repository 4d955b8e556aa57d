import {
  incompleteBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
  zCritical,
} from "../../actions/lib/ab/distributions.js";
import { seededRandom } from "../../actions/lib/ab/random.js";

// Reference values from printed statistical tables (normal and Student's t quantiles).
describe("the normal and t distributions", () => {
  it.each([
    [0.975, 1.959964],
    [0.995, 2.575829],
    [0.95, 1.644854],
    [0.8, 0.841621],
    [0.025, -1.959964],
  ])("normalQuantile(%p) = %p", (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 5);
    expect(normalCdf(z)).toBeCloseTo(p, 6);
  });

  it.each([
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 10, 2.2281],
    [0.975, 30, 2.0423],
    [0.995, 5, 4.0321],
    [0.9, 3, 1.6377],
    [0.025, 10, -2.2281],
  ])("tQuantile(%p, df %p) = %p", (p, df, t) => {
    expect(tQuantile(p, df)).toBeCloseTo(t, 3);
    expect(tCdf(t, df)).toBeCloseTo(p, 4);
  });

  it("tends to the normal as the degrees of freedom grow, for fractional df too", () => {
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.959964, 4);
    const between = tQuantile(0.975, 10.5);
    expect(between).toBeLessThan(tQuantile(0.975, 10));
    expect(between).toBeGreaterThan(tQuantile(0.975, 11));
  });

  it("computes ln Γ and the incomplete beta function", () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 9);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 9);
    expect(logGamma(1)).toBeCloseTo(0, 9);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 10);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 10);
    // I_x(a, 1) = x^a.
    expect(incompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 10);
  });

  it("gives the two-sided critical value of a level", () => {
    expect(zCritical(0.95)).toBeCloseTo(1.96, 2);
    expect(zCritical(0.99)).toBeCloseTo(2.5758, 3);
  });
});

describe("the seeded random stream", () => {
  it("repeats itself for a seed and differs between seeds", () => {
    const draws = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random.uniform());
    };
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it("draws normals, gammas and betas with the right moments", () => {
    const random = seededRandom(42);
    const n = 50_000;
    const mean = (draw: () => number) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += draw();
      return sum / n;
    };
    expect(mean(() => random.uniform())).toBeCloseTo(0.5, 2);
    expect(mean(() => random.normal())).toBeCloseTo(0, 1);
    expect(mean(() => random.normal() ** 2)).toBeCloseTo(1, 1);
    expect(mean(() => random.gamma(3.5))).toBeCloseTo(3.5, 1);
    expect(mean(() => random.gamma(0.5))).toBeCloseTo(0.5, 1);
    expect(mean(() => random.beta(2, 5))).toBeCloseTo(2 / 7, 2);
  });
});
