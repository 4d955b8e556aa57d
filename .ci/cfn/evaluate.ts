/**
 * Evaluates a parsed CloudFormation template the way CloudFormation would for given parameter
 * values or condition outcomes: conditions, `Fn::If`, `AWS::NoValue`, and the string functions.
 * References to resources stay symbolic unless the caller says what they resolve to. Used by the
 * project's template rules, the IAM coverage test and the time-to-serve table.
 */
import type { CfnValue } from "../../actions/lib/deploy/cfn-yaml.js";

/** A mapping in a template. */
export type CfnObject = { [key: string]: CfnValue };

/** What the intrinsic functions resolve against. */
export interface EvaluationContext {
  /** Parameter values; a list parameter is a list. Missing ones take the template's Default. */
  parameters?: Record<string, string | string[]>;
  /** Pseudo parameters such as `AWS::Region`. */
  pseudo?: Record<string, string>;
  /** Condition outcomes that win over evaluating the condition (to try every combination). */
  conditions?: Record<string, boolean>;
  /** What `Ref` of a resource gives; undefined leaves `{ Ref: id }` as it is. */
  ref?: (logicalId: string) => string | undefined;
  /** What `Fn::GetAtt` gives; undefined leaves it as it is. */
  getAtt?: (logicalId: string, attribute: string) => string | undefined;
}

/** One resource after evaluation (absent when its Condition is false). */
export interface EvaluatedResource {
  Type: string;
  Properties: CfnObject;
  Metadata?: CfnValue;
  DependsOn?: CfnValue;
}

/** A template as deployed with one set of parameter values or condition outcomes. */
export interface EvaluatedTemplate {
  resources: Record<string, EvaluatedResource>;
  outputs: Record<string, CfnValue>;
  conditions: Record<string, boolean>;
}

/** Marks a value removed by `AWS::NoValue`. */
const NO_VALUE = Symbol("NoValue");
type Evaluated = CfnValue | typeof NO_VALUE;

/** A plain mapping (not a sequence, not a scalar). */
export function isObject(value: CfnValue | undefined): value is CfnObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A section of the template as a mapping (empty when absent). */
export function sectionOf(template: CfnValue, name: string): CfnObject {
  const value = isObject(template) ? template[name] : undefined;
  return isObject(value) ? value : {};
}

class Evaluator {
  private readonly conditionCache = new Map<string, boolean>();

  constructor(
    private readonly template: CfnValue,
    private readonly context: EvaluationContext,
  ) {}

  condition(name: string): boolean {
    const given = this.context.conditions?.[name];
    if (given !== undefined) return given;
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    const body = sectionOf(this.template, "Conditions")[name];
    if (body === undefined)
      throw new Error(`condition "${name}" is not defined`);
    const result = this.value(body) === true;
    this.conditionCache.set(name, result);
    return result;
  }

  parameter(name: string): CfnValue | undefined {
    const given = this.context.parameters?.[name];
    if (given !== undefined) return given;
    const pseudo = this.context.pseudo?.[name];
    if (pseudo !== undefined) return pseudo;
    const declared = sectionOf(this.template, "Parameters")[name];
    if (!isObject(declared) || declared.Default === undefined) return undefined;
    const type = String(declared.Type);
    const text = String(declared.Default);
    return type.startsWith("List<") || type === "CommaDelimitedList"
      ? text.split(",")
      : text;
  }

  value(value: CfnValue): CfnValue {
    const result = this.evaluate(value);
    return result === NO_VALUE ? null : result;
  }

  evaluate(value: CfnValue): Evaluated {
    if (Array.isArray(value)) {
      return value
        .map((item) => this.evaluate(item))
        .filter((item): item is CfnValue => item !== NO_VALUE);
    }
    if (!isObject(value)) return value;
    const keys = Object.keys(value);
    const key = keys[0] as string;
    if (
      keys.length === 1 &&
      (key === "Ref" || key.startsWith("Fn::") || key === "Condition")
    ) {
      return this.intrinsic(key, value[key] as CfnValue, value);
    }
    const result: CfnObject = {};
    for (const [k, v] of Object.entries(value)) {
      const evaluated = this.evaluate(v);
      if (evaluated !== NO_VALUE) result[k] = evaluated;
    }
    return result;
  }

  private intrinsic(key: string, arg: CfnValue, whole: CfnObject): Evaluated {
    const list = Array.isArray(arg) ? arg : [];
    switch (key) {
      case "Ref":
        return this.ref(String(arg), whole);
      case "Condition":
        return this.condition(String(arg));
      case "Fn::If":
        return this.evaluate(
          list[this.condition(String(list[0])) ? 1 : 2] as CfnValue,
        );
      case "Fn::Equals": {
        const [a, b] = list.map((item) => this.value(item));
        return JSON.stringify(a) === JSON.stringify(b);
      }
      case "Fn::Not":
        return this.value(list[0] as CfnValue) !== true;
      case "Fn::And":
        return list.every((item) => this.value(item) === true);
      case "Fn::Or":
        return list.some((item) => this.value(item) === true);
      case "Fn::Join":
        return this.join(list, whole);
      case "Fn::Split": {
        const [separator, text] = list.map((item) => this.value(item));
        return typeof text === "string" ? text.split(String(separator)) : whole;
      }
      case "Fn::Select": {
        const [index, items] = list.map((item) => this.value(item));
        return Array.isArray(items) ? (items[Number(index)] ?? null) : whole;
      }
      case "Fn::Sub":
        return this.sub(arg, whole);
      case "Fn::GetAtt": {
        const [id, attribute] = list.map(String);
        return this.context.getAtt?.(id ?? "", attribute ?? "") ?? whole;
      }
      default:
        return whole;
    }
  }

  private ref(name: string, whole: CfnObject): Evaluated {
    if (name === "AWS::NoValue") return NO_VALUE;
    const parameter = this.parameter(name);
    if (parameter !== undefined) return parameter;
    return this.context.ref?.(name) ?? whole;
  }

  private join(list: CfnValue[], whole: CfnObject): CfnValue {
    const separator = String(list[0] ?? "");
    const items = this.value(list[1] as CfnValue);
    if (
      !Array.isArray(items) ||
      !items.every((i) => typeof i !== "object" || i === null)
    ) {
      return whole;
    }
    return items.map(String).join(separator);
  }

  // `${Name}` is a Ref, `${Name.Attr}` a GetAtt, `${!Text}` the literal `${Text}`. An unresolved
  // name leaves the whole Sub in place, so nothing half-resolved ever looks final.
  private sub(arg: CfnValue, whole: CfnObject): CfnValue {
    const [text, variables] = Array.isArray(arg)
      ? [arg[0], arg[1]]
      : [arg, undefined];
    if (typeof text !== "string") return whole;
    const local = isObject(variables) ? variables : {};
    let unresolved = false;
    const result = text.replace(/\$\{([^}]*)\}/g, (match, raw: string) => {
      const name = raw.trim();
      if (name.startsWith("!")) return `\${${name.slice(1)}}`;
      const dot = name.indexOf(".");
      const value =
        name in local
          ? this.value(local[name] as CfnValue)
          : dot > 0 && !name.startsWith("AWS::")
            ? this.value({
                "Fn::GetAtt": [name.slice(0, dot), name.slice(dot + 1)],
              })
            : this.value({ Ref: name });
      if (typeof value === "string" || typeof value === "number")
        return String(value);
      unresolved = true;
      return match;
    });
    return unresolved ? whole : result;
  }
}

/** Evaluates one value of the template (a property, a policy document, an output). */
export function evaluateValue(
  template: CfnValue,
  value: CfnValue,
  context: EvaluationContext = {},
): CfnValue {
  return new Evaluator(template, context).value(value);
}

/** The template's resources and outputs as deployed with these values. */
export function evaluateTemplate(
  template: CfnValue,
  context: EvaluationContext = {},
): EvaluatedTemplate {
  const evaluator = new Evaluator(template, context);
  const conditions = Object.fromEntries(
    Object.keys(sectionOf(template, "Conditions")).map((n) => [
      n,
      evaluator.condition(n),
    ]),
  );
  const resources: Record<string, EvaluatedResource> = {};
  for (const [id, raw] of Object.entries(sectionOf(template, "Resources"))) {
    if (!isObject(raw)) continue;
    if (
      typeof raw.Condition === "string" &&
      !evaluator.condition(raw.Condition)
    )
      continue;
    const properties = evaluator.value(raw.Properties ?? {});
    resources[id] = {
      Type: String(raw.Type),
      Properties: isObject(properties) ? properties : {},
      Metadata: raw.Metadata,
      DependsOn: raw.DependsOn,
    };
  }
  const outputs: Record<string, CfnValue> = {};
  for (const [name, raw] of Object.entries(sectionOf(template, "Outputs"))) {
    if (!isObject(raw)) continue;
    if (
      typeof raw.Condition === "string" &&
      !evaluator.condition(raw.Condition)
    )
      continue;
    outputs[name] = evaluator.value(raw.Value as CfnValue);
  }
  return { resources, outputs, conditions };
}

/**
 * Every combination of the template's condition outcomes (2^n, n is small in our templates), so
 * a rule sees each shape the stack can take, whatever the parameters.
 */
export function conditionCombinations(
  template: CfnValue,
): Record<string, boolean>[] {
  const names = Object.keys(sectionOf(template, "Conditions"));
  if (names.length > 10)
    throw new Error(`${names.length} conditions: too many to combine`);
  return Array.from({ length: 2 ** names.length }, (_, bits) =>
    Object.fromEntries(names.map((name, i) => [name, ((bits >> i) & 1) === 1])),
  );
}
