/**
 * The project's template validator: what cfn-lint (AWS's linter, run next to it in CI) does not
 * check. That is the project rules (rules.ts) plus two structural mistakes cfn-lint 1.x lets
 * through. Everything else (properties, types, references, conditions) is cfn-lint's alone.
 */
import {
  formatPath,
  lineOf,
  parseTemplate,
  type CfnValue,
} from "../../actions/lib/deploy/cfn-yaml.js";
import {
  conditionCombinations,
  evaluateTemplate,
  isObject,
  sectionOf,
  type CfnObject,
} from "./evaluate.js";
import { RULES, type RuleName } from "./rules.js";

/** What kind of mistake a finding is. */
export type FindingRule =
  "yaml-syntax" | "no-resources" | "rule-references-resource" | RuleName;

/** One mistake in a template. */
export interface Finding {
  rule: FindingRule;
  /** Where, e.g. `Resources.Service.Properties.DesiredCount`. */
  path: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

/** The AppName the rules evaluate templates with. */
export const PLACEHOLDER_APP = "app";

// Parameters without a default get a recognisable stand-in, so Sub and Join resolve.
function placeholders(raw: CfnObject): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, declared] of Object.entries(sectionOf(raw, "Parameters"))) {
    if (!isObject(declared) || declared.Default !== undefined) continue;
    const type = String(declared.Type);
    const list = type.startsWith("List<") || type === "CommaDelimitedList";
    values[name] = list ? [`{${name}}`] : `{${name}}`;
  }
  values.AppName = PLACEHOLDER_APP;
  return values;
}

const PSEUDO = {
  "AWS::Partition": "aws",
  "AWS::Region": "us-east-1",
  "AWS::AccountId": "123456789012",
  "AWS::StackName": "stack",
  "AWS::URLSuffix": "amazonaws.com",
};

// cfn-lint 1.51 accepts both of these; CloudFormation rejects them at deploy time.
function structural(
  raw: CfnObject,
): { rule: FindingRule; path: (string | number)[]; message: string }[] {
  const findings: {
    rule: FindingRule;
    path: (string | number)[];
    message: string;
  }[] = [];
  const resources = sectionOf(raw, "Resources");
  if (Object.keys(resources).length === 0)
    findings.push({
      rule: "no-resources",
      path: ["Resources"],
      message: "a template needs at least one resource",
    });
  const ids = new Set(Object.keys(resources));
  const walk = (value: CfnValue, path: (string | number)[]): void => {
    if (Array.isArray(value))
      return value.forEach((v, i) => walk(v, [...path, i]));
    if (!isObject(value)) return;
    if (typeof value.Ref === "string" && ids.has(value.Ref))
      findings.push({
        rule: "rule-references-resource",
        path: [...path, "Ref"],
        message: `Rules may only refer to parameters, not resource "${value.Ref}"`,
      });
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  for (const [name, rule] of Object.entries(sectionOf(raw, "Rules")))
    walk(rule, ["Rules", name]);
  return findings;
}

/**
 * Validates one template (YAML or JSON text) with the project's rules, over every combination of
 * its conditions. Returns every finding once; empty means clean.
 */
export function validateTemplate(text: string): Finding[] {
  const parsed = parseTemplate(text);
  if (parsed.errors.length > 0)
    return parsed.errors.map((e) => ({
      rule: "yaml-syntax",
      path: "",
      line: e.line,
      message: e.message,
    }));
  if (!isObject(parsed.value))
    return [
      {
        rule: "yaml-syntax",
        path: "",
        message: "a template must be a mapping",
      },
    ];
  const raw = parsed.value;
  const modelship = sectionOf(raw, "Metadata").modelship;
  const deployedBy = isObject(modelship)
    ? String(modelship["deployed-by"] ?? "")
    : undefined;
  const found = new Map<string, Finding>();
  const add = (f: {
    rule: FindingRule;
    path: (string | number)[];
    message: string;
  }) => {
    const finding = {
      rule: f.rule,
      path: formatPath(f.path),
      line: lineOf(parsed, f.path),
      message: f.message,
    };
    found.set(`${finding.rule}\u0000${finding.path}`, finding);
  };
  structural(raw).forEach(add);
  for (const conditions of conditionCombinations(raw)) {
    const shape = evaluateTemplate(raw, {
      parameters: placeholders(raw),
      pseudo: PSEUDO,
      conditions,
    });
    for (const rule of RULES)
      rule({ shape, raw, deployedBy, app: PLACEHOLDER_APP }).forEach(add);
  }
  return [...found.values()];
}

/** `file:line: [rule] path: message`, one line per finding. */
export function formatFinding(file: string, f: Finding): string {
  const where = f.line === undefined ? file : `${file}:${f.line}`;
  return `${where}: [${f.rule}] ${f.path ? `${f.path}: ` : ""}${f.message}`;
}
