/**
 * `modelship init`: detect what a repository holds, plan the files that make it a modelship
 * repository (modelship.yml, a smoke-cases template, the workflows), and write them idempotently.
 * Each step is a plain function; actions/cli/init.ts only wires them to the terminal.
 */
export {
  applyInit,
  type FileAction,
  type FileOutcome,
  type ApplyOptions,
} from "./apply.js";
export {
  renderConfig,
  schemaUrl,
  TRAIN_PLACEHOLDER,
} from "./config-template.js";
export { detectRepository, type DetectedRepository } from "./detect.js";
export {
  renderSmokeCases,
  SMOKE_CASES_FILE,
  smokeCasesState,
  type SmokeCasesState,
} from "./smoke-template.js";
export { unifiedDiff } from "./diff.js";
export { nextSteps, DEPLOY_ENVIRONMENT } from "./next-steps.js";
export {
  planInit,
  WORKFLOWS_TARGET,
  type InitPlan,
  type PlannedFile,
  type PlanOptions,
} from "./plan.js";
export {
  locateModelship,
  majorTag,
  parseOwner,
  parseRepositoryField,
  type ActionSource,
  type ModelshipInstall,
} from "./source.js";
export {
  PLACEHOLDER_REF,
  PLACEHOLDER_REPOSITORY,
  pointUsesAt,
  readWorkflows,
  usesValues,
  type WorkflowFile,
} from "./workflows.js";
