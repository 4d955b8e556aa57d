import { MAX_WEIGHTED_TARGETS } from "../aws/listener.js";
import { ConfigurationError, errorMessage } from "../errors.js";
import { parseVersion } from "../version.js";

const RULE =
  'write version=weight pairs separated by commas, for example "v3=90,v4=10" (or v4=shadow)';

/** The word that makes a version a shadow in a split: `v3=100,v4=shadow`. */
export const SHADOW = "shadow";

/** A split: each version's weight (a shadow's is 0), and the shadows (mirrored, never weighted). */
export interface TrafficSplit {
  weights: Map<string, number>;
  shadows: Set<string>;
}

function parseWeight(raw: string, pair: string): number {
  if (!/^\d{1,3}$/.test(raw) || Number(raw) > 100) {
    throw new ConfigurationError(
      `traffic: weight "${raw}" in "${pair}" must be a whole number from 0 to 100`,
    );
  }
  return Number(raw);
}

function parseVersionIn(raw: string, pair: string): string {
  try {
    return parseVersion(raw).version;
  } catch (error) {
    throw new ConfigurationError(
      `traffic: "${pair}" names a bad version: ${errorMessage(error)}`,
    );
  }
}

/**
 * Parses a traffic split such as `v3=90,v4=10` into version → weight, in the order written.
 * Empty text gives the new version all traffic (and is an error without one). Weights are whole numbers summing to 100 across at
 * most five versions (the ALB limit), and every version passes `parseVersion`. A version written
 * `v4=shadow` takes no traffic (weight 0) and gets a copy of the serving versions' predictions.
 * All checks happen here, before any AWS call.
 */
export function parseTrafficSplit(
  raw: string,
  newVersion?: string,
): TrafficSplit {
  const text = raw.trim();
  const shadows = new Set<string>();
  if (text === "") {
    if (newVersion === undefined)
      throw new ConfigurationError(`traffic is empty: ${RULE}`);
    return {
      weights: new Map([[parseVersion(newVersion).version, 100]]),
      shadows,
    };
  }
  const weights = new Map<string, number>();
  for (const pair of text.split(/[\s,]+/).filter((p) => p !== "")) {
    const eq = pair.indexOf("=");
    if (eq <= 0 || eq !== pair.lastIndexOf("=") || eq === pair.length - 1) {
      throw new ConfigurationError(
        `traffic: "${pair}" is not of the form version=weight: ${RULE}`,
      );
    }
    const version = parseVersionIn(pair.slice(0, eq), pair);
    if (weights.has(version)) {
      throw new ConfigurationError(
        `traffic: version "${version}" is given twice in "${text}"`,
      );
    }
    const weight = pair.slice(eq + 1);
    if (weight === SHADOW) shadows.add(version);
    weights.set(version, weight === SHADOW ? 0 : parseWeight(weight, pair));
  }
  checkSplit(weights, shadows, text);
  return { weights, shadows };
}

function checkSplit(
  weights: Map<string, number>,
  shadows: Set<string>,
  text: string,
): void {
  if (weights.size > MAX_WEIGHTED_TARGETS) {
    throw new ConfigurationError(
      `traffic: ${weights.size} versions in "${text}", but a load balancer splits across at most ${MAX_WEIGHTED_TARGETS}`,
    );
  }
  if (shadows.size === weights.size)
    throw new ConfigurationError(
      `traffic: "${text}" names only shadows: some version must serve (e.g. v3=100,v4=shadow)`,
    );
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  if (total !== 100) {
    throw new ConfigurationError(
      `traffic: weights in "${text}" add up to ${total}, they must add up to 100`,
    );
  }
}

/** The weights of a split (see parseTrafficSplit; a shadow's weight is 0). */
export function parseTraffic(
  raw: string,
  newVersion: string,
): Map<string, number> {
  return parseTrafficSplit(raw, newVersion).weights;
}

/**
 * The split for a canary: the new version gets `canary` percent and the versions that carry
 * traffic now keep their proportions of the rest. With nothing serving, the new version gets 100.
 */
export function canaryTraffic(
  current: Map<string, number>,
  version: string,
  canary: number,
): Map<string, number> {
  const others = [...current].filter(([v, w]) => v !== version && w > 0);
  const total = others.reduce((sum, [, w]) => sum + w, 0);
  if (total === 0) return new Map([[version, 100]]);
  if (others.length + 1 > MAX_WEIGHTED_TARGETS) {
    throw new ConfigurationError(
      `canary: ${others.length} versions already carry traffic, so "${version}" would make more than ${MAX_WEIGHTED_TARGETS}: revert one first`,
    );
  }
  const shares = largestRemainder(
    others.map(([, weight]) => weight),
    100 - canary,
  );
  return new Map<string, number>([
    [version, canary],
    ...others.map(([v], i): [string, number] => [v, shares[i] ?? 0]),
  ]);
}

/**
 * Splits `total` whole units in proportion to `weights` (Hamilton's largest-remainder method):
 * each gets the floor of its exact share, and the units left go to the largest remainders, ties
 * to the earlier entry. Every result is a whole number from 0 to `total`, and they sum to `total`.
 */
export function largestRemainder(
  weights: readonly number[],
  total: number,
): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** Renders a split as `v3=90,v4=10` (for logs and outputs); shadows as `v4=shadow`. */
export function formatTraffic(
  weights: Map<string, number>,
  shadows: ReadonlySet<string> = new Set(),
): string {
  return [...weights]
    .map(([v, w]) => `${v}=${shadows.has(v) ? SHADOW : w}`)
    .join(",");
}

/** The listeners whose default action carries the traffic: the serving one (and HTTPS, if any). */
export function servingListeners(outputs: Record<string, string>): string[] {
  const arns = [outputs.ListenerArn, outputs.HttpsListenerArn];
  return [...new Set(arns.filter((arn): arn is string => !!arn))];
}
