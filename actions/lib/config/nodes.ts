/** What a YAML node is, in JSON Schema's words, and how to show it in a message. */
import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { JsonType } from "./schema.js";
import { shown } from "./words.js";

/** How a message names each type. */
export const TYPE_WORDS: Record<JsonType, string> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a map of keys",
  array: "a list",
  null: "empty",
};

/** The JSON type a YAML node would have, `integer` included in `number`. */
export function nodeType(node: Node | null): JsonType {
  if (isMap(node)) return "object";
  if (isSeq(node)) return "array";
  const value = isScalar(node) ? node.value : null;
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

/** True when the node is of one of the allowed types (a whole number counts as an integer). */
export function admits(allowed: JsonType[], node: Node | null): boolean {
  const actual = nodeType(node);
  if (allowed.includes(actual)) return true;
  if (actual !== "number" || !allowed.includes("integer")) return false;
  return Number.isInteger((node as { value: number }).value);
}

/** What the node holds, for "got …" in a message. */
export function got(node: Node | null): string {
  const type = nodeType(node);
  if (type === "object") return "a map";
  if (type === "array") return "a list";
  if (type === "null") return "nothing";
  return shown((node as { value: unknown }).value);
}
