/**
 * What a version is, which picks its stack template and how it is reached: `online` (an HTTP
 * service behind the load balancer), `batch` (a queue-fed worker that scores dropped files) or
 * `stream` (a consumer of the app's input stream that puts its decisions on the output stream).
 * Precedence as everywhere: the `kind` input, then modelship.yml's `deploy.kind`, then `online`.
 */
import type { DeployKind } from "../config/types.js";
import { ConfigurationError } from "../errors.js";
import type { InputSpec } from "../input-table.js";
import { requiredInput, type InputSource } from "../inputs.js";

/** The kinds this deploy-stack deploys. */
export const DEPLOY_KINDS: readonly DeployKind[] = [
  "online",
  "batch",
  "stream",
];

/** `kind`: deploy-stack's, the root action's and the CLI's. */
export const KIND_INPUT: InputSpec = {
  name: "kind",
  default: "online",
  config: "deploy.kind",
  help: "what a version is: online (an HTTP service), batch (scores files dropped in the inbox) or stream (consumes the app's Kinesis stream)",
};

/** The built-in stack template of each kind. */
export const KIND_TEMPLATES: Record<string, string> = {
  online: "version.yml",
  batch: "batch.yml",
  stream: "stream.yml",
};

/** Checks a kind as written (input, flag or modelship.yml). */
export function parseDeployKind(raw: string): DeployKind {
  if ((DEPLOY_KINDS as readonly string[]).includes(raw))
    return raw as DeployKind;
  throw new ConfigurationError(
    `input "kind" (deploy.kind) ${JSON.stringify(raw.slice(0, 40))} is not a kind this deploy-stack deploys: use ${DEPLOY_KINDS.join(", ")}`,
  );
}

/** Reads `kind` (input, then deploy.kind, then online). */
export function readDeployKind(read: InputSource): DeployKind {
  return parseDeployKind(requiredInput(read, "kind"));
}

/**
 * A stream version's tasks may write only to the app's own streams (the task roles' permissions
 * boundary in the role stack), so another output stream would deploy and then fail on every put.
 * Checked with the inputs, before any call.
 */
export function checkOutputStream(request: {
  kind: DeployKind;
  /** The app's name in the version's environment (environmentApp). */
  scopedApp: string;
  parameters: ReadonlyMap<string, string>;
}): void {
  const output = request.parameters.get("OutputStreamName");
  if (request.kind !== "stream" || !output) return;
  if (!output.startsWith(`${request.scopedApp}-`))
    throw new ConfigurationError(
      `input "parameters" (deploy.parameters) OutputStreamName=${JSON.stringify(output.slice(0, 80))}: a stream version may only write to its app's streams, named ${request.scopedApp}-<name> (the role stack's permissions boundary); the input stream may be any`,
    );
}
