import { CONFIG_FILE_NAME } from "../config/load.js";
import { renderConfig } from "./config-template.js";
import type { DetectedRepository } from "./detect.js";
import { nextSteps } from "./next-steps.js";
import { renderSmokeCases, SMOKE_CASES_FILE } from "./smoke-template.js";
import type { ActionSource } from "./source.js";
import { pointUsesAt, readWorkflows, type WorkflowFile } from "./workflows.js";

/** Where workflows go in the user's repository. */
export const WORKFLOWS_TARGET = ".github/workflows";

/** One file init means to write. */
export interface PlannedFile {
  /** Path relative to the repository, with `/` separators. */
  path: string;
  content: string;
  /** What the file is, for the summary. */
  purpose: string;
}

/** Everything init will do, decided before anything is written. */
export interface InitPlan {
  files: PlannedFile[];
  /** What the user does next (AWS role, variables, secrets), as printable text. */
  nextSteps: string;
}

/** What planInit needs. */
export interface PlanOptions {
  detected: DetectedRepository;
  /** Where the workflows' `uses:` lines point. */
  source: ActionSource;
  /** modelship's `workflows/` directory, or the workflows already read from it. */
  workflowsDir?: string;
  workflows?: WorkflowFile[];
  /** Only modelship.yml and the smoke-cases template, no workflows. */
  configOnly?: boolean;
}

/**
 * The files `modelship init` writes: a commented modelship.yml, a smoke-cases template (unless the
 * repository has one), and each of our workflows with its `uses:` lines pointed at `source`.
 * Pure apart from reading `workflowsDir`.
 */
export function planInit(options: PlanOptions): InitPlan {
  const { detected, source } = options;
  const files: PlannedFile[] = [
    {
      path: CONFIG_FILE_NAME,
      content: renderConfig(detected, source),
      purpose: "what modelship trains, gates, builds, serves and deploys",
    },
  ];
  // A repository's own cases are real data; a template must never stand in for them, even with --force.
  if (detected.smokeCases !== "own") {
    files.push({
      path: SMOKE_CASES_FILE,
      content: renderSmokeCases(),
      purpose: "smoke-test cases to fill in",
    });
  }
  if (!options.configOnly) {
    const workflows =
      options.workflows ??
      (options.workflowsDir ? readWorkflows(options.workflowsDir) : []);
    for (const workflow of workflows) {
      files.push({
        path: `${WORKFLOWS_TARGET}/${workflow.name}`,
        content: pointUsesAt(workflow.text, source),
        purpose: `workflow, uses ${source.owner}/${source.repo}@${source.ref}`,
      });
    }
  }
  return { files, nextSteps: nextSteps({ detected, source }) };
}
