import type { CfnValue, PathSegment } from "./parse.js";
import { isObject } from "./properties.js";
import type { SpecSource } from "./spec.js";

/** The findings this module can produce. */
export type ReferenceRule =
  | "undefined-reference"
  | "unknown-attribute"
  | "undefined-condition"
  | "unused-condition"
  | "undefined-mapping"
  | "bad-intrinsic";

/** Parameters CloudFormation defines in every stack. */
export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix",
]);

/** The names a template defines, and the spec to look attributes up in. */
export interface Names {
  parameters: ReadonlySet<string>;
  /** Logical id → resource type. */
  resources: ReadonlyMap<string, string>;
  conditions: ReadonlySet<string>;
  mappings: ReadonlySet<string>;
  spec: SpecSource;
}

/** Where a value sits: Conditions and Rules may only use parameters, never resources. */
export type Section = "Conditions" | "Rules" | "Resources" | "Outputs";

type Report = (
  rule: ReferenceRule,
  path: PathSegment[],
  message: string,
) => void;

/** Walks template values, checking every reference; remembers which conditions were used. */
export class ReferenceChecker {
  /** Conditions named anywhere (resource/output `Condition`, `Fn::If`, `Condition` in conditions). */
  readonly usedConditions = new Set<string>();

  constructor(
    private readonly names: Names,
    private readonly report: Report,
  ) {}

  /** Checks that `name` is a defined condition and marks it used. */
  condition(name: CfnValue, path: PathSegment[]): void {
    if (typeof name !== "string") {
      this.report(
        "bad-intrinsic",
        path,
        `a condition name must be a string, got ${JSON.stringify(name)}`,
      );
      return;
    }
    this.usedConditions.add(name);
    if (!this.names.conditions.has(name)) {
      this.report(
        "undefined-condition",
        path,
        `condition "${name}" is not defined in Conditions`,
      );
    }
  }

  /** Checks a `Ref` target. */
  ref(target: CfnValue, path: PathSegment[], section: Section): void {
    if (typeof target !== "string") {
      this.report(
        "bad-intrinsic",
        path,
        `Ref needs a name, got ${JSON.stringify(target)}`,
      );
      return;
    }
    if (PSEUDO_PARAMETERS.has(target) || this.names.parameters.has(target))
      return;
    if (this.names.resources.has(target)) {
      if (section === "Conditions" || section === "Rules") {
        this.report(
          "undefined-reference",
          path,
          `${section} may only Ref parameters, not resource "${target}"`,
        );
      }
      return;
    }
    this.report(
      "undefined-reference",
      path,
      `Ref "${target}" names no parameter or resource`,
    );
  }

  /** Checks a `Fn::GetAtt` resource and, when the type is known, its attribute. */
  getAtt(resource: string, attribute: CfnValue, path: PathSegment[]): void {
    const type = this.names.resources.get(resource);
    if (type === undefined) {
      this.report(
        "undefined-reference",
        path,
        `GetAtt "${resource}" names no resource`,
      );
      return;
    }
    if (typeof attribute !== "string") return; // computed at deploy time
    const spec = this.names.spec.resource(type);
    if (!spec || spec.attributes.has(attribute)) return;
    const known = [...spec.attributes].sort().join(", ") || "none";
    this.report(
      "unknown-attribute",
      path,
      `${type} "${resource}" has no attribute "${attribute}" (known: ${known})`,
    );
  }

  /** Walks any value, checking every intrinsic function inside it. */
  walk(
    value: CfnValue | undefined,
    path: PathSegment[],
    section: Section,
  ): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.walk(v, [...path, i], section));
      return;
    }
    if (!isObject(value)) return;
    const keys = Object.keys(value);
    if (keys.length === 1)
      this.intrinsic(keys[0] as string, value, path, section);
    for (const [k, v] of Object.entries(value))
      this.walk(v, [...path, k], section);
  }

  private intrinsic(
    key: string,
    value: { [key: string]: CfnValue },
    path: PathSegment[],
    section: Section,
  ): void {
    const arg = value[key] as CfnValue;
    const at = [...path, key];
    if (key === "Ref") return this.ref(arg, at, section);
    if (key === "Condition" && section === "Conditions")
      return this.condition(arg, at);
    if (key === "Fn::If") {
      if (!Array.isArray(arg) || arg.length !== 3) {
        return this.report(
          "bad-intrinsic",
          at,
          "Fn::If needs [condition, value if true, value if false]",
        );
      }
      return this.condition(arg[0] as CfnValue, [...at, 0]);
    }
    if (key === "Fn::GetAtt") return this.getAttArgs(arg, at);
    if (key === "Fn::Sub") return this.sub(arg, at, section);
    if (
      key === "Fn::FindInMap" &&
      Array.isArray(arg) &&
      typeof arg[0] === "string"
    ) {
      if (!this.names.mappings.has(arg[0])) {
        this.report(
          "undefined-mapping",
          [...at, 0],
          `mapping "${arg[0]}" is not defined in Mappings`,
        );
      }
    }
  }

  private getAttArgs(arg: CfnValue, at: PathSegment[]): void {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string") {
      this.report(
        "bad-intrinsic",
        at,
        `Fn::GetAtt needs "Resource.Attribute" or [Resource, Attribute]`,
      );
      return;
    }
    this.getAtt(arg[0], arg[1] as CfnValue, at);
  }

  // `${Name}` is a Ref, `${Name.Attr}` a GetAtt, `${!Literal}` text; names in the variable map of
  // the list form shadow both.
  private sub(arg: CfnValue, at: PathSegment[], section: Section): void {
    const [text, vars] = Array.isArray(arg)
      ? [arg[0], arg[1]]
      : [arg, undefined];
    if (typeof text !== "string") {
      if (!Array.isArray(arg))
        this.report(
          "bad-intrinsic",
          at,
          "Fn::Sub needs a string or [string, variables]",
        );
      return;
    }
    const local = isObject(vars)
      ? new Set(Object.keys(vars))
      : new Set<string>();
    for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
      const name = (match[1] as string).trim();
      if (name.startsWith("!") || local.has(name)) continue;
      const dot = name.indexOf(".");
      if (dot > 0 && !PSEUDO_PARAMETERS.has(name)) {
        this.getAtt(name.slice(0, dot), name.slice(dot + 1), at);
      } else {
        this.ref(name, at, section);
      }
    }
  }
}
