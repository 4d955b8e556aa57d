/** What the config action exposes: the values a workflow needs before the other steps. */
import { CONFIG_INPUT, DEFAULT_APP } from "../common-inputs.js";
import type { InputTable } from "../input-table.js";
import type { RepositoryConfig } from "./types.js";

/** The config action's one input. */
export const CONFIG_ACTION_INPUTS: InputTable = [CONFIG_INPUT];

/** The region the workflows use when modelship.yml names none. */
export const DEFAULT_AWS_REGION = "us-east-1";

/** The config action's outputs. */
export interface ConfigOutputs {
  app: string;
  "aws-region": string;
  "deploy-kind": string;
  /** The whole configuration, with the defaults above filled in, as one line of JSON. */
  json: string;
}

/** The outputs for a loaded (validated) configuration. */
export function configOutputs(config: RepositoryConfig): ConfigOutputs {
  const app = config.app ?? DEFAULT_APP;
  const region = config.aws?.region ?? DEFAULT_AWS_REGION;
  const kind = config.deploy?.kind ?? "online";
  const resolved = {
    ...config,
    app,
    aws: { ...config.aws, region },
    deploy: { ...config.deploy, kind },
  };
  return {
    app,
    "aws-region": region,
    "deploy-kind": kind,
    json: JSON.stringify(resolved),
  };
}
