/** The smoke-cases file init writes and looks for. */
export const SMOKE_CASES_FILE = "smoke-cases.json";

/** A smoke-cases template: the shape smoke-test reads, with values to replace. */
export function renderSmokeCases(): string {
  const example = [
    {
      name: "replace me: a typical input",
      input: { feature_a: 1.0, feature_b: 2.0 },
      label: "the label your model must give it",
    },
  ];
  return `${JSON.stringify(example, null, 2)}\n`;
}

/** What a repository's smoke-cases file is: none, init's untouched template, or its own cases. */
export type SmokeCasesState = "none" | "template" | "own";

/** Classifies the text of an existing smoke-cases file (undefined: there is none). */
export function smokeCasesState(text: string | undefined): SmokeCasesState {
  if (text === undefined) return "none";
  return text === renderSmokeCases() ? "template" : "own";
}
