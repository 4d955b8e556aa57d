import {
  tableInputs,
  type InputTable,
  type TableInputs,
} from "../input-table.js";
import type { InputSource } from "../inputs.js";
import { repositoryConfigLookup } from "./lookup.js";

/**
 * An action's or a command's inputs layered as everywhere: what was given (action inputs or CLI
 * flags), then the repository's modelship.yml (the `config` input names it; default
 * `<cwd>/modelship.yml`), then the table's built-in defaults. Tables without a `config` input
 * read no file. A table with an environment input (`environment: true`, e.g. `--env`) sees that
 * environment's overrides from the file, and the input reads as the environment chosen (the
 * first of modelship.yml's environments when it was not given).
 */
export function layeredInputs(
  table: InputTable,
  given: InputSource,
  cwd: string,
): TableInputs {
  if (!table.some((spec) => spec.name === "config"))
    return tableInputs(table, { given });
  const file = given("config").trim() || undefined;
  const envInput = table.find((spec) => spec.environment)?.name;
  const found = repositoryConfigLookup({
    file,
    cwd,
    environment: envInput === undefined ? undefined : given(envInput).trim(),
    environmentInput: envInput,
  });
  const chosen = found.environment;
  const withEnvironment: InputSource =
    envInput === undefined || chosen === undefined
      ? given
      : (name) => (name === envInput ? chosen : given(name));
  return tableInputs(table, {
    given: withEnvironment,
    config: found.config,
    root: found.root,
  });
}
