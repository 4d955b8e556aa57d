// Renders README.md's "time to serve" table from stack-templates/version.yml.
// Usage: npx tsx .ci/time-to-serve.ts --write | --check   (--check exits 1 when README differs)
import { readFileSync, writeFileSync } from "node:fs";
import { parseTemplate } from "../actions/lib/deploy/cfn-yaml.js";
import { renderTimeToServe, withTimeToServe } from "./cfn/time-to-serve.js";

const mode = process.argv[2];
if (mode !== "--write" && mode !== "--check") {
  console.error("usage: time-to-serve.ts --write | --check");
  process.exit(2);
}
const root = new URL("../", import.meta.url);
const template = parseTemplate(
  readFileSync(new URL("stack-templates/version.yml", root), "utf8"),
).value;
const readmeUrl = new URL("README.md", root);
const readme = readFileSync(readmeUrl, "utf8");
const updated = withTimeToServe(readme, renderTimeToServe(template));
if (mode === "--write") {
  writeFileSync(readmeUrl, updated);
  console.log("README.md: time-to-serve table written");
} else if (updated !== readme) {
  console.error(
    "README.md's time-to-serve table differs from version.yml: run npx tsx .ci/time-to-serve.ts --write",
  );
  process.exit(1);
}
