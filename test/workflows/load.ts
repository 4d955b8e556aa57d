import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "../helpers/run-bundle.js";

/** One step of a job, as the YAML says it. */
export interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, unknown>;
  with?: Record<string, unknown>;
  "continue-on-error"?: boolean;
}

/** One job of a workflow. */
export interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string | { name: string };
  permissions?: Record<string, string>;
  "timeout-minutes"?: number;
  outputs?: Record<string, string>;
  steps?: Step[];
}

/** One input of `workflow_call` or `workflow_dispatch`. */
export interface WorkflowInput {
  type?: string;
  required?: boolean;
  default?: unknown;
}

/** A workflow file, parsed. */
export interface Workflow {
  on: {
    workflow_call?: {
      inputs?: Record<string, WorkflowInput>;
      outputs?: Record<string, { value: string }>;
    };
    [event: string]: unknown;
  };
  permissions?: unknown;
  concurrency?: { group: string; "cancel-in-progress"?: unknown };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

/** A workflow file with its place and its text (comments included, which the parse drops). */
export interface WorkflowFile {
  file: string;
  text: string;
  workflow: Workflow;
}

function loadDir(dir: string): WorkflowFile[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith(".yml"))
    .sort()
    .map((name) => {
      const file = `${dir}/${name}`;
      const text = readFileSync(path.join(ROOT, file), "utf8");
      return { file, text, workflow: parse(text) as Workflow };
    });
}

/** The copyable workflows users get (`modelship init` writes them into their repository). */
export const COPYABLE = loadDir("workflows");
/** modelship's own CI and release workflows. */
export const OWN = loadDir(".github/workflows");
/** Every workflow in the repository. */
export const ALL = [...COPYABLE, ...OWN];

/** A copyable workflow by its file name, e.g. `deploy.yml`. */
export function copyable(name: string): Workflow {
  const found = COPYABLE.find((w) => w.file === `workflows/${name}`);
  if (!found) throw new Error(`no workflows/${name}`);
  return found.workflow;
}

/** Every step of every job in the given files, with a readable place for test titles. */
export function stepsOf(files: WorkflowFile[]) {
  return files.flatMap(({ file, workflow }) =>
    Object.entries(workflow.jobs).flatMap(([job, spec]) =>
      (spec.steps ?? []).map((step, index) => ({
        where: `${file} ${job} step ${index + 1}`,
        file,
        job,
        step,
      })),
    ),
  );
}

/** How users reference our actions: the placeholder owner that `modelship init` replaces. */
export const OURS =
  /^modelship-dev\/modelship(?:\/actions\/(?<name>[a-z-]+))?@v1$/;

/** The action.yml a `uses:` of ours resolves to, or undefined for anyone else's action. */
export function ourActionFile(uses: string | undefined): string | undefined {
  const match = OURS.exec(uses ?? "");
  if (!match) return undefined;
  const name = match.groups?.name;
  const file = name ? `actions/${name}/action.yml` : "action.yml";
  if (!existsSync(path.join(ROOT, file)))
    throw new Error(`${uses}: no ${file}`);
  return file;
}

/** An action.yml's inputs and outputs. */
export interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
}

/** Parses one of our action.yml files. */
export function actionMetadata(file: string): ActionMetadata {
  return parse(readFileSync(path.join(ROOT, file), "utf8")) as ActionMetadata;
}

/** The step in a job with this id. */
export function stepById(job: Job, id: string): Step {
  const step = job.steps?.find((s) => s.id === id);
  if (!step) throw new Error(`no step with id ${id}`);
  return step;
}

/** `needs` as a list. */
export function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : [job.needs].flat();
}
