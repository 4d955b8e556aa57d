import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { ConfigurationError, errorMessage } from "../errors.js";
import schemaJson from "./modelship.schema.json" with { type: "json" };
import type { RepositoryConfig } from "./types.js";
import { checkSupported, type SchemaNode } from "./schema.js";
import { validateDocument, type Problem } from "./validate.js";
import { checkEnvironments } from "./environments.js";

/** The file a repository keeps its configuration in, at its root. */
export const CONFIG_FILE_NAME = "modelship.yml";
/** Larger than any real configuration by far; keeps a wrong file from being parsed whole. */
export const MAX_CONFIG_BYTES = 256 * 1024;
/**
 * Deepest `[`/`{` nesting read. The yaml package runs out of memory on a few hundred thousand
 * nested brackets, which fit in MAX_CONFIG_BYTES; block nesting is bounded by the size cap.
 */
export const MAX_FLOW_DEPTH = 32;
/** Problems listed in one error; the rest are counted. */
const MAX_PROBLEMS = 20;

/** The shipped schema, checked once to use only keywords our validator implements. */
export const CONFIG_SCHEMA = schemaJson as SchemaNode;
checkSupported(CONFIG_SCHEMA);

/** Where to look for the configuration. */
export interface LoadConfigOptions {
  /** An explicit file (`--config`, the `config` input); relative to cwd. Must exist. */
  file?: string;
  /** The repository root; `<cwd>/modelship.yml` is read when `file` is not given. */
  cwd: string;
}

/** A loaded configuration and the file it came from. */
export interface LoadedConfig {
  /** Absolute path of the file read; undefined when there was none (an empty config). */
  file?: string;
  config: RepositoryConfig;
}

/**
 * Reads and validates `modelship.yml`. Without an explicit file, a missing `<cwd>/modelship.yml`
 * is an empty config; an explicit file that is missing is a ConfigurationError. Every problem is
 * reported at once, each with the file, its line and the key path.
 */
export async function loadRepositoryConfig(
  options: LoadConfigOptions,
): Promise<LoadedConfig> {
  return loadRepositoryConfigSync(options);
}

/** loadRepositoryConfig for synchronous callers (the CLI's flag parser); the file is small. */
export function loadRepositoryConfigSync(
  options: LoadConfigOptions,
): LoadedConfig {
  const file = path.resolve(options.cwd, options.file ?? CONFIG_FILE_NAME);
  const shownName = options.file ?? CONFIG_FILE_NAME;
  const text = readBounded(file, shownName, options.file !== undefined);
  if (text === undefined) return { config: {} };
  return { file, config: parseRepositoryConfig(text, shownName) };
}

function readBounded(
  file: string,
  shownName: string,
  mustExist: boolean,
): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" && !mustExist) return undefined;
    const reason = code === "ENOENT" ? "does not exist" : errorMessage(error);
    throw new ConfigurationError(
      `config file ${shownName} cannot be read: ${reason}`,
    );
  }
  try {
    if (!fstatSync(fd).isFile())
      throw new ConfigurationError(`config file ${shownName} is not a file`);
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let bytesRead = 0;
    for (;;) {
      const got = readSync(
        fd,
        buffer,
        bytesRead,
        buffer.length - bytesRead,
        bytesRead,
      );
      bytesRead += got;
      if (got === 0 || bytesRead === buffer.length) break;
    }
    if (bytesRead > MAX_CONFIG_BYTES) {
      throw new ConfigurationError(
        `config file ${shownName} is larger than ${MAX_CONFIG_BYTES / 1024} KiB`,
      );
    }
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * Validates the text of a configuration file; `source` names it in errors (e.g. `modelship.yml`
 * or `base:modelship.yml`). Pure: the CLI, the actions and the PR check's base-branch read share it.
 */
export function parseRepositoryConfig(
  text: string,
  source: string,
): RepositoryConfig {
  const fail = (problems: Problem[]): never => {
    throw new ConfigurationError(describeProblems(source, problems));
  };
  if (text.length > MAX_CONFIG_BYTES)
    fail([
      {
        line: 1,
        path: "",
        message: `the file is larger than ${MAX_CONFIG_BYTES / 1024} KiB`,
      },
    ]);
  const tooDeep = flowDepthProblem(text);
  if (tooDeep) fail([tooDeep]);
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  if (doc.errors.length > 0) {
    fail(
      doc.errors.map((e) => ({
        line: lines.linePos(e.pos[0]).line,
        path: "",
        message: `not valid YAML: ${firstLine(e.message)}`,
      })),
    );
  }
  if (doc.contents === null) return {};
  const { value, problems } = validateDocument(CONFIG_SCHEMA, doc, lines);
  if (problems.length > 0) fail(problems);
  checkEnvironments(value as RepositoryConfig, source);
  return value as RepositoryConfig;
}

/** The first line of a parser message, cut short: some messages quote the offending source. */
function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

/** `file:line: message` lines, the first MAX_PROBLEMS of them. */
function describeProblems(source: string, problems: Problem[]): string {
  const lines = problems
    .slice(0, MAX_PROBLEMS)
    .map((p) => `${source}:${p.line}: ${p.message}`);
  if (problems.length > MAX_PROBLEMS)
    lines.push(`… and ${problems.length - MAX_PROBLEMS} more problems`);
  return lines.join("\n");
}

/**
 * The first place where `[`/`{` nesting passes MAX_FLOW_DEPTH, skipping comments and quoted text
 * (a quote opens only where a YAML token can start, so the `'` of `it's` does not). Coarse on
 * purpose (a `[` inside a plain scalar counts): it only has to stop pathological input.
 */
function flowDepthProblem(text: string): Problem | undefined {
  let depth = 0;
  let line = 1;
  let quote = "";
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") {
      line++;
      comment = false;
      if (quote === "'") continue;
    }
    if (comment) continue;
    if (quote) {
      if (char === "\\" && quote === '"') i++;
      else if (char === quote) quote = "";
      continue;
    }
    const previous = i === 0 ? " " : (text[i - 1] as string);
    if ((char === "'" || char === '"') && /[\s[{,:]/.test(previous))
      quote = char;
    else if (char === "#" && /\s/.test(previous)) comment = true;
    else if (char === "[" || char === "{") depth++;
    else if ((char === "]" || char === "}") && depth > 0) depth--;
    if (depth > MAX_FLOW_DEPTH)
      return {
        line,
        path: "",
        message: `nesting is deeper than ${MAX_FLOW_DEPTH} levels`,
      };
  }
  return undefined;
}
