import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";

/** How a stage ended. */
export type StageStatus = "passed" | "failed" | "skipped";

/** One stage's line in the pipeline report. */
export interface StageResult {
  name: string;
  status: StageStatus;
  seconds: number;
  detail: string;
}

/** What a stage returns: a one-line detail, or a skip with its reason. */
export type StageOutcome = string | { skipped: string };

/** Where stage progress goes: a line as each stage starts and ends. */
export interface ProgressSink {
  start(name: string): void;
  end(result: StageResult): void;
}

const ICON: Record<StageStatus, string> = {
  passed: "✔",
  failed: "✖",
  skipped: "–",
};

/**
 * Progress as plain lines, plus a spinner with elapsed seconds while a stage runs when `tty` is
 * set (so a long wait is never silence). Lines the stage logs itself print above the spinner.
 */
export function terminalProgress(
  out: NodeJS.WriteStream | NodeJS.WritableStream,
  tty: boolean,
): ProgressSink {
  const frames = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
  let timer: NodeJS.Timeout | undefined;
  const clear = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    if (tty) out.write("\r\x1b[2K");
  };
  return {
    start(name) {
      out.write(`▶ ${name}\n`);
      if (!tty) return;
      const started = Date.now();
      let i = 0;
      timer = setInterval(() => {
        const s = ((Date.now() - started) / 1000).toFixed(0);
        out.write(`\r\x1b[2K${frames[i++ % frames.length]} ${name} (${s} s)`);
      }, 120);
      timer.unref();
    },
    end(result) {
      clear();
      const detail = result.detail ? `: ${result.detail}` : "";
      out.write(
        `${ICON[result.status]} ${result.name} ${result.status} in ${result.seconds.toFixed(1)} s${detail}\n`,
      );
    },
  };
}

/** Runs named stages in order, timing each; stops at the first failure unless told otherwise. */
export class StageRunner {
  readonly results: StageResult[] = [];

  constructor(
    private readonly progress: ProgressSink,
    private readonly logger: Logger,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Runs one stage. Rethrows its error after recording it, so the caller decides what follows. */
  async run(
    name: string,
    fn: () => Promise<StageOutcome>,
  ): Promise<StageResult> {
    this.progress.start(name);
    const started = this.clock();
    const finish = (status: StageStatus, detail: string): StageResult => {
      const result = {
        name,
        status,
        detail,
        seconds: (this.clock() - started) / 1000,
      };
      this.results.push(result);
      this.progress.end(result);
      return result;
    };
    try {
      const outcome = await fn();
      return typeof outcome === "string"
        ? finish("passed", outcome)
        : finish("skipped", outcome.skipped);
    } catch (error) {
      finish("failed", errorMessage(error));
      this.logger.debug(
        error instanceof Error && error.stack ? error.stack : String(error),
      );
      throw error;
    }
  }

  /** Records a failure that happened outside any stage, so the run cannot pass. */
  fail(name: string, error: unknown): void {
    const result = {
      name,
      status: "failed" as const,
      detail: errorMessage(error),
      seconds: 0,
    };
    this.results.push(result);
    this.progress.end(result);
  }

  /** True when no stage failed. */
  get passed(): boolean {
    return this.results.every((r) => r.status !== "failed");
  }
}

/** The pipeline report as markdown: one row per stage, with timings. */
export function renderStageReport(
  title: string,
  results: readonly StageResult[],
): string {
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  const rows = results.map(
    (r) =>
      `| ${ICON[r.status]} ${r.name} | ${r.status} | ${r.seconds.toFixed(1)} s | ${r.detail.replaceAll("|", "\\|").replaceAll("\n", " ")} |`,
  );
  const failed = results.some((r) => r.status === "failed");
  return [
    `## ${title}: ${failed ? "failed" : "passed"} in ${total.toFixed(1)} s`,
    "",
    "| stage | status | time | detail |",
    "| --- | --- | ---: | --- |",
    ...rows,
    "",
  ].join("\n");
}
