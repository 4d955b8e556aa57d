import { readFileSync } from "node:fs";
import {
  parseTemplate,
  type CfnValue,
} from "../../actions/lib/deploy/cfn-yaml.js";

// The names deploy-stack passes and reads. A template parameter not listed here must have a
// default, since deploy-stack never passes it.
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
      "ContainerPort",
      "DatabaseUrlSecretArn",
    ],
    outputs: [
      "ClusterName",
      "ClusterArn",
      "ListenerArn",
      "HttpListenerArn",
      "HttpsListenerArn",
      "LoadBalancerUrl",
      "LoadBalancerDnsName",
      "ServiceSecurityGroupId",
      "ExecutionRoleArn",
      "TaskRoleArn",
      "LogGroupName",
      "VpcId",
      "ServiceSubnetIds",
      "AssignPublicIp",
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
      "ContainerPort",
      "Cpu",
      "Memory",
      "MinCapacity",
      "MaxCapacity",
      "TargetCpuUtilization",
      "ListenerRulePriority",
      "HealthCheckPath",
      "DatabaseUrlSecretArn",
      "ClusterName",
      "ListenerArn",
      "VpcId",
      "ServiceSubnetIds",
      "AssignPublicIp",
      "ServiceSecurityGroupId",
      "ExecutionRoleArn",
      "TaskRoleArn",
      "LogGroupName",
      "LoadBalancerUrl",
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
  it("every shared output it needs is a parameter of the same name", () => {
    const shared = Object.keys(load("shared.yml").Outputs as Obj);
    const wanted = [
      "ClusterName",
      "ListenerArn",
      "VpcId",
      "ServiceSubnetIds",
      "AssignPublicIp",
      "ServiceSecurityGroupId",
      "ExecutionRoleArn",
      "TaskRoleArn",
      "LogGroupName",
      "LoadBalancerUrl",
    ];
    expect(shared).toEqual(expect.arrayContaining(wanted));
    expect(Object.keys(load("version.yml").Parameters as Obj)).toEqual(
      expect.arrayContaining(wanted),
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
