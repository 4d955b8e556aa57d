/**
 * A seeded random number generator and the few distributions the A/B verdict draws from. Seeded,
 * so a report can be reproduced exactly and a test can run the same synthetic experiment twice.
 */

// Math's functions are held in module constants because the draws run in hot loops, and a
// lookup of the global `Math` is slow in some sandboxes (30 times slower in jest's vm contexts).
const { cos, imul, log, PI, pow, sqrt } = Math;

/** Random draws from one seeded stream. */
export interface Random {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /** Gamma with the given shape and scale 1. */
  gamma(shape: number): number;
  /** Beta(a, b). */
  beta(a: number, b: number): number;
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** Spreads one 32-bit seed over the four words of state (splitmix-style mixing). */
function seedState(seed: number): Uint32Array {
  const state = new Uint32Array(4);
  let x = seed >>> 0;
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = imul(z ^ (z >>> 16), 0x85ebca6b);
    z = imul(z ^ (z >>> 13), 0xc2b2ae35);
    state[i] = (z ^ (z >>> 16)) >>> 0;
  }
  if (state.every((word) => word === 0)) state[0] = 1;
  return state;
}

/** xoshiro128**: small, fast, and good enough for resampling and simulation. */
function xoshiro(seed: number): () => number {
  const s = seedState(seed);
  return () => {
    const s0 = s[0] as number;
    const s1 = s[1] as number;
    const result = imul(rotl(imul(s1, 5), 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s[2] = (s[2] as number) ^ s0;
    s[3] = (s[3] as number) ^ s1;
    s[1] = s1 ^ (s[2] as number);
    s[0] = s0 ^ (s[3] as number);
    s[2] = (s[2] as number) ^ t;
    s[3] = rotl(s[3] as number, 11);
    return result / 2 ** 32;
  };
}

/** A seeded stream of draws; the same seed gives the same draws. */
export function seededRandom(seed: number): Random {
  const next = xoshiro(seed);
  const normal = () => {
    // Box–Muller; 1 - u keeps the logarithm's argument in (0, 1].
    const u = 1 - next();
    const v = next();
    return sqrt(-2 * log(u)) * cos(2 * PI * v);
  };
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * pow(1 - next(), 1 / shape);
    // Marsaglia and Tsang's squeeze method.
    const d = shape - 1 / 3;
    const c = 1 / sqrt(9 * d);
    for (;;) {
      const x = normal();
      const v = (1 + c * x) ** 3;
      if (v <= 0) continue;
      const u = 1 - next();
      if (log(u) < 0.5 * x * x + d - d * v + d * log(v)) return d * v;
    }
  };
  return {
    uniform: next,
    normal,
    gamma,
    beta(a, b) {
      const x = gamma(a);
      return x / (x + gamma(b));
    },
  };
}
