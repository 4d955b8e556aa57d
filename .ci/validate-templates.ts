// Validates CloudFormation templates against AWS's resource specification.
// Usage: npx tsx .ci/validate-templates.ts stack-templates/*.yml   (exit 1 on any finding)
import { readFileSync } from "node:fs";
import { awsResourceSpec } from "../actions/lib/cfn/spec.js";
import {
  formatFinding,
  validateTemplate,
} from "../actions/lib/cfn/validate.js";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: validate-templates.ts TEMPLATE...");
  process.exit(2);
}
const started = performance.now();
const spec = awsResourceSpec();
const loaded = performance.now();
let total = 0;
for (const file of files) {
  const findings = validateTemplate(readFileSync(file, "utf8"), { spec });
  total += findings.length;
  for (const f of findings) console.error(formatFinding(file, f));
  if (findings.length === 0) console.log(`${file}: ok`);
}
const ms = (from: number, to = performance.now()) => Math.round(to - from);
console.log(
  `${files.length} template(s), ${total} finding(s); spec load ${ms(started, loaded)} ms, checks ${ms(loaded)} ms`,
);
process.exit(total > 0 ? 1 : 0);
