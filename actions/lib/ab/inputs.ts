/**
 * The A/B test's settings as an input table: the `modelship ab` command's flags, and (prefixed
 * `ab-`) the root action's and the pipeline's, each settable from the `ab:` section of
 * modelship.yml. Parsed once here into typed settings.
 */
import {
  APP_INPUT,
  CONFIG_INPUT,
  DATABASE_URL_INPUT,
} from "../common-inputs.js";
import { ConfigurationError } from "../errors.js";
import type { InputSpec, InputTable } from "../input-table.js";
import {
  optionalInput,
  parseList,
  parseNumber,
  requiredInput,
  type InputSource,
  type NumberRule,
} from "../inputs.js";
import { parseAppName, parseVersion, type VersionNames } from "../version.js";
import { parseAbRules, parseLevel, type AbRule } from "./rules.js";

/** Settings of an A/B test that modelship.yml may hold. */
export const AB_SETTINGS_INPUTS: InputTable = [
  {
    name: "rules",
    config: "ab.rules",
    help: 'A/B rules, one per line: <metric> [delta] <op> <number> [at <level>%], e.g. "online_accuracy delta >= -0.01 at 95%"',
  },
  {
    name: "level",
    default: "95",
    config: "ab.level",
    help: "confidence level of the intervals, in percent (a rule's own `at NN%` beats it)",
  },
  {
    name: "min-samples",
    default: "100",
    config: "ab.min-samples",
    help: "observations of a metric each version needs before a rule on it is judged",
  },
  {
    name: "max-wait-seconds",
    default: "300",
    config: "ab.max-wait-seconds",
    help: "how long to wait for enough observations while a rule is open (0: judge once)",
  },
  {
    name: "on-insufficient",
    default: "fail",
    config: "ab.on-insufficient",
    help: "pass or fail when rules are still open after max-wait-seconds",
  },
];

/** How often the data is read again while a rule is open. */
export const POLL_INPUT: InputSpec = {
  name: "poll-seconds",
  default: "15",
  help: "seconds between two reads of the data while waiting",
};

/** The `modelship ab` command's flags. */
export const AB_INPUTS: InputTable = [
  APP_INPUT,
  DATABASE_URL_INPUT,
  {
    name: "versions",
    help: "versions to compare, baseline first, comma-separated (default: the versions taking traffic and their shadows, from deployments)",
  },
  {
    name: "candidate",
    help: "compare this one version with the serving version with the most traffic (instead of --versions), e.g. a canary",
  },
  ...AB_SETTINGS_INPUTS,
  POLL_INPUT,
  CONFIG_INPUT,
];

/** The ab-test action's inputs: the command's, with the database required. */
export const AB_ACTION_INPUTS: InputTable = AB_INPUTS.map((spec) =>
  spec.name === DATABASE_URL_INPUT.name ? { ...spec, required: true } : spec,
);

/** The A/B settings, validated. */
export interface AbSettings {
  rules: AbRule[];
  /** Confidence level of the figures, and of rules without their own. */
  level: number;
  minSamples: number;
  maxWaitSeconds: number;
  pollSeconds: number;
  onInsufficient: "pass" | "fail";
}

function readOnInsufficient(read: InputSource, name: string): "pass" | "fail" {
  const value = requiredInput(read, name);
  if (value !== "pass" && value !== "fail")
    throw new ConfigurationError(
      `input "${name}" must be pass or fail, got ${JSON.stringify(value.slice(0, 20))}`,
    );
  return value;
}

/**
 * Reads the A/B settings. `prefix` is what the inputs' names carry in the table read (`ab-` in the
 * pipeline's); the poll interval defaults when the table has none.
 */
export function readAbSettings(read: InputSource, prefix = ""): AbSettings {
  const name = (base: string) => `${prefix}${base}`;
  const number = (base: string, rule: NumberRule) =>
    parseNumber(requiredInput(read, name(base)), `input "${name(base)}"`, rule);
  const level = parseLevel(
    requiredInput(read, name("level")),
    `input "${name("level")}"`,
  );
  return {
    level,
    rules: parseAbRules(read(name("rules")), level),
    minSamples: number("min-samples", {
      min: 1,
      max: 10_000_000,
      integer: true,
    }),
    maxWaitSeconds: number("max-wait-seconds", { min: 0, max: 86_400 }),
    // Tables without the poll input (the pipeline's) take its default.
    pollSeconds: Number(POLL_INPUT.default),
    onInsufficient: readOnInsufficient(read, name("on-insufficient")),
  };
}

/** The `--versions` list: at least two distinct versions, baseline first; undefined when not given. */
export function readVersionList(read: InputSource): VersionNames[] | undefined {
  const raw = optionalInput(read, "versions");
  if (raw === undefined) return undefined;
  const versions = parseList(raw, { commas: true }).map((raw) =>
    parseVersion(raw),
  );
  const distinct = new Set(versions.map((v) => v.version));
  if (versions.length < 2 || distinct.size !== versions.length)
    throw new ConfigurationError(
      `input "versions" needs two or more different versions, baseline first (e.g. v3,v4), got ${JSON.stringify(raw.slice(0, 60))}`,
    );
  return versions;
}

/** Reads the `modelship ab` command's flags (AB_INPUTS), apart from the database. */
export function readAbInputs(read: InputSource): AbSettings & {
  app: string;
  versions?: VersionNames[];
  candidate?: VersionNames;
} {
  const candidate = optionalInput(read, "candidate");
  const versions = readVersionList(read);
  if (candidate !== undefined && versions !== undefined)
    throw new ConfigurationError(
      'give input "candidate" or input "versions", not both',
    );
  return {
    ...readAbSettings(read),
    pollSeconds: parseNumber(
      requiredInput(read, "poll-seconds"),
      'input "poll-seconds"',
      { min: 0.1, max: 3600 },
    ),
    app: parseAppName(requiredInput(read, "app")),
    versions,
    candidate: candidate === undefined ? undefined : parseVersion(candidate),
  };
}

/** The A/B settings under the root action's and pipeline's names (`ab-rules`, ...). */
export const PIPELINE_AB_INPUTS: InputTable = AB_SETTINGS_INPUTS.map(
  (spec) => ({ ...spec, name: `ab-${spec.name}` }),
);
