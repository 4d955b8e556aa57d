/**
 * Command-line parsing on node:util's parseArgs, driven by the same input tables as the actions:
 * a flag is an input's name, a switch is a boolean input that defaults to false, and help is
 * generated from the tables' help lines and defaults.
 */
import { parseArgs } from "node:util";
import { ConfigurationError } from "../lib/errors.js";
import {
  type InputSpec,
  type InputTable,
  type TableInputs,
} from "../lib/input-table.js";
import { mapInputs } from "../lib/inputs.js";
import { layeredInputs } from "../lib/config/inputs.js";

/** One command of the CLI. */
export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The positional word, if any, and the flag it stands for (e.g. revert's VERSION). */
  positional?: { name: string; flag: string };
  /** Its flags. */
  flags: InputTable;
}

/** A parsed command line: the flags as inputs, layered over defaults. */
export interface ParsedCommand {
  read: TableInputs;
  /** The flags exactly as given. */
  given: Record<string, string>;
}

/** The edit distance of two short words (for "did you mean"). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known word closest to `word`, when one is close enough to be a likely typo. */
export function nearest(
  word: string,
  known: readonly string[],
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = candidate.startsWith(word) ? 0.5 : distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, word.length / 3) ? best : undefined;
}

function usageError(spec: CommandSpec, message: string): ConfigurationError {
  return new ConfigurationError(
    `modelship ${spec.name}: ${message} (see modelship ${spec.name} --help)`,
  );
}

/** parseArgs' error, said in our words: which flag, and the nearest known one. */
function explain(spec: CommandSpec, error: unknown): ConfigurationError {
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(--?[^' <]+)/.exec(message)?.[1] ?? "";
  const code = (error as { code?: string }).code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const guess = nearest(
      flag.replace(/^-+/, ""),
      spec.flags.map((f) => f.name),
    );
    return usageError(
      spec,
      `unknown flag ${flag}${guess ? `; did you mean --${guess}?` : ""}`,
    );
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const isSwitch = spec.flags.some((f) => f.switch && `--${f.name}` === flag);
    return usageError(
      spec,
      isSwitch
        ? `${flag} is a switch and takes no value`
        : `${flag} needs a value`,
    );
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return usageError(spec, `unexpected argument: ${message}`);
  return usageError(spec, message);
}

function optionsOf(flags: InputTable) {
  return Object.fromEntries(
    flags.map((f) => [
      f.name,
      { type: f.switch ? ("boolean" as const) : ("string" as const) },
    ]),
  );
}

/** Parses a command's words strictly: unknown flags, missing values and extra words are errors. */
export function parseCommand(
  spec: CommandSpec,
  words: readonly string[],
  options: { cwd: string },
): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...words],
      options: optionsOf(spec.flags),
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw explain(spec, error);
  }
  const given: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === "") throw usageError(spec, `--${name} needs a value`);
    given[name] = String(value);
  }
  const [first, ...extra] = parsed.positionals;
  if (extra.length > 0 || (first !== undefined && !spec.positional))
    throw usageError(spec, `unexpected argument "${extra[0] ?? first}"`);
  if (first !== undefined && spec.positional) {
    const flag = spec.positional.flag;
    if (given[flag] !== undefined)
      throw usageError(
        spec,
        `give ${spec.positional.name} once, not also as --${flag}`,
      );
    given[flag] = first;
  }
  return {
    read: layeredInputs(spec.flags, mapInputs(given), options.cwd),
    given,
  };
}

function flagLine(flag: InputSpec): string {
  const name = flag.switch ? `--${flag.name}` : `--${flag.name} VALUE`;
  const notes = [
    flag.required ? "required" : "",
    flag.default && !flag.switch ? `default ${flag.default}` : "",
    flag.config ? `modelship.yml: ${flag.config}` : "",
  ].filter(Boolean);
  const suffix = notes.length ? ` (${notes.join("; ")})` : "";
  return `  ${name.padEnd(34)} ${flag.help}${suffix}`;
}

/** `modelship <command> --help`, generated from the command's input table. */
export function commandHelp(spec: CommandSpec): string {
  const positional = spec.positional ? ` [${spec.positional.name}]` : "";
  return [
    `modelship ${spec.name}${positional} [flags]: ${spec.summary}`,
    "",
    ...spec.flags.map(flagLine),
    "",
    "A flag beats modelship.yml, which beats the built-in default.",
  ].join("\n");
}
