/**
 * A small JSON Schema (draft-07) validator that walks YAML nodes, so every problem carries the
 * line it is on.
 *
 * Why our own rather than ajv: ncc bundles the config loader into every action, and ajv 8 with
 * its dependencies adds well over 100 KB to each bundle to check a schema that uses a dozen
 * keywords. ajv also validates plain values, which have lost their YAML positions, so we would
 * still need a second walk to find lines. This validator supports exactly the keywords listed in
 * SUPPORTED_KEYWORDS and refuses a schema that uses any other, so a later edit to the schema
 * cannot be silently ignored; test/config runs the shipped schema through ajv as well and checks
 * both agree on every case.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
} from "yaml";
import {
  numberProblem,
  resolveRef,
  stringProblem,
  type JsonType,
  type SchemaNode,
} from "./schema.js";
import { admits, got, nodeType, TYPE_WORDS } from "./nodes.js";
import { eitherOf, MAX_SHOWN, nearestName, shown } from "./words.js";

/** One thing wrong with the file, at a line. */
export interface Problem {
  line: number;
  /** Key path, e.g. `smoke.p95-ms` or `gate.rules[2]`; empty for the document itself. */
  path: string;
  message: string;
}

/** Where the walk is: the whole schema, the document and its line index, what was found. */
interface Walk {
  root: SchemaNode;
  doc: Document;
  lines: LineCounter;
  problems: Problem[];
}

/** Deeper than any key our schema defines; guards alias chains and hand-made schemas. */
const MAX_DEPTH = 16;
function lineOf(walk: Walk, node: Node | null | undefined): number {
  const offset = node?.range?.[0] ?? 0;
  return walk.lines.linePos(offset).line;
}

function report(walk: Walk, node: Node | null, path: string, text: string) {
  walk.problems.push({ line: lineOf(walk, node), path, message: text });
}

/**
 * Validates a parsed YAML document against the schema. `value` is the document as plain data
 * when there are no problems.
 */
export function validateDocument(
  schema: SchemaNode,
  doc: Document,
  lines: LineCounter,
): { value: unknown; problems: Problem[] } {
  const walk: Walk = { root: schema, doc, lines, problems: [] };
  const value = validateNode(walk, schema, doc.contents as Node | null, "");
  return {
    value: walk.problems.length === 0 ? value : undefined,
    problems: walk.problems,
  };
}

/**
 * Validates one YAML node against one schema node. Returns the plain value when it is valid, or
 * undefined (and records the problems) when it is not.
 */
function validateNode(
  walk: Walk,
  schemaIn: SchemaNode,
  nodeIn: Node | null,
  path: string,
  depth = 0,
): unknown {
  const node = isAlias(nodeIn) ? (nodeIn.resolve(walk.doc) ?? null) : nodeIn;
  const schema = resolveRef(walk.root, schemaIn);
  const what = path === "" ? "the file" : path;
  if (depth > MAX_DEPTH) {
    report(walk, nodeIn, path, `${what} is nested too deeply`);
    return undefined;
  }
  if (schema.anyOf) return validateAnyOf(walk, schema, node, path, depth);
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length > 0 && !admits(types, node)) {
    const wanted = eitherOf(types.map((t) => TYPE_WORDS[t]));
    const message =
      nodeType(node) === "null"
        ? `${what} is empty: give ${wanted}, or delete the line`
        : `${what} must be ${wanted}, got ${got(node)}`;
    report(walk, nodeIn, path, message);
    return undefined;
  }
  if (isMap(node)) return validateMap(walk, schema, node, path, depth);
  if (isSeq(node)) return validateList(walk, schema, node, path, depth);
  return validateScalar(walk, schema, node, path, types);
}

function validateAnyOf(
  walk: Walk,
  schema: SchemaNode,
  node: Node | null,
  path: string,
  depth: number,
): unknown {
  const branches = (schema.anyOf ?? []).map((b) => resolveRef(walk.root, b));
  const branch = branches.find((b) => admits([b.type ?? []].flat(), node));
  if (branch) return validateNode(walk, branch, node, path, depth + 1);
  const wanted = eitherOf(
    branches.flatMap((b) => [b.type ?? []].flat().map((t) => TYPE_WORDS[t])),
  );
  report(walk, node, path, `${path} must be ${wanted}, got ${got(node)}`);
  return undefined;
}

function validateScalar(
  walk: Walk,
  schema: SchemaNode,
  node: Node | null,
  path: string,
  types: JsonType[],
): unknown {
  const scalar = isScalar(node) ? node : undefined;
  const value = scalar?.value ?? null;
  const fail = (text: string) => {
    report(walk, node, path, `${path} ${text}`);
    return undefined;
  };
  if (schema.enum && !schema.enum.includes(value))
    return fail(`must be one of ${schema.enum.join(", ")}, got ${got(node)}`);
  if (typeof value === "string") {
    const problem = stringProblem(schema, value);
    if (problem) return fail(problem);
  }
  if (typeof value === "number") {
    const problem = numberProblem(schema, value);
    if (problem) return fail(problem);
  }
  // Where a string is also accepted (map values), keep what was written: `1.10` stays "1.10".
  if (types.includes("string") && typeof value !== "string")
    return scalar?.source ?? String(value);
  return value;
}

function validateList(
  walk: Walk,
  schema: SchemaNode,
  node: Node & { items: unknown[] },
  path: string,
  depth: number,
): unknown {
  const count = node.items.length;
  if (schema.minItems !== undefined && count < schema.minItems) {
    report(
      walk,
      node,
      path,
      `${path} must have at least ${schema.minItems} item(s)`,
    );
    return undefined;
  }
  if (schema.maxItems !== undefined && count > schema.maxItems) {
    report(
      walk,
      node,
      path,
      `${path} must have at most ${schema.maxItems} items, got ${count}`,
    );
    return undefined;
  }
  const values = node.items.map((item, index) =>
    schema.items
      ? validateNode(
          walk,
          schema.items,
          item as Node,
          `${path}[${index}]`,
          depth + 1,
        )
      : undefined,
  );
  return values.includes(undefined) ? undefined : values;
}

/** A key as messages show it: its text, cut to MAX_SHOWN characters. */
function keyName(key: unknown): string {
  if (!isScalar(key)) return "(a key that is not text)";
  const text = String(key.value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function validateMap(
  walk: Walk,
  schema: SchemaNode,
  node: Node & { items: { key: unknown; value: unknown }[] },
  path: string,
  depth: number,
): unknown {
  const result: Record<string, unknown> = {};
  let valid = true;
  const prefix = path === "" ? "" : `${path}.`;
  if (
    schema.maxProperties !== undefined &&
    node.items.length > schema.maxProperties
  ) {
    report(
      walk,
      node,
      path,
      `${path} has ${node.items.length} keys (at most ${schema.maxProperties})`,
    );
    return undefined;
  }
  for (const pair of node.items) {
    const name = keyName(pair.key);
    const keyPath = `${prefix}${name}`;
    const child = childSchema(walk, schema, pair.key as Node, keyPath);
    const value = child
      ? validateNode(walk, child, pair.value as Node | null, keyPath, depth + 1)
      : undefined;
    if (value === undefined) valid = false;
    else result[name] = value;
  }
  for (const name of schema.required ?? []) {
    if (!(name in result) && valid) {
      report(walk, node, path, `${prefix}${name} is required`);
      valid = false;
    }
  }
  return valid ? result : undefined;
}

/** The schema of one key of a map, or undefined (and a problem) when the key is not allowed. */
function childSchema(
  walk: Walk,
  schema: SchemaNode,
  key: Node,
  keyPath: string,
): SchemaNode | undefined {
  const name = keyName(key);
  const known = schema.properties?.[name];
  if (known && isScalar(key) && typeof key.value === "string") return known;
  const extra = schema.additionalProperties;
  if (typeof extra !== "object") {
    const names = Object.keys(schema.properties ?? {});
    const near = nearestName(name, names);
    const parent = keyPath.slice(0, keyPath.length - name.length);
    const hint = near
      ? `did you mean ${parent}${near}?`
      : `known keys: ${names.join(", ")}`;
    report(walk, key, keyPath, `unknown key ${keyPath} (${hint})`);
    return undefined;
  }
  const naming = schema.propertyNames
    ? resolveRef(walk.root, schema.propertyNames)
    : undefined;
  const problem = naming ? stringProblem(naming, name, false) : undefined;
  if (problem) {
    const parent = keyPath.slice(0, -name.length - 1);
    report(walk, key, keyPath, `key ${shown(name)} in ${parent} ${problem}`);
    return undefined;
  }
  return extra;
}
