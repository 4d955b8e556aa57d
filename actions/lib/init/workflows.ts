import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ActionSource } from "./source.js";

/**
 * The owner and repository every `uses:` line of our workflows names, as published in this repo;
 * init replaces it with where the user's copy should point.
 */
export const PLACEHOLDER_REPOSITORY = "modelship-dev/modelship";
/** The ref those lines carry in this repository. */
export const PLACEHOLDER_REF = "v1";
/** A workflow file larger than this is not one of ours. */
const MAX_WORKFLOW_BYTES = 256 * 1024;

/** One workflow to copy: its file name and text. */
export interface WorkflowFile {
  name: string;
  text: string;
}

const USES_PATTERN = new RegExp(
  String.raw`^(\s*(?:#\s*)?(?:-\s+)?uses:\s*["']?)` +
    PLACEHOLDER_REPOSITORY.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&") +
    String.raw`((?:/[^@\s"']*)?)@` +
    PLACEHOLDER_REF +
    String.raw`(?=["']?\s*(?:#.*)?$)`,
  "gm",
);

/**
 * Points every `uses: modelship-dev/modelship[/path]@v1` line at `<owner>/<repo>[/path]@<ref>`.
 * Only `uses:` lines change, including commented-out optional steps (so that uncommenting one
 * works): other comments and text that name the project stay as they are.
 */
export function pointUsesAt(text: string, source: ActionSource): string {
  return text.replace(
    USES_PATTERN,
    (_match, lead: string, subpath: string) =>
      `${lead}${source.owner}/${source.repo}${subpath}@${source.ref}`,
  );
}

/** Every `uses:` value in a workflow's text (for checks and tests). */
export function usesValues(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*["']?([^\s"'#]+)/gm)].map(
    (match) => match[1] as string,
  );
}

/** The `*.yml` / `*.yaml` files of our `workflows/` directory, sorted by name. */
export function readWorkflows(dir: string): WorkflowFile[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      if (statSync(file).size > MAX_WORKFLOW_BYTES)
        throw new Error(`${file} is larger than ${MAX_WORKFLOW_BYTES} bytes`);
      return { name, text: readFileSync(file, "utf8") };
    });
}
