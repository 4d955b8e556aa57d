/** The A/B test as markdown, for the job summary and the terminal: a pure function of the result. */
import { formatNumber } from "../metrics-file.js";
import type { AbResult } from "./core.js";
import type { Comparison } from "./compare.js";
import { quantileOf, type Interval } from "./intervals.js";
import type { LineupVersion } from "./lineup.js";
import { METRICS, type VersionData } from "./metrics.js";
import type { ShadowAgreement } from "./shadow.js";
import { formatInterval, type RuleVerdict } from "./verdict.js";

const STATUS_ICON: Record<RuleVerdict["status"], string> = {
  pass: "✔",
  fail: "✖",
  inconclusive: "…",
  insufficient: "…",
};

const cell = (text: string) =>
  text.replaceAll("|", "\\|").replaceAll("\n", " ");
const percent = (level: number) => `${formatNumber(level * 100)}%`;

function figure(interval: Interval | undefined, n: number): string {
  if (!interval) return n > 0 ? `n=${n}` : "—";
  return `${formatInterval(interval, false)} (n=${n})`;
}

function latencyCell(data: VersionData): string {
  const sample = data.latencySample;
  if (sample.length === 0) return "—";
  return [0.5, 0.95, 0.99]
    .map((q) => formatNumber(quantileOf(sample, q)))
    .join(" / ");
}

function versionRows(result: AbResult): string[] {
  const lineup = result.lineup;
  if (!lineup) return [];
  const byVersion = new Map<string, LineupVersion>(
    [lineup.baseline, ...lineup.candidates].map((v) => [v.names.version, v]),
  );
  const level = { level: result.request.level, seed: result.request.seed };
  const rows = result.versions.map((data, index) => {
    const role =
      index === 0
        ? "baseline"
        : data.role === "shadow"
          ? "shadow"
          : "candidate";
    const weight = byVersion.get(data.version)?.trafficWeight ?? 0;
    const accuracy = figure(
      METRICS.online_accuracy.single(data, level),
      data.accuracy.n,
    );
    const mae = figure(METRICS.online_mae.single(data, level), data.absError.n);
    return `| ${data.version} | ${role} | ${data.role === "shadow" ? "shadow" : `${weight}%`} | ${data.requests} | ${accuracy} | ${mae} | ${latencyCell(data)} |`;
  });
  return [
    "### Versions",
    "",
    `| version | role | traffic | requests | online accuracy [${percent(result.request.level)}] | online MAE | latency p50 / p95 / p99 ms |`,
    "| --- | --- | ---: | ---: | --- | --- | --- |",
    ...rows,
    "",
  ];
}

function comparisonRow(c: Comparison): string {
  const difference = c.difference ? formatInterval(c.difference, true) : "—";
  const more = c.significant
    ? ""
    : c.moreSamples !== undefined
      ? `~${c.moreSamples} per version`
      : c.difference
        ? "no difference observed"
        : "too few observations";
  const single = (i: Interval | undefined) =>
    i ? formatNumber(i.estimate) : "—";
  return `| ${c.candidate} | \`${c.metric}\` | ${single(c.baselineFigure)} | ${single(c.candidateFigure)} | ${difference} | ${c.significant ? "yes" : "no"} | ${more} |`;
}

function comparisonRows(result: AbResult): string[] {
  if (result.comparisons.length === 0) return [];
  return [
    `### Differences (candidate − baseline ${result.lineup?.baseline.names.version ?? ""})`,
    "",
    `| candidate | metric | baseline | candidate | difference [${percent(result.request.level)} interval] | significant | samples still needed |`,
    "| --- | --- | ---: | ---: | --- | --- | --- |",
    ...result.comparisons.map(comparisonRow),
    "",
  ];
}

function verdictRows(result: AbResult): string[] {
  if (result.verdicts.length === 0) return [];
  const rows = result.verdicts.map((v) => {
    const more = v.moreSamples
      ? `; ~${v.moreSamples} more per version would settle it`
      : "";
    return `| ${STATUS_ICON[v.status]} | \`${cell(v.rule.text)}\` | ${v.candidate} | ${v.status} | ${cell(v.detail)}${more} |`;
  });
  return [
    "### Rules",
    "",
    "| | rule | candidate | result | detail |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ];
}

function shadowRow(
  shadow: ShadowAgreement,
  data: VersionData | undefined,
): string {
  const agreement = shadow.agreement
    ? `${formatInterval(shadow.agreement, false)} (${shadow.agreed}/${shadow.comparable} ${shadow.compared}s)`
    : "—";
  const difference =
    shadow.meanAbsDifference === undefined
      ? "—"
      : formatNumber(shadow.meanAbsDifference);
  const latency = data ? latencyCell(data) : "—";
  return `| ${shadow.shadow} | ${shadow.servedBy.join(", ") || "—"} | ${shadow.matched} | ${agreement} | ${difference} | ${latency} |`;
}

function shadowRows(result: AbResult): string[] {
  if (result.shadows.length === 0) return [];
  const byVersion = new Map(result.versions.map((v) => [v.version, v]));
  return [
    "### Shadows",
    "",
    `| shadow | compared with | requests matched | agreement [${percent(result.request.level)}] | mean abs value difference | shadow latency p50 / p95 / p99 ms |`,
    "| --- | --- | ---: | --- | ---: | --- |",
    ...result.shadows.map((s) => shadowRow(s, byVersion.get(s.shadow))),
    "",
  ];
}

function headline(result: AbResult): string[] {
  const lineup = result.lineup;
  const names = lineup
    ? [lineup.baseline, ...lineup.candidates]
        .map((v) => v.names.version)
        .join(" vs ")
    : "no versions";
  const request = result.request;
  const waited =
    result.observations > 1
      ? `; waited ${Math.round(result.waitedSeconds)} s over ${result.observations} observations`
      : "";
  const since = lineup?.since
    ? ` Only requests logged since ${lineup.since.toISOString()} (the newest version's deployment) count, so every version is measured over the same period.`
    : "";
  return [
    `## A/B test of ${request.app}: ${names} — ${result.passed ? "passed ✔" : "failed ✖"}`,
    "",
    `${result.reason}. Intervals are two-sided at ${percent(request.level)} (a rule may set its own); at least ${request.minSamples} observation(s) per version before a rule is judged; on-insufficient is ${request.onInsufficient} after ${request.maxWaitSeconds} s${waited}.${since}`,
    "",
  ];
}

/** The whole report. */
export function renderAbReport(result: AbResult): string {
  return [
    ...headline(result),
    ...verdictRows(result),
    ...versionRows(result),
    ...comparisonRows(result),
    ...shadowRows(result),
  ].join("\n");
}
