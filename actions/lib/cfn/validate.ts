import {
  formatPath,
  lineOf,
  parseTemplate,
  type CfnValue,
  type PathSegment,
} from "./parse.js";
import { checkProperties, isObject, type PropertyRule } from "./properties.js";
import { ReferenceChecker, type ReferenceRule } from "./refs.js";
import { awsResourceSpec, type SpecSource } from "./spec.js";

/** What kind of mistake a finding is. */
export type FindingRule =
  | "yaml-syntax"
  | "template-structure"
  | "unknown-resource-type"
  | PropertyRule
  | ReferenceRule;

/** One mistake in a template. */
export interface Finding {
  rule: FindingRule;
  /** Where, e.g. `Resources.Service.Properties.LoadBalancers[0]`. */
  path: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

const SECTIONS = new Set([
  "AWSTemplateFormatVersion",
  "Description",
  "Metadata",
  "Parameters",
  "Rules",
  "Mappings",
  "Conditions",
  "Transform",
  "Resources",
  "Outputs",
]);
const RESOURCE_KEYS = new Set([
  "Type",
  "Properties",
  "DependsOn",
  "Condition",
  "Metadata",
  "DeletionPolicy",
  "UpdateReplacePolicy",
  "CreationPolicy",
  "UpdatePolicy",
]);
const OUTPUT_KEYS = new Set(["Description", "Value", "Export", "Condition"]);
const PARAMETER_TYPES =
  /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9:]+|List<AWS::[A-Za-z0-9:]+>|AWS::SSM::Parameter::Value<.+>)$/;

type Obj = { [key: string]: CfnValue };
type Emit = (rule: FindingRule, path: PathSegment[], message: string) => void;

function section(template: Obj, name: string, emit: Emit): Obj {
  const value = template[name];
  if (value === undefined) return {};
  if (isObject(value)) return value;
  emit("template-structure", [name], `${name} must be a mapping`);
  return {};
}

function checkParameters(parameters: Obj, emit: Emit): void {
  for (const [name, p] of Object.entries(parameters)) {
    const type = isObject(p) ? p.Type : undefined;
    if (typeof type !== "string" || !PARAMETER_TYPES.test(type)) {
      emit(
        "template-structure",
        ["Parameters", name, "Type"],
        `parameter "${name}" has no valid Type (got ${JSON.stringify(type)})`,
      );
      continue;
    }
    const allowed = (p as Obj).AllowedValues;
    const dflt = (p as Obj).Default;
    if (
      Array.isArray(allowed) &&
      dflt !== undefined &&
      !allowed.map(String).includes(String(dflt))
    ) {
      emit(
        "template-structure",
        ["Parameters", name, "Default"],
        `parameter "${name}" default ${JSON.stringify(dflt)} is not in AllowedValues`,
      );
    }
  }
}

function checkResource(
  id: string,
  resource: CfnValue,
  ctx: {
    spec: SpecSource;
    refs: ReferenceChecker;
    resources: ReadonlyMap<string, string>;
    emit: Emit;
  },
): void {
  const path = ["Resources", id];
  if (!isObject(resource) || typeof resource.Type !== "string") {
    ctx.emit("template-structure", path, `resource "${id}" needs a Type`);
    return;
  }
  for (const key of Object.keys(resource)) {
    if (!RESOURCE_KEYS.has(key))
      ctx.emit(
        "template-structure",
        [...path, key],
        `resource "${id}" has unknown attribute "${key}"`,
      );
  }
  if (resource.Condition !== undefined)
    ctx.refs.condition(resource.Condition, [...path, "Condition"]);
  const deps = resource.DependsOn;
  for (const [i, dep] of (Array.isArray(deps)
    ? deps
    : deps === undefined
      ? []
      : [deps]
  ).entries()) {
    if (typeof dep !== "string" || !ctx.resources.has(dep) || dep === id) {
      ctx.emit(
        "undefined-reference",
        [...path, "DependsOn", ...(Array.isArray(deps) ? [i] : [])],
        `DependsOn ${JSON.stringify(dep)} names no other resource`,
      );
    }
  }
  ctx.refs.walk(resource.Properties, [...path, "Properties"], "Resources");
  const type = resource.Type;
  if (
    type.startsWith("Custom::") ||
    type === "AWS::CloudFormation::CustomResource"
  )
    return;
  const spec = ctx.spec.resource(type);
  if (!spec) {
    ctx.emit(
      "unknown-resource-type",
      [...path, "Type"],
      `resource "${id}" has unknown type "${type}"`,
    );
    return;
  }
  checkProperties(resource.Properties, spec.properties, {
    path: [...path, "Properties"],
    owner: type,
    report: ctx.emit,
  });
}

function checkOutputs(outputs: Obj, refs: ReferenceChecker, emit: Emit): void {
  for (const [name, output] of Object.entries(outputs)) {
    const path = ["Outputs", name];
    if (!isObject(output) || output.Value === undefined) {
      emit("template-structure", path, `output "${name}" needs a Value`);
      continue;
    }
    for (const key of Object.keys(output)) {
      if (!OUTPUT_KEYS.has(key))
        emit(
          "template-structure",
          [...path, key],
          `output "${name}" has unknown key "${key}"`,
        );
    }
    if (output.Condition !== undefined)
      refs.condition(output.Condition, [...path, "Condition"]);
    refs.walk(output.Value, [...path, "Value"], "Outputs");
    refs.walk(output.Export, [...path, "Export"], "Outputs");
  }
}

// Every section is read once; a malformed one is reported and treated as empty.
function checkTemplate(template: Obj, spec: SpecSource, emit: Emit): void {
  for (const key of Object.keys(template)) {
    if (!SECTIONS.has(key))
      emit("template-structure", [key], `unknown top-level section "${key}"`);
  }
  const [parameters, resourcesSection, conditions, outputs, mappings, rules] = [
    "Parameters",
    "Resources",
    "Conditions",
    "Outputs",
    "Mappings",
    "Rules",
  ].map((name) => section(template, name, emit));
  if (Object.keys(resourcesSection as Obj).length === 0) {
    emit(
      "template-structure",
      ["Resources"],
      "a template needs at least one resource",
    );
  }
  const resources = new Map(
    Object.entries(resourcesSection as Obj).map(([id, r]) => [
      id,
      isObject(r) && typeof r.Type === "string" ? r.Type : "",
    ]),
  );
  const names = (o: Obj | undefined) => new Set(Object.keys(o as Obj));
  const refs = new ReferenceChecker(
    {
      parameters: names(parameters),
      resources,
      conditions: names(conditions),
      mappings: names(mappings),
      spec,
    },
    emit,
  );
  checkParameters(parameters as Obj, emit);
  for (const [name, rule] of Object.entries(rules as Obj))
    refs.walk(rule, ["Rules", name], "Rules");
  for (const [name, body] of Object.entries(conditions as Obj)) {
    refs.walk(body, ["Conditions", name], "Conditions");
  }
  for (const [id, resource] of Object.entries(resourcesSection as Obj)) {
    checkResource(id, resource, { spec, refs, resources, emit });
  }
  checkOutputs(outputs as Obj, refs, emit);
  for (const name of names(conditions)) {
    if (!refs.usedConditions.has(name))
      emit(
        "unused-condition",
        ["Conditions", name],
        `condition "${name}" is never used`,
      );
  }
}

/**
 * Validates one CloudFormation template (YAML or JSON text) against AWS's resource
 * specification and its own internal references. Returns every finding; empty means clean.
 */
export function validateTemplate(
  text: string,
  options: { spec?: SpecSource } = {},
): Finding[] {
  const parsed = parseTemplate(text);
  const findings: Finding[] = parsed.errors.map((e) => ({
    rule: "yaml-syntax" as const,
    path: "",
    line: e.line,
    message: e.message,
  }));
  if (findings.length > 0) return findings;
  const emit: Emit = (rule, path, message) =>
    findings.push({
      rule,
      path: formatPath(path),
      line: lineOf(parsed, path),
      message,
    });
  if (isObject(parsed.value)) {
    checkTemplate(parsed.value, options.spec ?? awsResourceSpec(), emit);
  } else {
    emit("template-structure", [], "a template must be a mapping");
  }
  return findings;
}

/** `file:line: [rule] path: message`, one line per finding. */
export function formatFinding(file: string, f: Finding): string {
  const where = f.line === undefined ? file : `${file}:${f.line}`;
  return `${where}: [${f.rule}] ${f.path ? `${f.path}: ` : ""}${f.message}`;
}
