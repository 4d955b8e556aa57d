import { tableInputs, type InputTable } from "../../actions/lib/input-table.js";
import { mapInputs } from "../../actions/lib/inputs.js";

/**
 * Inputs as an action or the CLI would read them: the given values layered over the table's
 * built-in defaults (and, when given, a modelship.yml lookup).
 */
export function inputsFor(
  table: InputTable,
  values: Record<string, string | undefined>,
  config?: (key: string) => string | undefined,
) {
  return tableInputs(table, { given: mapInputs(values), config });
}
