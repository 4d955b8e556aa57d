/** What the config action exposes: the values a workflow needs before the other steps. */
import { CONFIG_INPUT, DEFAULT_APP } from "../common-inputs.js";
import type { InputTable } from "../input-table.js";
import { configForEnvironment, environmentNames } from "./environments.js";
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
  /** The environments in pipeline order, as a JSON array of names. */
  environments: string;
  /** The first environment: where deploy.yml deploys on a push. */
  "first-environment": string;
  /** Each later environment as JSON `[{to, from, region}]`: deploy.yml's promotion matrix. */
  promotions: string;
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
  const environments = environmentNames(config);
  const promotions = environments.slice(1).map((to, index) => ({
    to,
    from: environments[index],
    region: configForEnvironment(config, to).aws?.region ?? DEFAULT_AWS_REGION,
  }));
  return {
    app,
    "aws-region":
      configForEnvironment(config, environments[0] as string).aws?.region ??
      region,
    "deploy-kind": kind,
    environments: JSON.stringify(environments),
    "first-environment": environments[0] as string,
    promotions: JSON.stringify(promotions),
    json: JSON.stringify(resolved),
  };
}
