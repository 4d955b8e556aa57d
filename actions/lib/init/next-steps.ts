import type { DetectedRepository } from "./detect.js";
import type { ActionSource } from "./source.js";

/** The GitHub environment our deploy and revert jobs declare. */
export const DEPLOY_ENVIRONMENT = "production";

/**
 * What to do after init, with this repository's names filled in where init knows them: deploy the
 * OIDC role stack with a subject filter that matches jobs in the `production` environment, then
 * set the role variable and the database secret.
 */
export function nextSteps(options: {
  detected: DetectedRepository;
  source: ActionSource;
}): string {
  const { detected, source } = options;
  const owner = detected.gitHubRepository?.owner ?? "<OWNER>";
  const repo = detected.gitHubRepository?.repo ?? "<REPO>";
  const app = detected.app;
  const template = `https://raw.githubusercontent.com/${source.owner}/${source.repo}/${source.ref}/stack-templates/github-oidc-role.yml`;
  const runner = `github:${source.owner}/${source.repo}#${source.ref}`;
  const todo: string[] = [];
  if (!detected.train) todo.push("train.command");
  if (!detected.start) todo.push("service.start");
  if (detected.smokeCases !== "own") todo.push("smoke-cases.json");
  return [
    "Next steps:",
    "",
    `1. Review modelship.yml${todo.length ? ` (to fill in: ${todo.join(", ")})` : ""}, then try`,
    `   the whole pipeline on this machine: npx ${runner} pipeline --target local`,
    "",
    "2. Once per AWS account, deploy the role the workflows assume through GitHub's OIDC:",
    `     curl -fsSLo github-oidc-role.yml ${template}`,
    `     aws cloudformation deploy --stack-name ${app}-github-oidc \\`,
    "       --template-file github-oidc-role.yml --capabilities CAPABILITY_NAMED_IAM \\",
    `       --parameter-overrides AppName=${app} GitHubOrg=${owner} GitHubRepo=${repo} \\`,
    `         EnvironmentName=${DEPLOY_ENVIRONMENT}`,
    `   The deploy and revert jobs run in the "${DEPLOY_ENVIRONMENT}" environment, so their token's`,
    `   subject is repo:${owner}/${repo}:environment:${DEPLOY_ENVIRONMENT}. A filter such as`,
    "   ref:refs/heads/main never matches them. Add CreateOidcProvider=false and",
    "   ExistingOidcProviderArn=... if the account already has GitHub's OIDC provider.",
    "   With more environments in modelship.yml (environments:), deploy one such stack per",
    `   environment (say --stack-name ${app}-github-oidc-staging ... EnvironmentName=staging),`,
    "   each trusting only its own environment's jobs.",
    "",
    `3. In ${owner}/${repo} on GitHub, Settings > Environments: create "${DEPLOY_ENVIRONMENT}". Then under`,
    "   Settings > Secrets and variables > Actions:",
    "     variable MODELSHIP_ROLE_ARN      the RoleArn output of the stack above",
    "     secret   MODELSHIP_DATABASE_URL  postgres://... of the deployments registry and prediction logs",
    "",
    "4. Before the first deploy, give the shared stack's parameters in modelship.yml under",
    "   deploy.shared-parameters: VpcId, LoadBalancerSubnetIds (public subnets in two zones) and",
    "   DatabaseUrlSecretArn (the same URL, kept in Secrets Manager or SSM for the tasks), and",
    "   the stack's CloudFormationRoleArn output as aws.cloudformation-role-arn.",
    "",
    "5. Commit modelship.yml, smoke-cases.json and .github/workflows/, and push.",
  ].join("\n");
}
