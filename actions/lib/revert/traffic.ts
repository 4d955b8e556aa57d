/** Where traffic goes when a version is taken out: one rule for AWS and the local target. */
import { MAX_WEIGHTED_TARGETS } from "../aws/listener.js";

/** A split by version (or by target-group ARN, for target groups no tag names). */
export type Split = Record<string, number>;

/**
 * The split after `from` is taken out. With `to`, that version gets everything and the other
 * remaining entries stay at weight 0 (still registered, as the listener had them). Without it,
 * `from`'s share goes to the remaining entry with the most weight (the first such, on a tie).
 * Nothing left gives {}: the app then has nothing to serve.
 */
export function revertedSplit(
  current: Split,
  from: string,
  to?: string,
): Split {
  const remaining = Object.entries(current).filter(([key]) => key !== from);
  const fromWeight = current[from] ?? 0;
  if (to) {
    const rest = remaining
      .filter(([key]) => key !== to)
      .slice(0, MAX_WEIGHTED_TARGETS - 1);
    return Object.fromEntries([[to, 100], ...rest.map(([key]) => [key, 0])]);
  }
  let heir: string | undefined;
  for (const [key, weight] of remaining)
    if (heir === undefined || weight > (current[heir] ?? 0)) heir = key;
  return Object.fromEntries(
    remaining.map(([key, weight]) => [
      key,
      key === heir ? weight + fromWeight : weight,
    ]),
  );
}

/** True when two splits send the same weight to the same places (order does not matter). */
export function sameSplit(a: Split, b: Split): boolean {
  const canonical = (split: Split) =>
    JSON.stringify(
      Object.entries(split).sort(([x], [y]) => x.localeCompare(y)),
    );
  return canonical(a) === canonical(b);
}

/** A split for logs: `v1=90, v2=10`, or a sentence when it forwards nowhere. */
export function describeSplit(split: Split): string {
  const entries = Object.entries(split);
  return entries.length === 0
    ? "nothing (no forward targets)"
    : entries.map(([key, weight]) => `${key}=${weight}`).join(", ");
}
