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
 * read no file.
 */
export function layeredInputs(
  table: InputTable,
  given: InputSource,
  cwd: string,
): TableInputs {
  if (!table.some((spec) => spec.name === "config"))
    return tableInputs(table, { given });
  const file = given("config").trim() || undefined;
  return tableInputs(table, {
    given,
    ...repositoryConfigLookup({ file, cwd }),
  });
}
