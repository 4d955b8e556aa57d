import { readFileSync } from "node:fs";
import {
  parseTemplate,
  type CfnValue,
} from "../../actions/lib/deploy/cfn-yaml.js";

/** The shipped templates, by file name. */
export const TEMPLATE_NAMES = [
  "shared.yml",
  "version.yml",
  "batch.yml",
  "github-oidc-role.yml",
  "stream.yml",
] as const;

/** Where a shipped template lives. */
export const templatePath = (name: string): string =>
  new URL(`../../stack-templates/${name}`, import.meta.url).pathname;

/** A shipped template's text. */
export const readTemplateText = (name: string): string =>
  readFileSync(templatePath(name), "utf8");

/** A shipped template, parsed (short-form tags in long form). */
export const loadTemplate = (name: string): { [key: string]: CfnValue } =>
  parseTemplate(readTemplateText(name)).value as { [key: string]: CfnValue };

/** Replaces exactly one occurrence, so a broken variant never silently equals the original. */
export function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}
