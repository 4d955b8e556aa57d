/**
 * Each action's inputs as one table: public name, built-in default, whether it is required, and
 * the `modelship.yml` key that may set it. The same table drives the action (through
 * `core.getInput`), the CLI's flags and help, and a test that binds it to the action's action.yml.
 *
 * Precedence, everywhere: an action input or CLI flag, then `modelship.yml`, then the built-in
 * default. The runner always passes action.yml defaults, so an input the config file may set has
 * an empty default in action.yml; the built-in default lives here, once.
 */
import path from "node:path";
import { ConfigurationError } from "./errors.js";
import type { InputSource } from "./inputs.js";

/** One input of an action (or one flag of the CLI). */
export interface InputSpec {
  /** Public name: as in action.yml, and as the CLI flag (`--name`). */
  readonly name: string;
  /** Built-in default, as the text an input would carry; absent means none. */
  readonly default?: string;
  /** An error when no layer gives it a value. */
  readonly required?: boolean;
  /** Key in modelship.yml that may set it, e.g. `train.command`. */
  readonly config?: string;
  /** A CLI switch (`--force`): present means true. Only for booleans that default to false. */
  readonly switch?: boolean;
  /** A secret: masked by the action shell before anything can print it. */
  readonly secret?: boolean;
  /** A default only the runner can give (e.g. `${{ github.token }}`); action.yml declares it. */
  readonly runnerDefault?: string;
  /**
   * A path: when it comes from modelship.yml or the default, it is relative to the directory that
   * holds modelship.yml (the repository root); an input's or flag's is relative to the workspace.
   */
  readonly path?: boolean;
  /**
   * Names the environment (of modelship.yml's `environments`) whose overrides the other inputs
   * see; when not given it reads as the first environment. At most one per table.
   */
  readonly environment?: boolean;
  /** One line for the CLI's help. */
  readonly help: string;
}

/** An action's inputs. */
export type InputTable = readonly InputSpec[];

/** Looks up a key path in modelship.yml, as input text; undefined when the file does not set it. */
export type ConfigLookup = (key: string) => string | undefined;

/** The layers an input's value comes from, strongest first. */
export interface InputLayers {
  /** Action inputs or CLI flags ('' when not given). */
  given: InputSource;
  /** modelship.yml, when there is one. */
  config?: ConfigLookup;
  /** The directory holding modelship.yml: path inputs from the file or defaults resolve here. */
  root?: string;
}

/** Where a value came from, for messages. */
export type InputOrigin = "input" | "modelship.yml" | "default";

/** An InputSource over a table that also says where each value came from. */
export interface TableInputs extends InputSource {
  origin(name: string): InputOrigin | undefined;
}

/** The spec of `name` in `table`; asking for an input the table lacks is our bug, not the user's. */
export function specOf(table: InputTable, name: string): InputSpec {
  const spec = table.find((s) => s.name === name);
  if (!spec) throw new Error(`input "${name}" is not in this action's table`);
  return spec;
}

/** How a user sets an input: `input "x"`, plus the modelship.yml key when there is one. */
export function whereToSet(spec: InputSpec): string {
  return spec.config
    ? `input "${spec.name}" (or "${spec.config}" in modelship.yml)`
    : `input "${spec.name}"`;
}

function fromRoot(spec: InputSpec, layers: InputLayers, value: string): string {
  return spec.path && layers.root ? path.resolve(layers.root, value) : value;
}

function resolve(
  spec: InputSpec,
  layers: InputLayers,
): { value: string; origin?: InputOrigin } {
  const given = layers.given(spec.name).trim();
  if (given !== "") return { value: given, origin: "input" };
  const configured = spec.config ? layers.config?.(spec.config)?.trim() : "";
  if (configured)
    return {
      value: fromRoot(spec, layers, configured),
      origin: "modelship.yml",
    };
  if (spec.default !== undefined && spec.default !== "")
    return { value: fromRoot(spec, layers, spec.default), origin: "default" };
  return { value: "" };
}

/**
 * Reads inputs through the layers; a required input that no layer gives is a ConfigurationError
 * naming where to set it. Names outside the table throw (a programming error).
 */
export function tableInputs(
  table: InputTable,
  layers: InputLayers,
): TableInputs {
  const read = (name: string): string => {
    const spec = specOf(table, name);
    const { value } = resolve(spec, layers);
    if (value === "" && spec.required)
      throw new ConfigurationError(
        `${whereToSet(spec)} is required but was not given`,
      );
    return value;
  };
  return Object.assign(read, {
    origin: (name: string) => resolve(specOf(table, name), layers).origin,
  });
}

/** Where an input's value came from, when the source can say (a TableInputs); else "input". */
export function originOf(
  read: InputSource,
  name: string,
): InputOrigin | undefined {
  const origin = (read as Partial<TableInputs>).origin;
  return origin ? origin(name) : read(name).trim() ? "input" : undefined;
}

/** The built-in defaults of a table, by name (for documentation and tests). */
export function defaultsOf(table: InputTable): Record<string, string> {
  return Object.fromEntries(
    table
      .filter((s) => s.default !== undefined)
      .map((s) => [s.name, s.default ?? ""]),
  );
}
