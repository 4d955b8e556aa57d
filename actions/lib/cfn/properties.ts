import type { CfnValue, PathSegment } from "./parse.js";
import type { SpecProperty, SpecType } from "./spec.js";

/** Receives one finding about the value at `path`. */
export type Report = (
  rule: PropertyRule,
  path: PathSegment[],
  message: string,
) => void;

/** The findings this module can produce. */
export type PropertyRule =
  "unknown-property" | "missing-required-property" | "wrong-value-type";

/** Tag type of the older specification: `{ Key, Value }`, both required. */
const TAG_PROPERTIES: Record<string, SpecProperty> = {
  Key: { required: true, type: { type: "string" } },
  Value: { required: true, type: { type: "string" } },
};

type Obj = { [key: string]: CfnValue };

/** A plain mapping (not a sequence, not a scalar). */
export function isObject(value: CfnValue | undefined): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{ Ref: ... }` or `{ "Fn::X": ... }`: the value is only known at deploy time. */
export function intrinsicName(value: CfnValue | undefined): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  return key === "Ref" || key.startsWith("Fn::") ? key : undefined;
}

function describeValue(value: CfnValue): string {
  if (Array.isArray(value)) return "a list";
  if (isObject(value)) return "a mapping";
  return JSON.stringify(value);
}

function suggestion(name: string, known: string[]): string {
  const lower = name.toLowerCase();
  const close = known.find((k) => k.toLowerCase() === lower);
  return close ? ` (did you mean ${close}?)` : "";
}

/**
 * Checks a properties mapping against the spec: unknown names, missing required ones, and each
 * value's shape. `Fn::If` is followed into both branches, so a conditional value is still checked.
 */
export function checkProperties(
  value: CfnValue | undefined,
  spec: Record<string, SpecProperty>,
  where: { path: PathSegment[]; owner: string; report: Report },
): void {
  const { path, owner, report } = where;
  if (value === undefined || value === null) value = {};
  if (intrinsicName(value))
    return checkIntrinsic(value as Obj, where, (v, p) =>
      checkProperties(v, spec, { ...where, path: p }),
    );
  if (!isObject(value)) {
    report(
      "wrong-value-type",
      path,
      `${owner} expects a mapping, got ${describeValue(value)}`,
    );
    return;
  }
  const known = Object.keys(spec);
  for (const [name, v] of Object.entries(value)) {
    const prop = spec[name];
    if (!prop) {
      report(
        "unknown-property",
        [...path, name],
        `${owner} has no property "${name}"${suggestion(name, known)}`,
      );
      continue;
    }
    checkValue(v, prop.type, {
      path: [...path, name],
      owner: `${owner}.${name}`,
      report,
    });
  }
  for (const [name, prop] of Object.entries(spec)) {
    if (prop.required && !(name in value)) {
      report(
        "missing-required-property",
        path,
        `${owner} requires property "${name}"`,
      );
    }
  }
}

// Only `Fn::If` has parts whose shape we know (its two branches); `AWS::NoValue` removes a value.
function checkIntrinsic(
  value: Obj,
  where: { path: PathSegment[] },
  check: (v: CfnValue, path: PathSegment[]) => void,
): void {
  const args = value["Fn::If"];
  if (!Array.isArray(args) || args.length !== 3) return;
  for (const i of [1, 2]) {
    const branch = args[i] as CfnValue;
    if (isObject(branch) && branch.Ref === "AWS::NoValue") continue;
    check(branch, [...where.path, "Fn::If", i]);
  }
}

const PRIMITIVE_CHECKS: Record<string, (v: CfnValue) => boolean> = {
  string: (v) => typeof v !== "object" || v === null,
  "date-time": (v) => typeof v === "string",
  number: (v) =>
    typeof v === "number" ||
    (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))),
  integer: (v) =>
    Number.isInteger(typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  boolean: (v) => typeof v === "boolean" || v === "true" || v === "false",
};

/** Checks one value against its spec type. */
export function checkValue(
  value: CfnValue,
  type: SpecType,
  where: { path: PathSegment[]; owner: string; report: Report },
): void {
  const { path, owner, report } = where;
  if (intrinsicName(value)) {
    return checkIntrinsic(value as Obj, where, (v, p) =>
      checkValue(v, type, { ...where, path: p }),
    );
  }
  const wrong = (expected: string) =>
    report(
      "wrong-value-type",
      path,
      `${owner} expects ${expected}, got ${describeValue(value)}`,
    );
  switch (type.type) {
    case "json":
    case "null":
      return;
    case "ref":
      return checkProperties(value, type.properties, {
        ...where,
        owner: type.name,
      });
    case "tag":
      return checkProperties(value, TAG_PROPERTIES, { ...where, owner: "Tag" });
    case "array":
      if (!Array.isArray(value)) return wrong("a list");
      value.forEach((item, i) =>
        checkValue(item, type.element, { ...where, path: [...path, i] }),
      );
      return;
    case "map":
      if (!isObject(value)) return wrong("a mapping");
      for (const [k, v] of Object.entries(value)) {
        checkValue(v, type.element, { ...where, path: [...path, k] });
      }
      return;
    case "union":
      return checkUnion(value, type.types, where);
    default: {
      const ok = PRIMITIVE_CHECKS[type.type];
      if (ok && !ok(value)) wrong(`a ${type.type}`);
    }
  }
}

// A union is checked only where the value's shape picks exactly one member; otherwise any member
// could match and a finding would be a guess.
function checkUnion(
  value: CfnValue,
  types: SpecType[],
  where: { path: PathSegment[]; owner: string; report: Report },
): void {
  const structured = types.filter((t) =>
    ["ref", "tag", "map", "json"].includes(t.type),
  );
  const lists = types.filter((t) => t.type === "array");
  let candidates: SpecType[];
  if (Array.isArray(value)) candidates = lists;
  else if (isObject(value)) candidates = structured;
  else
    candidates = types.filter(
      (t) => t.type in PRIMITIVE_CHECKS || t.type === "json",
    );
  if (candidates.length === 1)
    return checkValue(value, candidates[0] as SpecType, where);
  if (candidates.length === 0) {
    where.report(
      "wrong-value-type",
      where.path,
      `${where.owner} expects one of ${types.map((t) => t.type).join(", ")}, got ${describeValue(value)}`,
    );
  }
}
