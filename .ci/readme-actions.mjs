#!/usr/bin/env node
// Keeps the README's action reference in step with each action.yml: the text between
// `<!-- action:NAME -->` and `<!-- /action:NAME -->` is generated from actions/NAME/action.yml
// (or the root action.yml for NAME "modelship").
// Usage: node .ci/readme-actions.mjs --write | --check
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "..");
const mode = process.argv[2];
if (mode !== "--write" && mode !== "--check") {
  console.error("usage: readme-actions.mjs --write | --check");
  process.exit(2);
}

const cell = (text) => String(text ?? "").trim().replaceAll("|", "\\|").replace(/\s*\n\s*/g, " ");
const code = (text) => (text === undefined || text === "" ? "" : `\`${String(text).replaceAll("`", "'")}\``);

function render(name) {
  const file = name === "modelship" ? "action.yml" : `actions/${name}/action.yml`;
  const action = parse(readFileSync(path.join(root, file), "utf8"));
  const lines = [`**${cell(action.description)}**`, "", `\`uses: modelship-dev/modelship/${name === "modelship" ? "" : `actions/${name}`}@v1\``.replace("/@v1", "@v1"), ""];
  const inputs = Object.entries(action.inputs ?? {});
  if (inputs.length) {
    lines.push("| input | required | default | description |", "| --- | --- | --- | --- |");
    for (const [key, spec] of inputs) {
      lines.push(`| \`${key}\` | ${spec.required ? "yes" : "no"} | ${code(spec.default)} | ${cell(spec.description)} |`);
    }
    lines.push("");
  }
  const outputs = Object.entries(action.outputs ?? {});
  if (outputs.length) {
    lines.push("| output | description |", "| --- | --- |");
    for (const [key, spec] of outputs) lines.push(`| \`${key}\` | ${cell(spec.description)} |`);
    lines.push("");
  }
  return lines.join("\n");
}

const readmePath = path.join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const updated = readme.replace(
  /(<!-- action:([a-z-]+) -->\n)[\s\S]*?(<!-- \/action:\2 -->)/g,
  (_, open, name, close) => `${open}${render(name)}${close}`,
);
if (mode === "--write") {
  writeFileSync(readmePath, updated);
} else if (updated !== readme) {
  console.error("README.md's action reference differs from action.yml: run `node .ci/readme-actions.mjs --write`.");
  process.exit(1);
}
