/**
 * The role stack of a non-default environment (EnvironmentName): its GitHub role and service role
 * grant every call on the environment's names (`<app>--<env>`, from the code's own naming
 * functions), share only the ECR repository with the app's other environments, trust only that
 * GitHub environment, and never reach another environment's resources.
 */
import { fileURLToPath } from "node:url";
import { loadTemplate, TEMPLATE_NAMES } from "../templates/templates.js";
import { DIRECT_CALLS, UNSCOPED_ACTIONS } from "./direct-calls.js";
import { isAllowed, type Request } from "./policy.js";
import { RESOURCE_TYPE_NEEDS } from "./resource-types.js";
import { appRoles, githubTrust } from "./roles.js";
import { scanSdkCalls } from "./sdk-calls.js";
import { WORKER_FILES } from "./worker-calls.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SENT = [
  ...new Set(
    scanSdkCalls(ROOT)
      .filter((c) => !WORKER_FILES.includes(c.file))
      .map((c) => c.action),
  ),
].sort();
const typesOf = (name: string) =>
  Object.values(
    loadTemplate(name).Resources as Record<string, { Type: string }>,
  ).map((r) => r.Type);
// The types the service role deploys: what the change sets may list in ResourceTypes.
const DEPLOYED_TYPES = [
  ...new Set(["shared.yml", "version.yml", "batch.yml"].flatMap(typesOf)),
].sort();
const SERVICE_ROLE_TYPES = [
  ...new Set(
    TEMPLATE_NAMES.filter((name) => name !== "github-oidc-role.yml").flatMap(
      typesOf,
    ),
  ),
].sort();
const describeRequest = (r: Request) => `${r.action} on ${r.resource}`;
describe("an environment's GitHub role", () => {
  const STAGING = appRoles("ml", "staging");

  it.each(SENT)("grants %s on the environment's own resources", (action) => {
    const denied = (
      DIRECT_CALLS[action]?.(STAGING, DEPLOYED_TYPES) ?? []
    ).filter((r) => !isAllowed(STAGING.github, r));
    expect(denied.map(describeRequest)).toEqual([]);
  });

  it("names its stacks, listener and cluster after <app>--<env>, and pulls from the app's repository", () => {
    const requests = Object.values(DIRECT_CALLS).flatMap((build) =>
      build(STAGING, DEPLOYED_TYPES),
    );
    const resources = requests.map((r) => r.resource);
    expect(resources).toEqual(
      expect.arrayContaining([
        expect.stringContaining(":stack/ml--staging-shared/"),
        expect.stringContaining(":stack/ml--staging-v-1--2/"),
        expect.stringContaining(":listener/app/ml--staging/"),
        expect.stringContaining(":repository/ml"),
      ]),
    );
    expect(
      resources.filter((r) => r.endsWith(":repository/ml--staging")),
    ).toEqual([]);
  });

  it("trusts only that GitHub environment", () => {
    const [statement] = githubTrust("ml", "staging");
    expect(
      statement?.Condition?.StringLike?.[
        "token.actions.githubusercontent.com:sub"
      ],
    ).toBe("repo:octo/models:environment:staging");
  });

  it.each([
    ["production", "staging"],
    ["staging", "production"],
    ["staging", "dev"],
  ])("of %s never reaches %s's stacks, services or traffic", (mine, theirs) => {
    const me = appRoles("ml", mine);
    const them = appRoles("ml", theirs);
    const shared = `:repository/${them.repository}`;
    const reached = Object.entries(DIRECT_CALLS)
      .filter(([action]) => !UNSCOPED_ACTIONS.has(action))
      .flatMap(([, build]) => build(them, DEPLOYED_TYPES))
      .filter((r) => !r.resource.endsWith(shared))
      .map((r) =>
        r.context?.["cloudformation:RoleArn"]
          ? {
              ...r,
              context: {
                ...r.context,
                "cloudformation:RoleArn": me.serviceRoleArn,
              },
            }
          : r,
      )
      .filter((r) => isAllowed(me.github, r));
    expect(reached.map(describeRequest)).toEqual([]);
  });
});

describe("an environment's service role", () => {
  const STAGING = appRoles("ml", "staging");

  it.each(SERVICE_ROLE_TYPES)(
    "covers %s under the environment's names",
    (type) => {
      const denied = (
        RESOURCE_TYPE_NEEDS[type]?.(STAGING.app, STAGING.boundaryArn) ?? []
      ).filter((r) => !isAllowed(STAGING.service, r));
      expect(denied.map(describeRequest)).toEqual([]);
    },
  );

  it.each([
    ["production", "staging"],
    ["staging", "production"],
  ])("of %s never reaches %s's named or tagged resources", (mine, theirs) => {
    const me = appRoles("ml", mine);
    const them = appRoles("ml", theirs);
    const reached = Object.values(RESOURCE_TYPE_NEEDS)
      .flatMap((needs) => needs(them.app, them.boundaryArn))
      .filter((r) => r.resource !== "*" && !r.resource.includes(":vpc/"))
      .filter((r) => isAllowed(me.service, r));
    expect(reached.map(describeRequest)).toEqual([]);
  });
});
