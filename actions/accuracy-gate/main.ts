import { planComment, upsertComment } from "../lib/gate/comment.js";
import {
  deltasOutput,
  evaluateGate,
  type GateResult,
} from "../lib/gate/evaluate.js";
import {
  GATE_INPUTS,
  readGateInputs,
  type GateInputs,
} from "../lib/gate/inputs.js";
import { loadGateInput } from "../lib/gate/load.js";
import { commentMarker, renderReport } from "../lib/gate/report.js";
import type { Logger } from "../lib/logger.js";
import {
  actionsLogger,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";
import { octokitCommentClient, pullRequestContext } from "./github.js";

/** GitHub's limit on a comment body is 65,536 characters; stay clear of it. */
const COMMENT_LIMIT = 60_000;

async function comment(
  inputs: GateInputs,
  report: { full: string; compact: string },
  logger: Logger,
): Promise<void> {
  const pr = pullRequestContext(inputs.pullRequest);
  const plan = planComment(inputs.comment, pr, Boolean(inputs.githubToken));
  if (!plan.post) {
    const message = `not commenting: ${plan.reason}. The result is in the job summary.`;
    if (plan.warn) logger.warning(message);
    else logger.info(message);
    return;
  }
  const body =
    report.full.length > COMMENT_LIMIT ? report.compact : report.full;
  await upsertComment({
    client: octokitCommentClient(inputs.githubToken ?? "", pr.repository ?? ""),
    issue: plan.number,
    marker: commentMarker(inputs.app),
    author: inputs.commentAuthor,
    body,
    logger,
  });
}

function failure(result: GateResult): Error {
  const detail = result.failed.map((r) => `[${r.rule.text}] ${r.detail}`);
  return new Error(
    `${result.failed.length} of ${result.results.length} rules failed: ${detail.join("; ")}`,
  );
}

/** The accuracy gate: compare, report, comment, then pass or fail. */
export async function main(): Promise<void> {
  const inputs = readGateInputs(readActionInputs(GATE_INPUTS));
  const logger = actionsLogger;
  const input = await loadGateInput(inputs, inputs.rules, logger);
  const result = evaluateGate(input);
  for (const r of result.failed) {
    logger.error(r.detail, { title: `accuracy-gate: ${r.rule.text}` });
  }
  const options = { app: inputs.app };
  const report = {
    full: renderReport(result, options),
    compact: renderReport(result, { ...options, compact: true }),
  };
  setOutputs({
    passed: result.passed,
    deltas: deltasOutput(result.deltas),
    report: report.full,
  });
  await writeSummary(report.full);
  await logger.group("PR comment", () => comment(inputs, report, logger));
  if (!result.passed) throw failure(result);
}
