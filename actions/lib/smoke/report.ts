import type { SmokeResult } from "./types.js";

const OK = "✅";
const BAD = "❌";
const SKIP = "➖";

/** Milliseconds with two decimals; '' when there is no figure (so outputs stay empty, not "NaN"). */
export function ms(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? "" : value.toFixed(2);
}

function pct(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}

/** Escapes text for a markdown table cell. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

type Row = [
  check: string,
  result: string,
  limit: string,
  ok: boolean | undefined,
];

function readyRow(r: SmokeResult): Row {
  const seconds = `${(r.ready.ms / 1000).toFixed(1)} s`;
  return r.ready.ready
    ? [
        "ready",
        `after ${seconds}, ${r.ready.attempts} ${r.ready.attempts === 1 ? "poll" : "polls"}`,
        `${r.options.readyTimeoutSeconds} s`,
        true,
      ]
    : [
        "ready",
        `not ready after ${seconds}`,
        `${r.options.readyTimeoutSeconds} s`,
        false,
      ];
}

function caseRows(r: SmokeResult): Row[] {
  if (!r.cases)
    return [
      ["cases", r.ready.ready ? "no cases-file" : "not run", "", undefined],
    ];
  const passed = r.cases.cases.filter((c) => c.problems.length === 0).length;
  const total = r.cases.cases.length;
  return [
    ["cases", `${passed}/${total} passed`, "all", passed === total],
    [
      "batch request",
      r.cases.batchProblems.length
        ? `${r.cases.batchProblems.length} problems`
        : "ok",
      "valid",
      r.cases.batchProblems.length === 0,
    ],
  ];
}

function loadRows(r: SmokeResult): Row[] {
  const l = r.load;
  if (!l) return [["load", "not run", "", undefined]];
  const o = r.options;
  return [
    [
      "load",
      `${l.sent}/${l.requests} × ${l.target} in ${(l.durationMs / 1000).toFixed(2)} s (${l.requestsPerSecond.toFixed(0)}/s)`,
      `${o.concurrency} in flight`,
      !l.capped,
    ],
    ["p50 latency", `${ms(l.p50) || "n/a"} ms`, "", undefined],
    [
      "p95 latency",
      `${ms(l.p95) || "n/a"} ms`,
      `≤ ${o.p95Ms} ms`,
      !Number.isNaN(l.p95) && l.p95 <= o.p95Ms,
    ],
    ["p99 latency", `${ms(l.p99) || "n/a"} ms`, "", undefined],
    [
      "error rate",
      `${pct(l.errorRate)} (${l.errors} of ${l.requests})`,
      `≤ ${pct(o.maxErrorRate)}`,
      l.errorRate <= o.maxErrorRate,
    ],
  ];
}

function loggedRow(r: SmokeResult): Row {
  if (!r.options.databaseUrl)
    return [
      "prediction logging",
      "not checked (no database-url)",
      "",
      undefined,
    ];
  const g = r.logged;
  if (!g) return ["prediction logging", "not run", "", undefined];
  return [
    "prediction logging",
    `${g.inputRows}/${g.rows} input rows, ${g.outputRows}/${g.rows} output rows (${g.requests} requests)`,
    "all",
    g.problems.length === 0,
  ];
}

/** The job-summary table: one row per check with its figure, its limit and a verdict. */
export function renderSummaryTable(result: SmokeResult): string {
  const rows = [
    readyRow(result),
    ...caseRows(result),
    ...loadRows(result),
    loggedRow(result),
  ];
  const lines = ["| Check | Result | Limit | |", "| --- | --- | --- | :-: |"];
  for (const [check, value, limit, ok] of rows) {
    lines.push(
      `| ${cell(check)} | ${cell(value)} | ${cell(limit)} | ${ok === undefined ? SKIP : ok ? OK : BAD} |`,
    );
  }
  return lines.join("\n");
}

function caseTable(result: SmokeResult): string[] {
  if (!result.cases) return [];
  const lines = [
    "",
    "<details><summary>Cases</summary>",
    "",
    "| Case | Expected | Got | Version | ms | |",
    "| --- | --- | --- | --- | --: | :-: |",
  ];
  for (const c of result.cases.cases) {
    const ok = c.problems.length === 0;
    lines.push(
      `| ${cell(c.name)} | ${cell(c.expected)} | ${cell(c.label ?? "-")} | ${cell(c.modelVersion ?? "-")} | ${c.ms.toFixed(1)} | ${ok ? OK : BAD} |`,
    );
  }
  lines.push("", "</details>");
  return lines;
}

/** The whole markdown report (the `report` output and the job summary). */
export function renderReport(result: SmokeResult): string {
  const o = result.options;
  const subject = [o.app, o.version].filter(Boolean).join(" ");
  const verdict = result.passed ? `${OK} passed` : `${BAD} failed`;
  const lines = [
    `### Smoke test${subject ? ` of ${subject}` : ""}: ${verdict}`,
    "",
    `\`${o.url}\` in ${(result.durationMs / 1000).toFixed(1)} s`,
    "",
    renderSummaryTable(result),
  ];
  if (result.reasons.length > 0) {
    lines.push(
      "",
      "**Why it failed:**",
      "",
      ...result.reasons.map((r) => `- ${r}`),
    );
  }
  lines.push(...caseTable(result));
  return `${lines.join("\n")}\n`;
}

/** The action's outputs, by their public names. */
export function smokeOutputs(result: SmokeResult): Record<string, string> {
  const l = result.load;
  return {
    passed: String(result.passed),
    "p50-ms": ms(l?.p50),
    "p95-ms": ms(l?.p95),
    "p99-ms": ms(l?.p99),
    "error-rate": l ? l.errorRate.toFixed(4) : "",
    report: renderReport(result),
  };
}
