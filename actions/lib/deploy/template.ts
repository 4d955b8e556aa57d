import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { MAX_TEMPLATE_BYTES } from "../aws/stack.js";
import { parseTemplate } from "./cfn-yaml.js";
import { ConfigurationError } from "../errors.js";

/** A CloudFormation template read from disk, with the parameters it declares. */
export interface TemplateFile {
  path: string;
  body: string;
  parameters: Set<string>;
  /**
   * The resource types it declares, sorted and unique: the change set's `ResourceTypes`, which
   * the GitHub role's `cloudformation:ResourceTypes` condition checks (every one must be allowed).
   */
  resourceTypes: string[];
}

type Section = Record<string, unknown>;
const isSection = (value: unknown): value is Section =>
  !!value && typeof value === "object" && !Array.isArray(value);

/** The `Type` of every resource in a parsed template's Resources section, sorted and unique. */
export function resourceTypesOf(resources: Section): string[] {
  const types = Object.values(resources).map((resource) =>
    isSection(resource) ? resource.Type : undefined,
  );
  return [
    ...new Set(types.filter((t): t is string => typeof t === "string")),
  ].sort();
}

/** Walks up from `start` to the first directory holding `relative` (the action's repo root). */
export function findUp(start: string, relative: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A template shipped in stack-templates/, found by walking up from the bundle's directory. */
export function builtInTemplate(actionDir: string, name: string): string {
  return (
    findUp(actionDir, path.join("stack-templates", name)) ??
    path.join("stack-templates", name)
  );
}

/**
 * Reads a template and the names of its parameters; a missing, oversized or broken file is the
 * user's to fix. The size cap is CloudFormation's own limit for an inline template body.
 */
export function readTemplate(file: string, what: string): TemplateFile {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new ConfigurationError(`${what} "${file}" does not exist`);
  }
  if (statSync(file).size > MAX_TEMPLATE_BYTES) {
    throw new ConfigurationError(
      `${what} "${file}" is larger than CloudFormation's ${MAX_TEMPLATE_BYTES} bytes for a template body`,
    );
  }
  const body = readFileSync(file, "utf8");
  const parsed = parseTemplate(body);
  const value: unknown = parsed.value;
  const declared = isSection(value) ? value.Parameters : undefined;
  const resources = isSection(value) ? value.Resources : undefined;
  if (
    parsed.errors.length > 0 ||
    !isSection(declared) ||
    !isSection(resources)
  ) {
    const missing = isSection(declared) ? "Resources" : "Parameters";
    const why = parsed.errors[0]?.message ?? `it has no ${missing} section`;
    throw new ConfigurationError(
      `${what} "${file}" is not a usable CloudFormation template: ${why.slice(0, 200)}`,
    );
  }
  return {
    path: file,
    body,
    parameters: new Set(Object.keys(declared)),
    resourceTypes: resourceTypesOf(resources),
  };
}

/** Fails when a parameter is not declared by the template (CloudFormation would reject it). */
export function checkDeclared(
  params: Map<string, string>,
  template: TemplateFile,
  input: string,
): void {
  for (const key of params.keys()) {
    if (!template.parameters.has(key)) {
      throw new ConfigurationError(
        `input "${input}": parameter "${key}" is not declared in ${template.path} (it declares ${[...template.parameters].join(", ")})`,
      );
    }
  }
}
