import { formatNumber as f } from "../metrics-file.js";
import type { MetricDelta } from "./deltas.js";
import type { GateResult, HistoryPoint } from "./evaluate.js";
import { signed, type RuleResult } from "./rules.js";

/** How the report is labelled. */
export interface ReportOptions {
  /** Keeps two gates (two apps) in one PR apart: part of the hidden marker. */
  app: string;
  /** Column header for the candidate, e.g. `PR`. */
  candidateLabel?: string;
  /** Leave out the collapsed table of metrics without rules (to fit GitHub's comment limit). */
  compact?: boolean;
  /** Most metrics charted. */
  maxCharts?: number;
}

/** The hidden marker that finds this gate's comment again. */
export function commentMarker(app: string): string {
  return `<!-- modelship:accuracy-gate app=${app.replace(/[^\w.-]/g, "_")} -->`;
}

const ICON = { pass: "✅", fail: "❌", skipped: "⏭️" } as const;
const ARROW = { up: "↑", down: "↓", same: "=" } as const;

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function code(text: string): string {
  return `\`${cell(text).replaceAll("`", "'")}\``;
}

function num(value: number | undefined): string {
  return value === undefined ? "—" : f(value);
}

/** The Δ cell: arrow, signed change, and whether that is better or worse. */
export function deltaCell(d: MetricDelta): string {
  if (d.change === "new") return "new";
  if (d.change === "removed") return "removed";
  if (d.delta === undefined || d.direction === undefined) return "—";
  const judged = d.change === "neutral" ? "" : ` ${d.change}`;
  return `${ARROW[d.direction]} ${signed(d.delta)}${judged}`;
}

function ruleCell(results: readonly RuleResult[]): string {
  return results
    .map(
      (r) =>
        `${code(`${r.rule.kind === "delta" ? "Δ " : ""}${r.rule.op} ${r.rule.threshold}`)} ${ICON[r.status]}`,
    )
    .join("<br>");
}

function verdictCell(results: readonly RuleResult[]): string {
  if (results.length === 0) return "";
  if (results.some((r) => r.status === "fail")) return `${ICON.fail} fail`;
  if (results.some((r) => r.status === "pass")) return `${ICON.pass} pass`;
  return `${ICON.skipped} skipped`;
}

function table(
  deltas: readonly MetricDelta[],
  results: readonly RuleResult[],
  candidateLabel: string,
): string {
  const rows = deltas.map((d) => {
    const mine = results.filter((r) => r.rule.metric === d.metric);
    return `| ${code(d.metric)} | ${num(d.base)} | ${num(d.value)} | ${deltaCell(d)} | ${ruleCell(mine)} | ${verdictCell(mine)} |`;
  });
  return [
    `| Metric | Base | ${cell(candidateLabel)} | Δ | Rule | Verdict |`,
    "| --- | ---: | ---: | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function headline(result: GateResult): string {
  const total = result.results.length;
  if (total === 0)
    return "## ✅ Accuracy gate: no rules, metrics reported only";
  const checked = total - result.skipped.length;
  return result.passed
    ? `## ✅ Accuracy gate passed (${checked} of ${total} rules checked)`
    : `## ❌ Accuracy gate failed: ${result.failed.length} of ${total} rules`;
}

function baselineLine(result: GateResult): string {
  const { baseline, noBaselineReason } = result.input;
  if (baseline) return `Baseline: **${cell(baseline.label)}**.`;
  const delta = result.skipped.length;
  const why = noBaselineReason ? ` (${noBaselineReason})` : "";
  return (
    `> [!WARNING]\n> No baseline${why}: only absolute rules were checked` +
    (delta > 0 ? `; ${delta} delta rule(s) were skipped, not passed.` : ".")
  );
}

function rulesList(result: GateResult): string[] {
  if (result.results.length === 0) return [];
  return [
    "### Rules",
    "",
    ...result.results.map(
      (r) =>
        `- ${ICON[r.status]} ${code(r.rule.text)} (line ${r.rule.line}): ${cell(r.detail)}`,
    ),
    "",
  ];
}

/** The metrics worth charting: those with rules, else accuracy, else the first. */
function chartedMetrics(result: GateResult, max: number): string[] {
  const ruled = [...new Set(result.input.rules.map((r) => r.metric))];
  if (ruled.length > 0) return ruled.slice(0, max);
  const names = [...result.input.candidate.keys()];
  return [names.includes("accuracy") ? "accuracy" : (names[0] ?? "")];
}

/**
 * A mermaid `xychart-beta` line of one metric over the given points, or undefined when fewer
 * than two points have it (a single point is not a trend).
 */
export function mermaidChart(
  metric: string,
  points: readonly HistoryPoint[],
): string | undefined {
  const have = points.filter((p) => p.metrics.has(metric));
  if (have.length < 2) return undefined;
  const values = have.map((p) => p.metrics.get(metric) ?? 0);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.1 : Math.abs(high) * 0.05 || 1;
  const label = (s: string) => JSON.stringify(s.replace(/["\n\r]/g, ""));
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${label(metric)}`,
    `  x-axis [${have.map((p) => label(p.label)).join(", ")}]`,
    `  y-axis ${label(metric)} ${f(low - pad)} --> ${f(high + pad)}`,
    `  line [${values.join(", ")}]`,
    "```",
  ].join("\n");
}

function charts(result: GateResult, options: ReportOptions): string[] {
  const candidateLabel = options.candidateLabel ?? "PR";
  const points = [
    ...result.input.history,
    { label: candidateLabel, metrics: result.input.candidate },
  ];
  const drawn = chartedMetrics(result, options.maxCharts ?? 3)
    .map((m) => mermaidChart(m, points))
    .filter((c): c is string => c !== undefined);
  return drawn.length === 0 ? [] : ["### History", "", ...drawn, ""];
}

/**
 * The gate's markdown: headline, baseline, a metric / base / candidate / Δ / rule / verdict table,
 * the rules with their numbers, and history charts. Used for the job summary and the PR comment.
 */
export function renderReport(
  result: GateResult,
  options: ReportOptions,
): string {
  const candidateLabel = options.candidateLabel ?? "PR";
  const ruled = new Set(result.input.rules.map((r) => r.metric));
  // Rules and top-level metrics up front; per-class and other nested figures fold away.
  const main = result.deltas.filter(
    (d) => ruled.has(d.metric) || !d.metric.includes("."),
  );
  const rest = result.deltas.filter((d) => !main.includes(d));
  const lines = [
    commentMarker(options.app),
    headline(result),
    "",
    baselineLine(result),
    "",
    table(main, result.results, candidateLabel),
    "",
  ];
  if (rest.length > 0) {
    lines.push(
      options.compact
        ? `${rest.length} more metrics are in the job summary.`
        : `<details><summary>${rest.length} more metrics</summary>\n\n${table(rest, [], candidateLabel)}\n\n</details>`,
      "",
    );
  }
  lines.push(...rulesList(result), ...charts(result, options));
  return lines.join("\n");
}
