/** The tags of the stacks a deploy creates; one place, so keep-versions reads what deploy writes. */
import type { DeploySource } from "./core.js";
import type { DeployRequest } from "./inputs.js";
import { awsAppName } from "./scope.js";

/** The stack tag that says what a version is; keep-versions retires only `online` ones. */
export const KIND_TAG = "modelship:kind";

/**
 * The tags of a version's stack (CloudFormation propagates them to its resources). The app tag is
 * the app's name on AWS in the request's environment (the templates' AppName), so the role stack
 * of one environment reaches, by tag, only that environment's target groups and security groups.
 */
export function versionTags(req: DeployRequest, source: DeploySource) {
  return {
    "modelship:app": awsAppName(req),
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
    "modelship:app": awsAppName(req),
    "modelship:version": "shared",
    "modelship:repository": source.repository ?? "",
  };
}
