import { MAX_RULE_PRIORITY } from "../aws/rule-priority.js";
import { ConfigurationError } from "../errors.js";

// FNV-1a: a stable spread of versions over the range, so two versions deployed at the same
// time rarely race for the same priority (as "lowest free" would make them do).
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A free priority for `version`: it starts at a point derived from the version and steps up
 * (wrapping) past taken ones, so the same listener state always gives the same answer.
 */
export function choosePriority(version: string, used: Set<number>): number {
  if (used.size >= MAX_RULE_PRIORITY) {
    throw new ConfigurationError("the listener has no free rule priority left");
  }
  let p = (hash(version) % MAX_RULE_PRIORITY) + 1;
  while (used.has(p)) p = (p % MAX_RULE_PRIORITY) + 1;
  return p;
}
