/** The tags of the stacks a deploy creates; one place, so keep-versions reads what deploy writes. */
import type { DeploySource } from "./core.js";
import type { DeployRequest } from "./inputs.js";

/** The stack tag that says what a version is; keep-versions retires only `online` ones. */
export const KIND_TAG = "modelship:kind";

/** The tags of a version's stack (CloudFormation propagates them to its resources). */
export function versionTags(req: DeployRequest, source: DeploySource) {
  return {
    "modelship:app": req.app,
    "modelship:version": req.names.version,
    [KIND_TAG]: req.kind,
    "modelship:commit": source.commitSha ?? "",
    "modelship:repository": source.repository ?? "",
  };
}

/**
 * The shared stack's tags. No commit: CloudFormation propagates stack tags to every resource, so
 * a tag that changes with each commit would update every shared resource on every deploy.
 */
export function sharedTags(req: DeployRequest, source: DeploySource) {
  return {
    "modelship:app": req.app,
    "modelship:version": "shared",
    "modelship:repository": source.repository ?? "",
  };
}
