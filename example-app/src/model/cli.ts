import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  ConfigurationError,
  errorMessage,
} from "../../../actions/lib/errors.js";
import { writeFileAtomic } from "./artifact.js";
import { defaultConfigPath, loadModelConfig } from "./config.js";
import { defaultDataPath } from "./dataset.js";
import type { MetricsFile } from "./metrics.js";
import { runTraining } from "./pipeline.js";

/** Resolved paths of one CLI run. */
export interface TrainArgs {
  config: string;
  outDir: string;
  metrics: string;
}

const USAGE =
  "usage: train [--config model.config.json] [--out-dir example-app/model] [--metrics metrics.json]";

/** Parses the CLI flags; relative paths resolve against `cwd`. Unknown flags are errors. */
export function parseTrainArgs(argv: string[], cwd: string): TrainArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        config: { type: "string" },
        "out-dir": { type: "string" },
        metrics: { type: "string" },
      },
    }));
  } catch (error) {
    throw new ConfigurationError(`${errorMessage(error)}\n${USAGE}`);
  }
  return {
    config: values.config ? resolve(cwd, values.config) : defaultConfigPath(),
    outDir: values["out-dir"]
      ? resolve(cwd, values["out-dir"])
      : resolve(defaultConfigPath(), "..", "model"),
    metrics: resolve(cwd, values.metrics ?? "metrics.json"),
  };
}

/** A few lines a human reads in the CI log; the files hold the full detail. */
export function summaryLines(metrics: MetricsFile, config: string): string[] {
  const f = (v: number) => v.toFixed(4);
  return [
    `trained on ${metrics.rows.train} rows, tested on ${metrics.rows.test} (config ${config}) in ${metrics.training_time_ms} ms`,
    `accuracy ${f(metrics.accuracy)}  macro F1 ${f(metrics.macro_f1)}  log loss ${f(metrics.log_loss)}`,
    ...Object.entries(metrics.per_class).map(
      ([label, m]) =>
        `  ${label.padEnd(11)} precision ${f(m.precision)}  recall ${f(m.recall)}  f1 ${f(m.f1)}  support ${m.support}`,
    ),
  ];
}

/**
 * Runs the training CLI: reads the config, trains, writes `<out-dir>/model.json` and the metrics
 * file. Returns the exit code; user mistakes print one clear line instead of a stack.
 */
export function trainCli(options: {
  argv: string[];
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}): number {
  try {
    const args = parseTrainArgs(options.argv, options.cwd);
    const config = loadModelConfig(args.config);
    const result = runTraining({ config, dataFile: defaultDataPath() });
    const modelFile = resolve(args.outDir, "model.json");
    writeFileAtomic(modelFile, result.artifactText);
    writeFileAtomic(
      args.metrics,
      `${JSON.stringify(result.metrics, null, 2)}\n`,
    );
    for (const line of summaryLines(result.metrics, args.config))
      options.out(line);
    options.out(`wrote ${modelFile} (${result.artifactText.length} bytes)`);
    options.out(`wrote ${args.metrics}`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigurationError) {
      options.err(`train: ${error.message}`);
    } else {
      options.err(
        `train failed: ${error instanceof Error ? error.stack : errorMessage(error)}`,
      );
    }
    return 1;
  }
}
