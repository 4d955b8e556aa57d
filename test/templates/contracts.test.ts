import { readFileSync } from "node:fs";
import {
  parseTemplate,
  type CfnValue,
} from "../../actions/lib/deploy/cfn-yaml.js";
import {
  SHARED_OUTPUTS,
  SHARED_PARAMETERS,
} from "../../actions/lib/deploy/shared-stack.js";

// The names deploy-stack passes and reads. A template parameter not listed here must have a
// default, since deploy-stack never passes it. What a version stack takes from the shared stack
// (outputs, and parameters the two must agree on) is the deploy core's own list, imported.
const CONTRACT = {
  "shared.yml": {
    parameters: [
      "AppName",
      "VpcId",
      "LoadBalancerSubnetIds",
      "ServiceSubnetIds",
      "SubnetIds",
      "CertificateArn",
      "DomainName",
      ...SHARED_PARAMETERS,
    ],
    outputs: [
      ...SHARED_OUTPUTS,
      // Read by deploy and revert, to set the HTTPS listener's split too.
      "HttpsListenerArn",
      // For people and other stacks; deploy-stack reads none of them.
      "ClusterArn",
      "HttpListenerArn",
      "LoadBalancerDnsName",
      // Read by deploy-stack for batch versions (batch.yml), and by revert.
      "BatchBucketName",
      "AppInboxRuleName",
    ],
  },
  "version.yml": {
    parameters: [
      "AppName",
      "ModelVersion",
      "VersionSlug",
      "ImageUri",
      "Cpu",
      "Memory",
      "MinCapacity",
      "MaxCapacity",
      "TargetCpuUtilization",
      "ListenerRulePriority",
      "HealthCheckPath",
      ...SHARED_OUTPUTS,
      ...SHARED_PARAMETERS,
    ],
    outputs: ["Url", "VersionUrl", "ServiceName", "TargetGroupArn"],
  },
  "batch.yml": {
    parameters: [
      "AppName",
      "ModelVersion",
      "VersionSlug",
      "ImageUri",
      "WorkerImageUri",
      "ContainerPort",
      "Cpu",
      "Memory",
      "MaxCapacity",
      "DatabaseUrlSecretArn",
      "ClusterName",
      "ServiceSubnetIds",
      "AssignPublicIp",
      "ServiceSecurityGroupId",
      "ExecutionRoleArn",
      "LogGroupName",
      "BatchBucketName",
    ],
    outputs: [
      "BucketName",
      "InboxPrefix",
      "OutputPrefix",
      "QueueUrl",
      "QueueArn",
      "DeadLetterQueueUrl",
      "ServiceName",
    ],
  },
};

type Obj = Record<string, CfnValue>;
const load = (name: string) =>
  parseTemplate(
    readFileSync(
      new URL(`../../stack-templates/${name}`, import.meta.url),
      "utf8",
    ),
  ).value as Obj;

describe.each(Object.entries(CONTRACT))(
  "%s keeps deploy-stack's contract",
  (name, contract) => {
    const template = load(name);
    const parameters = template.Parameters as Obj;

    it("declares every contract parameter", () => {
      expect(Object.keys(parameters)).toEqual(
        expect.arrayContaining(contract.parameters),
      );
    });

    it("gives every other parameter a default", () => {
      const extra = Object.keys(parameters).filter(
        (p) => !contract.parameters.includes(p),
      );
      expect(
        extra.filter((p) => (parameters[p] as Obj).Default === undefined),
      ).toEqual([]);
    });

    it("has exactly the contract outputs", () => {
      expect(Object.keys(template.Outputs as Obj).sort()).toEqual(
        [...contract.outputs].sort(),
      );
    });
  },
);

describe("version.yml takes the shared stack's outputs by name", () => {
  it("every shared output the deploy core passes on is a parameter of the same name", () => {
    const shared = Object.keys(load("shared.yml").Outputs as Obj);
    expect(shared).toEqual(expect.arrayContaining(SHARED_OUTPUTS));
    expect(Object.keys(load("version.yml").Parameters as Obj)).toEqual(
      expect.arrayContaining(SHARED_OUTPUTS),
    );
  });

  it("both templates take the parameters the two stacks must agree on", () => {
    for (const name of ["shared.yml", "version.yml"])
      expect(Object.keys(load(name).Parameters as Obj)).toEqual(
        expect.arrayContaining(SHARED_PARAMETERS),
      );
  });

  it("injects DATABASE_URL as a secret, never as plain environment", () => {
    const td = ((load("version.yml").Resources as Obj).TaskDefinition as Obj)
      .Properties as Obj;
    const [container] = td.ContainerDefinitions as Obj[];
    expect(container?.Secrets).toEqual([
      { Name: "DATABASE_URL", ValueFrom: { Ref: "DatabaseUrlSecretArn" } },
    ]);
    const env = (container?.Environment as Obj[]).map((e) => e.Name);
    expect(env).toEqual(expect.arrayContaining(["MODEL_VERSION", "PORT"]));
    expect(env).not.toContain("DATABASE_URL");
  });
});
