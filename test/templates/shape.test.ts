import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import type { CfnValue } from "../../actions/lib/deploy/cfn-yaml.js";
import {
  APP_PATTERN,
  ENVIRONMENT_APP_PATTERN,
  ENVIRONMENT_PATTERN,
  environmentApp,
  MAX_APP_LENGTH,
  MIN_APP_LENGTH,
} from "../../actions/lib/version.js";
import { evaluateTemplate, evaluateValue } from "../../.ci/cfn/evaluate.js";
import { loadTemplate, TEMPLATE_NAMES } from "./templates.js";

type Obj = { [key: string]: CfnValue };
const SHARED = loadTemplate("shared.yml");
const VERSION = loadTemplate("version.yml");
const ROLES = loadTemplate("github-oidc-role.yml");
const parameter = (template: Obj, name: string) =>
  (template.Parameters as Obj)[name] as Obj;
const PSEUDO = {
  "AWS::Partition": "aws",
  "AWS::Region": "eu-west-1",
  "AWS::AccountId": "111122223333",
};

describe("one source for each naming rule", () => {
  // The deployed stacks take the app in its environment; the role stack takes the app itself.
  it.each(TEMPLATE_NAMES)("%s takes AppName by version.ts's rule", (name) => {
    const app = parameter(loadTemplate(name), "AppName");
    expect(app.AllowedPattern).toBe(
      name === "github-oidc-role.yml"
        ? APP_PATTERN.source
        : ENVIRONMENT_APP_PATTERN.source,
    );
    expect([app.MinLength, app.MaxLength]).toEqual([
      MIN_APP_LENGTH,
      MAX_APP_LENGTH,
    ]);
  });

  it.each([
    ["iris", "production"],
    ["iris", "staging"],
    ["fraud-model", "dev-2"],
    ["ab", "canary-eu"],
  ])("the environment pattern accepts %s in %s", (app, environment) => {
    expect(ENVIRONMENT_APP_PATTERN.test(environmentApp(app, environment))).toBe(
      true,
    );
  });

  it.each([
    "iris--",
    "iris---staging",
    "iris--v",
    "iris--a-v-b",
    "iris--staging--dev",
    "internal-x--staging",
    "iris--Staging",
    "v--staging",
  ])("the environment pattern refuses %s", (name) => {
    expect(ENVIRONMENT_APP_PATTERN.test(name)).toBe(false);
  });

  const secretPattern = String(
    parameter(SHARED, "DatabaseUrlSecretArn").AllowedPattern,
  );
  it("the role stack takes the secret ARN by the same pattern as the shared stack", () => {
    expect(parameter(ROLES, "DatabaseUrlSecretArn").AllowedPattern).toBe(
      secretPattern,
    );
  });

  it.each([
    "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/db-url-AbC123",
    "arn:aws-us-gov:secretsmanager:us-gov-west-1:111122223333:secret:db-x1Y2z3",
    "arn:aws:ssm:eu-west-1:111122223333:parameter/modelship/db-url",
  ])("accepts the secret ARN %s", (arn) => {
    expect(new RegExp(secretPattern).test(arn)).toBe(true);
  });

  // ECS would read a JSON key, stage or version, but IAM grants on the secret's own ARN: the task
  // could then never read it.
  it.each([
    [
      "a JSON key",
      "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbC123:url::",
    ],
    [
      "a version stage",
      "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbC123::AWSCURRENT:",
    ],
    [
      "no 6-character suffix",
      "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db",
    ],
    [
      "a parameter version",
      "arn:aws:ssm:eu-west-1:111122223333:parameter/db:3",
    ],
    ["another service", "arn:aws:s3:::bucket/db"],
  ])("refuses a secret ARN with %s", (_why, arn) => {
    expect(new RegExp(secretPattern).test(arn)).toBe(false);
  });
});

describe("OIDC subject", () => {
  it("defaults to the production environment, and takes the environment by name", () => {
    expect(parameter(ROLES, "EnvironmentName").Default).toBe("production");
    expect(parameter(ROLES, "SubjectFilter").Default).toBe("");
    expect(parameter(ROLES, "EnvironmentName").AllowedPattern).toBe(
      ENVIRONMENT_PATTERN.source,
    );
  });

  // The default must match every job that assumes the role, or those jobs cannot deploy.
  // Each job runs as one environment's GitHub environment (production, or one of modelship.yml's
  // environments by expression), so the role stack of that environment trusts exactly it.
  it("every workflow job that asks for an OIDC token runs as a GitHub environment", () => {
    const dir = new URL("../../workflows/", import.meta.url);
    const jobs = readdirSync(dir).flatMap((file) => {
      const workflow = parse(readFileSync(new URL(file, dir), "utf8")) as {
        jobs: Record<string, Obj>;
      };
      return Object.entries(workflow.jobs).map(([id, job]) => ({
        id: `${file}:${id}`,
        job,
      }));
    });
    const oidc = jobs.filter(
      ({ job }) =>
        (job.permissions as Obj | undefined)?.["id-token"] === "write",
    );
    expect(oidc.length).toBeGreaterThan(0);
    expect(
      oidc
        .filter(
          ({ job }) =>
            job.environment !== "production" &&
            !/^\$\{\{ (needs\.[\w-]+\.outputs\.[\w-]*environment|matrix\.to|inputs\.to) \}\}$/.test(
              String(job.environment),
            ),
        )
        .map((j) => j.id),
    ).toEqual([]);
  });
});

describe("subnets", () => {
  const outputs = (parameters: Record<string, string | string[]>) =>
    evaluateTemplate(SHARED, {
      parameters: {
        AppName: "ml",
        VpcId: "vpc-1",
        DatabaseUrlSecretArn: "arn:x",
        ...parameters,
      },
      pseudo: PSEUDO,
      ref: (id) => id,
    });

  it.each([
    [
      "public and private subnets",
      {
        LoadBalancerSubnetIds: ["pub-a", "pub-b"],
        ServiceSubnetIds: ["priv-a", "priv-b"],
      },
      "pub-a,pub-b",
      "priv-a,priv-b",
      "DISABLED",
    ],
    [
      "public subnets only",
      { LoadBalancerSubnetIds: ["pub-a", "pub-b"] },
      "pub-a,pub-b",
      "pub-a,pub-b",
      "ENABLED",
    ],
    [
      "the deprecated SubnetIds alias",
      { SubnetIds: ["s-a", "s-b"] },
      "s-a,s-b",
      "s-a,s-b",
      "ENABLED",
    ],
    [
      "the alias with private tasks",
      { SubnetIds: ["s-a", "s-b"], ServiceSubnetIds: ["priv-a"] },
      "s-a,s-b",
      "priv-a",
      "DISABLED",
    ],
  ])("%s", (_name, parameters, loadBalancer, service, publicIp) => {
    const shape = outputs(parameters);
    const subnets = shape.resources.LoadBalancer?.Properties
      .Subnets as string[];
    expect([
      subnets.join(","),
      shape.outputs.ServiceSubnetIds,
      shape.outputs.AssignPublicIp,
    ]).toEqual([loadBalancer, service, publicIp]);
  });
});

describe("listeners and URLs", () => {
  const shape = (certificate: string) =>
    evaluateTemplate(SHARED, {
      parameters: {
        AppName: "ml",
        VpcId: "vpc-1",
        DatabaseUrlSecretArn: "arn:x",
        SubnetIds: ["a", "b"],
        CertificateArn: certificate,
        DomainName: certificate ? "ml.example.com" : "",
      },
      pseudo: PSEUDO,
      ref: (id) => id,
      getAtt: (id, attribute) => `${id}.${attribute}`,
    });

  it("serves on HTTPS with a certificate, and port 80 redirects there", () => {
    const { outputs, resources } = shape(
      "arn:aws:acm:eu-west-1:111122223333:certificate/x",
    );
    expect(outputs.ListenerArn).toBe("HttpsListener");
    expect(outputs.LoadBalancerUrl).toBe("https://ml.example.com");
    expect(resources.HttpListener?.Properties.DefaultActions).toEqual([
      {
        Type: "redirect",
        RedirectConfig: {
          Protocol: "HTTPS",
          Port: "443",
          StatusCode: "HTTP_301",
        },
      },
    ]);
  });

  it("serves on HTTP without one", () => {
    const { outputs, resources } = shape("");
    expect([
      outputs.ListenerArn,
      outputs.HttpsListenerArn,
      outputs.LoadBalancerUrl,
    ]).toEqual(["HttpListener", "", "http://LoadBalancer.DNSName"]);
    expect(resources.HttpsListener).toBeUndefined();
  });
});

describe("version stack", () => {
  const resources = VERSION.Resources as Obj;
  const properties = (id: string) => (resources[id] as Obj).Properties as Obj;

  it("sizes the task's disk for the prediction-log journal", () => {
    const storage = parameter(VERSION, "EphemeralStorageGiB");
    expect(Number(storage.Default)).toBeGreaterThanOrEqual(21);
    expect(properties("TaskDefinition").EphemeralStorage).toEqual({
      SizeInGiB: { Ref: "EphemeralStorageGiB" },
    });
  });

  it("answers /v/<version> with and without the trailing slash", () => {
    const values = evaluateValue(
      VERSION,
      properties("ListenerRule").Conditions as CfnValue,
      {
        parameters: { ModelVersion: "1.2" },
      },
    );
    expect(values).toEqual([
      {
        Field: "path-pattern",
        PathPatternConfig: { Values: ["/v/1.2", "/v/1.2/*"] },
      },
    ]);
  });

  it("leaves the running count to autoscaling", () => {
    expect(properties("Service").DesiredCount).toBeUndefined();
    expect(Object.keys(VERSION.Parameters as Obj)).not.toContain(
      "DesiredCount",
    );
  });
});

describe("the permissions boundary", () => {
  it("is the policy the role stack creates, for the same app", () => {
    const context = { parameters: { AppName: "ml-prod" }, pseudo: PSEUDO };
    const created = evaluateTemplate(ROLES, {
      ...context,
      parameters: {
        ...context.parameters,
        GitHubOrg: "o",
        GitHubRepo: "r",
        DatabaseUrlSecretArn: "arn:x",
      },
    }).resources.TaskBoundary?.Properties as Obj;
    const arn = `arn:aws:iam::111122223333:policy${String(created.Path)}${String(created.ManagedPolicyName)}`;
    for (const id of ["ExecutionRole", "TaskRole"]) {
      const role = evaluateTemplate(SHARED, { ...context, ref: (r) => r })
        .resources[id];
      expect(role?.Properties.PermissionsBoundary).toBe(arn);
    }
  });
});
