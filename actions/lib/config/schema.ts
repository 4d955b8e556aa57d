/**
 * The subset of JSON Schema (draft-07) that modelship.schema.json uses, as types, plus the checks
 * of single values that do not depend on YAML. validate.ts walks YAML nodes with them.
 */
import { shown } from "./words.js";

/** One node of a JSON Schema, restricted to the keywords we support. */
export interface SchemaNode {
  $ref?: string;
  type?: JsonType | JsonType[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  required?: string[];
  maxProperties?: number;
  enum?: unknown[];
  pattern?: string;
  /** Not JSON Schema: editors (VS Code, yaml-language-server) show it, and so do we. */
  patternErrorMessage?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  anyOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
  description?: string;
  default?: unknown;
}

/** The JSON types a schema names. */
export type JsonType =
  "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";

const ANNOTATIONS = [
  "$schema",
  "$id",
  "$comment",
  "title",
  "description",
  "default",
  "examples",
  "definitions",
];
const ASSERTIONS = [
  "$ref",
  "type",
  "properties",
  "additionalProperties",
  "propertyNames",
  "required",
  "maxProperties",
  "enum",
  "pattern",
  "patternErrorMessage",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "items",
  "minItems",
  "maxItems",
  "anyOf",
];
/** Every keyword this validator understands; checkSupported refuses any other. */
export const SUPPORTED_KEYWORDS: readonly string[] = [
  ...ANNOTATIONS,
  ...ASSERTIONS,
];

/**
 * Throws when the schema uses a keyword this validator does not implement, or puts an assertion
 * beside `$ref` (draft-07 ignores those, so ajv and editors would disagree with us).
 */
export function checkSupported(schema: SchemaNode, where = "#"): void {
  const keys = Object.keys(schema);
  for (const key of keys) {
    if (!SUPPORTED_KEYWORDS.includes(key))
      throw new Error(`schema keyword "${key}" at ${where} is not supported`);
    if (schema.$ref && key !== "$ref" && ASSERTIONS.includes(key))
      throw new Error(`schema ${where} puts "${key}" beside $ref`);
  }
  const children: [string, SchemaNode][] = [
    ...Object.entries(schema.properties ?? {}),
    ...Object.entries(schema.definitions ?? {}),
    ...(schema.anyOf ?? []).map((s, i): [string, SchemaNode] => [`${i}`, s]),
  ];
  for (const key of ["propertyNames", "items", "additionalProperties"]) {
    const child = schema[key as keyof SchemaNode];
    if (typeof child === "object") children.push([key, child as SchemaNode]);
  }
  for (const [name, child] of children)
    checkSupported(child, `${where}/${name}`);
}

/** Follows `#/definitions/<name>`; annotations beside the `$ref` are kept. */
export function resolveRef(root: SchemaNode, schema: SchemaNode): SchemaNode {
  if (!schema.$ref) return schema;
  const match = /^#\/definitions\/([A-Za-z0-9_-]+)$/.exec(schema.$ref);
  const target = match ? root.definitions?.[match[1] as string] : undefined;
  if (!target) throw new Error(`schema $ref "${schema.$ref}" is not defined`);
  const annotations: SchemaNode = { ...schema };
  delete annotations.$ref;
  return { ...resolveRef(root, target), ...annotations };
}

/** What is wrong with a string, if anything; `echo` adds the value to a pattern mismatch. */
export function stringProblem(
  schema: SchemaNode,
  value: string,
  echo = true,
): string | undefined {
  if (schema.minLength !== undefined && value.length < schema.minLength)
    return schema.minLength === 1
      ? "must not be empty"
      : `must be at least ${schema.minLength} characters long`;
  if (schema.maxLength !== undefined && value.length > schema.maxLength)
    return `must be at most ${schema.maxLength} characters long, got ${value.length}`;
  if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) {
    const rule = schema.patternErrorMessage ?? `match ${schema.pattern}`;
    return echo ? `must ${rule}, got ${shown(value)}` : `must ${rule}`;
  }
  return undefined;
}

/** What is wrong with a number, if anything. */
export function numberProblem(
  schema: SchemaNode,
  value: number,
): string | undefined {
  if (schema.minimum !== undefined && value < schema.minimum)
    return `must be at least ${schema.minimum}, got ${value}`;
  if (schema.maximum !== undefined && value > schema.maximum)
    return `must be at most ${schema.maximum}, got ${value}`;
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
    return `must be more than ${schema.exclusiveMinimum}, got ${value}`;
  return undefined;
}
