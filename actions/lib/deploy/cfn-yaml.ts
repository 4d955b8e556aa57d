import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Tags,
} from "yaml";

/** A JSON-like value as CloudFormation sees it, short-form tags expanded to long form. */
export type CfnValue =
  string | number | boolean | null | CfnValue[] | { [key: string]: CfnValue };

/** A parsed template plus the line of every node, keyed by `pathKey(path)`. */
export interface ParsedTemplate {
  value: CfnValue;
  lines: Map<string, number>;
  errors: { message: string; line?: number }[];
}

/** One step into a value: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** CloudFormation's short-form intrinsic tags, without the `!`. */
export const SHORT_FORM_TAGS = [
  "Ref",
  "Condition",
  "Sub",
  "GetAtt",
  "If",
  "Equals",
  "Not",
  "And",
  "Or",
  "Select",
  "Split",
  "Join",
  "ImportValue",
  "FindInMap",
  "GetAZs",
  "Base64",
  "Cidr",
  "Transform",
  "ToJsonString",
  "Length",
] as const;

/** The key a path is stored under in `ParsedTemplate.lines`. */
export function pathKey(path: readonly PathSegment[]): string {
  return path.join("\u0000");
}

/** `Resources.Service.Properties.LoadBalancers[0]` for messages. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join("");
}

// The tags only mark nodes; the expansion to `{ "Fn::X": ... }` happens in `toValue`, where the
// node (and so its line) is still at hand. One tag per node kind, because yaml picks by kind.
function customTags(): Tags {
  const tags: Tags = [];
  for (const name of SHORT_FORM_TAGS) {
    const tag = `!${name}`;
    tags.push({ tag, resolve: (s: string) => s });
    tags.push({ tag, collection: "seq", resolve: (n: unknown) => n });
    tags.push({ tag, collection: "map", resolve: (n: unknown) => n });
  }
  return tags;
}

function expandTag(tag: string, inner: CfnValue): CfnValue {
  const name = tag.slice(1);
  if (name === "Ref" || name === "Condition") return { [name]: inner };
  if (name === "GetAtt" && typeof inner === "string") {
    const dot = inner.indexOf(".");
    const parts =
      dot < 0 ? [inner] : [inner.slice(0, dot), inner.slice(dot + 1)];
    return { "Fn::GetAtt": parts };
  }
  return { [`Fn::${name}`]: inner };
}

interface Walk {
  doc: Document;
  counter: LineCounter;
  lines: Map<string, number>;
}

function toValue(
  node: Node | null | undefined,
  path: PathSegment[],
  w: Walk,
): CfnValue {
  if (!node) return null;
  if (node.range) {
    w.lines.set(pathKey(path), w.counter.linePos(node.range[0]).line);
  }
  if (isAlias(node)) return toValue(node.resolve(w.doc), path, w);
  let value: CfnValue;
  if (isMap(node)) {
    const obj: Record<string, CfnValue> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key)
        ? String(pair.key.value)
        : String(pair.key);
      obj[key] = toValue(pair.value as Node | null, [...path, key], w);
    }
    value = obj;
  } else if (isSeq(node)) {
    value = node.items.map((item, i) =>
      toValue(item as Node | null, [...path, i], w),
    );
  } else if (isScalar(node)) {
    const v = node.value;
    value =
      v === null || ["string", "number", "boolean"].includes(typeof v)
        ? (v as CfnValue)
        : String(v);
  } else {
    value = null;
  }
  const tag = node.tag;
  return tag && tag.startsWith("!") ? expandTag(tag, value) : value;
}

/**
 * Parses CloudFormation YAML (or JSON, which is YAML) with the short-form tags, expanding each
 * to its long form so later checks see one shape. Keeps line numbers for the findings.
 */
export function parseTemplate(text: string): ParsedTemplate {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    customTags: customTags(),
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const errors = [...doc.errors, ...doc.warnings].map((e) => ({
    message: e.message.split("\n")[0] ?? e.message,
    line: counter.linePos(e.pos[0]).line,
  }));
  const lines = new Map<string, number>();
  const value = toValue(doc.contents, [], { doc, counter, lines });
  return { value, lines, errors };
}

/** The line of the deepest node on `path` that the parser saw. */
export function lineOf(
  parsed: Pick<ParsedTemplate, "lines">,
  path: readonly PathSegment[],
): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = parsed.lines.get(pathKey(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}
