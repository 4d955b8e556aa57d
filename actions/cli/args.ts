import { ConfigurationError } from "../lib/errors.js";
import { mapInputs, type InputSource } from "../lib/inputs.js";

/** A parsed command line: the command, its positional words and its `--name value` flags. */
export interface CommandLine {
  command: string;
  positional: string[];
  flags: Map<string, string>;
}

/**
 * Parses `modelship <command> [words] [--name value | --name=value | --switch]`. A flag with no
 * value (next word is another flag, or none) is "true", so `--force` and `--force true` agree.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [command = "help", ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    if (!word.startsWith("--")) {
      positional.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = word.slice(2, eq < 0 ? undefined : eq);
    if (!/^[a-z][a-z0-9-]*$/.test(name))
      throw new ConfigurationError(`"${word}" is not a valid flag`);
    if (flags.has(name))
      throw new ConfigurationError(`--${name} is given twice`);
    const next = rest[i + 1];
    if (eq >= 0) flags.set(name, word.slice(eq + 1));
    else if (next !== undefined && !next.startsWith("--"))
      flags.set(name, rest[++i] as string);
    else flags.set(name, "true");
  }
  return { command, positional, flags };
}

/** Fails on a flag the command does not know, naming the ones it does. */
export function checkFlags(line: CommandLine, known: readonly string[]): void {
  const unknown = [...line.flags.keys()].filter((f) => !known.includes(f));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `modelship ${line.command}: unknown flag --${unknown[0]} (known: ${known.map((k) => `--${k}`).join(" ")})`,
    );
  }
}

/** The flags as an InputSource, with defaults for the ones not given (flags use input names). */
export function flagInputs(
  line: CommandLine,
  defaults: Record<string, string> = {},
): InputSource {
  return mapInputs({ ...defaults, ...Object.fromEntries(line.flags) });
}
