// Lints CloudFormation templates: cfn-lint (AWS's linter) at every level, then the project's own
// rules (.ci/cfn/rules.ts) for what cfn-lint cannot know.
// Usage: npx tsx .ci/validate-templates.ts stack-templates/*.yml
// Exit codes: 0 clean, 1 findings, 2 usage or cfn-lint missing.
import { readFileSync } from "node:fs";
import {
  CfnLintMissingError,
  cfnLint,
  cfnLintVersion,
  formatLintFinding,
} from "./cfn/lint.js";
import { formatFinding, validateTemplate } from "./cfn/validate.js";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: validate-templates.ts TEMPLATE...");
  process.exit(2);
}
try {
  const version = await cfnLintVersion();
  const started = performance.now();
  const lint = await cfnLint(files);
  for (const finding of lint) console.error(formatLintFinding(finding));
  let own = 0;
  for (const file of files) {
    const findings = validateTemplate(readFileSync(file, "utf8"));
    own += findings.length;
    for (const f of findings) console.error(formatFinding(file, f));
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `${files.length} template(s): cfn-lint ${version} ${lint.length} finding(s), project rules ${own} finding(s) (${ms} ms)`,
  );
  process.exit(lint.length + own > 0 ? 1 : 0);
} catch (error) {
  if (error instanceof CfnLintMissingError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
