import {
  APP_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
} from "../common-inputs.js";
import { optionalDatabaseUrl } from "../db/url.js";
import { ConfigurationError } from "../errors.js";
import type { InputTable } from "../input-table.js";
import {
  listInput,
  numberInput,
  optionalInput,
  parseBoolean,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import { parseAppName, parseEnvironmentName } from "../version.js";
import { parseBaselineFrom, type GateSources } from "./load.js";
import { parseRules, type Rule } from "./rules.js";

/** What the gate compares, and by which rules: the action's inputs the CLI's `gate` shares. */
export const GATE_COMPARE_INPUTS: InputTable = [
  {
    name: "metrics-file",
    required: true,
    help: "the candidate's metrics JSON",
  },
  { name: "baseline-file", help: "metrics JSON to compare with" },
  {
    name: "rules",
    config: "gate.rules",
    help: "rules, one per line: <metric> [delta] <op> <number>",
  },
  { name: "history", help: "older metrics files, one per line, oldest first" },
  {
    name: "baseline-from",
    default: "file",
    help: "file (baseline-file) or registry (the serving version's metrics)",
  },
  {
    name: "baseline-environment",
    default: "production",
    help: "with baseline-from registry: the environment whose serving version is the baseline",
  },
  DATABASE_URL_INPUT,
  APP_INPUT,
  CONFIG_INPUT,
];

/** The accuracy gate's inputs (action.yml): the comparison, and the PR comment. */
export const GATE_INPUTS: InputTable = [
  ...GATE_COMPARE_INPUTS,
  { name: "comment", help: "post or update one PR comment (true/false)" },
  {
    name: "github-token",
    secret: true,
    runnerDefault: "${{ github.token }}",
    help: "token for the PR comment",
  },
  {
    name: "comment-author",
    default: "github-actions[bot]",
    help: "login whose marked comment is updated; others' are never edited",
  },
  { name: "pull-request", help: "comment on this pull request number" },
];

/** What the gate compares, validated. */
export interface GateCompareInputs extends GateSources {
  rules: Rule[];
}

/** The gate's inputs, validated. */
export interface GateInputs extends GateCompareInputs {
  /** Undefined: on for pull requests. */
  comment?: boolean;
  githubToken?: string;
  /** Login whose marked comment is updated in place. */
  commentAuthor: string;
  /**
   * Comment on this PR instead of the event's: for a `workflow_run` hand-off, which runs with the
   * base repository's token after checking the PR's head commit.
   */
  pullRequest?: number;
}

/** Reads and validates what the gate compares; nothing is read from disk or the network yet. */
export function readGateCompareInputs(read: InputSource): GateCompareInputs {
  const inputs: GateCompareInputs = {
    metricsFile: requiredInput(read, "metrics-file"),
    baselineFile: optionalInput(read, "baseline-file"),
    rules: parseRules(read("rules")),
    history: listInput(read, "history"),
    baselineFrom: parseBaselineFrom(optionalInput(read, "baseline-from")),
    databaseUrl: optionalDatabaseUrl(read),
    app: parseAppName(requiredInput(read, "app")),
    baselineEnvironment: parseEnvironmentName(
      requiredInput(read, "baseline-environment"),
    ),
  };
  if (inputs.baselineFrom === "registry" && inputs.baselineFile) {
    throw new ConfigurationError(
      `input "baseline-file" cannot be combined with baseline-from "registry"`,
    );
  }
  if (inputs.baselineFrom === "registry" && !inputs.databaseUrl) {
    throw new ConfigurationError(
      `input "database-url" is required when baseline-from is "registry"`,
    );
  }
  return inputs;
}

/** Reads and validates every gate input of the action (GATE_INPUTS). */
export function readGateInputs(read: InputSource): GateInputs {
  const comment = optionalInput(read, "comment");
  return {
    ...readGateCompareInputs(read),
    comment:
      comment === undefined
        ? undefined
        : parseBoolean(comment, 'input "comment"'),
    githubToken: optionalInput(read, "github-token"),
    commentAuthor: requiredInput(read, "comment-author"),
    pullRequest: numberInput(read, "pull-request", undefined, {
      min: 1,
      integer: true,
    }),
  };
}
