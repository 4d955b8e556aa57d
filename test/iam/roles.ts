/**
 * The roles of stack-templates/github-oidc-role.yml as IAM would hold them for one app: the
 * template evaluated with that app's parameters, each role's inline and managed policies
 * collected, and the permissions boundary the service role's roles carry.
 */
import type { CfnValue } from "../../actions/lib/deploy/cfn-yaml.js";
import {
  evaluateTemplate,
  isObject,
  type CfnObject,
} from "../../.ci/cfn/evaluate.js";
import {
  DEFAULT_ENVIRONMENT,
  environmentApp,
} from "../../actions/lib/version.js";
import { loadTemplate } from "../templates/templates.js";
import type { RolePolicies, Statement } from "./policy.js";

/** The account and region every test ARN lives in. */
export const ACCOUNT = "111122223333";
export const REGION = "eu-west-1";
export const PSEUDO = {
  "AWS::Partition": "aws",
  "AWS::Region": REGION,
  "AWS::AccountId": ACCOUNT,
};

/** An ARN in the test account and region. */
export const arn = (
  service: string,
  resource: string,
  region = REGION,
): string => `arn:aws:${service}:${region}:${ACCOUNT}:${resource}`;

/** The DATABASE_URL secret every app of the tests reads. */
export const secretArn = (app: string): string =>
  arn("secretsmanager", `secret:${app}/database-url-AbC123`);

/** One app's roles, in one environment. */
export interface AppRoles {
  /** The app's name on AWS in the environment (environmentApp): every scope but the image's. */
  app: string;
  /** The app itself, and the environment the role stack serves. */
  baseApp: string;
  environment: string;
  /** The ECR repository: the app's in every environment (one image, promoted by digest). */
  repository: string;
  github: RolePolicies;
  service: RolePolicies;
  /** The boundary every role the service role creates must carry. */
  boundaryArn: string;
  boundary: Statement[];
  serviceRoleArn: string;
  /** Each role's policies as IAM stores them: inline ones per role, managed ones per policy. */
  documents: { role: string; kind: "inline" | "managed"; json: string }[];
}

const ROLE_TEMPLATE = loadTemplate("github-oidc-role.yml");

function physicalIds(app: string) {
  const resources = isObject(ROLE_TEMPLATE.Resources)
    ? ROLE_TEMPLATE.Resources
    : {};
  const ids: Record<string, string> = {};
  for (const [id, raw] of Object.entries(resources)) {
    if (!isObject(raw)) continue;
    if (raw.Type === "AWS::IAM::ManagedPolicy") {
      const named =
        id === "TaskBoundary"
          ? `modelship/${app}/${app}-task-boundary`
          : `${app}-${id}`;
      ids[id] = `arn:aws:iam::${ACCOUNT}:policy/${named}`;
    } else if (raw.Type === "AWS::IAM::OIDCProvider") {
      ids[id] =
        `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
    }
  }
  return ids;
}

const statementsOf = (document: CfnValue | undefined): Statement[] => {
  const statement = isObject(document) ? document.Statement : undefined;
  return (Array.isArray(statement) ? statement : [statement]).filter(
    isObject,
  ) as unknown as Statement[];
};

/** The role stack's parameters for `app` in `environment`. */
function roleParameters(baseApp: string, environment: string) {
  return {
    AppName: baseApp,
    EnvironmentName: environment,
    GitHubOrg: "octo",
    GitHubRepo: "models",
    DatabaseUrlSecretArn: secretArn(baseApp),
  };
}

/** The roles of the role stack for `baseApp` in `environment`, as IAM would hold them. */
export function appRoles(
  baseApp: string,
  environment: string = DEFAULT_ENVIRONMENT,
  /** More role stack parameters (InputStreamName, say). */
  extra: Record<string, string> = {},
): AppRoles {
  const app = environmentApp(baseApp, environment);
  const ids = physicalIds(app);
  const roleArns: Record<string, string> = {
    DeployRole: `arn:aws:iam::${ACCOUNT}:role/${app}-github-deploy`,
    CloudFormationRole: `arn:aws:iam::${ACCOUNT}:role/${app}-cloudformation`,
  };
  const { resources } = evaluateTemplate(ROLE_TEMPLATE, {
    parameters: { ...roleParameters(baseApp, environment), ...extra },
    pseudo: PSEUDO,
    ref: (id) => ids[id],
    getAtt: (id, attribute) => (attribute === "Arn" ? roleArns[id] : undefined),
  });
  const managed = (policyArn: CfnValue) => {
    const id = Object.keys(ids).find((k) => ids[k] === policyArn);
    const policy = id ? resources[id] : undefined;
    if (!policy)
      throw new Error(
        `managed policy ${String(policyArn)} is not in the role stack`,
      );
    return { id: id as string, document: policy.Properties.PolicyDocument };
  };
  const documents: AppRoles["documents"] = [];
  const collect = (roleId: string): Statement[] => {
    const role = resources[roleId]?.Properties as CfnObject;
    const inline = (Array.isArray(role.Policies) ? role.Policies : []).filter(
      isObject,
    );
    const attached = (
      Array.isArray(role.ManagedPolicyArns) ? role.ManagedPolicyArns : []
    ).map(managed);
    if (inline.length > 0)
      documents.push({
        role: roleId,
        kind: "inline",
        json: JSON.stringify(inline.map((p) => p.PolicyDocument)),
      });
    for (const m of attached)
      documents.push({
        role: m.id,
        kind: "managed",
        json: JSON.stringify(m.document),
      });
    return [
      ...inline.map((p) => p.PolicyDocument),
      ...attached.map((m) => m.document),
    ].flatMap(statementsOf);
  };
  const boundary = statementsOf(
    resources.TaskBoundary?.Properties.PolicyDocument,
  );
  documents.push({
    role: "TaskBoundary",
    kind: "managed",
    json: JSON.stringify(resources.TaskBoundary?.Properties.PolicyDocument),
  });
  return {
    app,
    baseApp,
    environment,
    repository: baseApp,
    github: { statements: collect("DeployRole") },
    service: { statements: collect("CloudFormationRole") },
    boundaryArn: ids.TaskBoundary as string,
    boundary,
    serviceRoleArn: roleArns.CloudFormationRole as string,
    documents,
  };
}

/** The trust policy of the GitHub role for `app` in `environment`: who may assume it. */
export function githubTrust(
  app: string,
  environment: string = DEFAULT_ENVIRONMENT,
): Statement[] {
  const { resources } = evaluateTemplate(ROLE_TEMPLATE, {
    parameters: roleParameters(app, environment),
    pseudo: PSEUDO,
    ref: (id) => physicalIds(environmentApp(app, environment))[id],
  });
  return statementsOf(
    resources.DeployRole?.Properties.AssumeRolePolicyDocument,
  );
}
