import { ConfigurationError } from "../errors.js";
import {
  listInput,
  numberInput,
  optionalInput,
  parseBoolean,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import { parseAppName } from "../version.js";
import { parseBaselineFrom, type GateSources } from "./load.js";
import { parseRules, type Rule } from "./rules.js";

/** The accuracy gate's input names, exactly as in action.yml (and the CLI's flags). */
export const GATE_INPUTS = {
  metricsFile: "metrics-file",
  baselineFile: "baseline-file",
  rules: "rules",
  comment: "comment",
  githubToken: "github-token",
  history: "history",
  baselineFrom: "baseline-from",
  databaseUrl: "database-url",
  app: "app",
  pullRequest: "pull-request",
} as const;

/** The gate's inputs, validated. */
export interface GateInputs extends GateSources {
  rules: Rule[];
  /** Undefined: on for pull requests. */
  comment?: boolean;
  githubToken?: string;
  /**
   * Comment on this PR instead of the event's: for a `workflow_run` hand-off, which runs with the
   * base repository's token after checking the PR's head commit.
   */
  pullRequest?: number;
}

/** Reads and validates every gate input; nothing is read from disk or the network yet. */
export function readGateInputs(read: InputSource): GateInputs {
  const n = GATE_INPUTS;
  const comment = optionalInput(read, n.comment);
  const inputs: GateInputs = {
    metricsFile: requiredInput(read, n.metricsFile),
    baselineFile: optionalInput(read, n.baselineFile),
    rules: parseRules(read(n.rules)),
    comment:
      comment === undefined
        ? undefined
        : parseBoolean(comment, `input "${n.comment}"`),
    githubToken: optionalInput(read, n.githubToken),
    history: listInput(read, n.history),
    baselineFrom: parseBaselineFrom(optionalInput(read, n.baselineFrom)),
    databaseUrl: optionalInput(read, n.databaseUrl),
    app: parseAppName(optionalInput(read, n.app) ?? "modelship"),
    pullRequest: numberInput(read, n.pullRequest, undefined, {
      min: 1,
      integer: true,
    }),
  };
  if (inputs.baselineFrom === "registry" && inputs.baselineFile) {
    throw new ConfigurationError(
      `input "${n.baselineFile}" cannot be combined with baseline-from "registry"`,
    );
  }
  if (inputs.baselineFrom === "registry" && !inputs.databaseUrl) {
    throw new ConfigurationError(
      `input "${n.databaseUrl}" is required when baseline-from is "registry"`,
    );
  }
  return inputs;
}
