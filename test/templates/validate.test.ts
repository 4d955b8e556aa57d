import { readFileSync } from "node:fs";
import { awsResourceSpec } from "../../actions/lib/cfn/spec.js";
import {
  formatFinding,
  validateTemplate,
  type Finding,
} from "../../actions/lib/cfn/validate.js";

const read = (name: string) =>
  readFileSync(
    new URL(`../../stack-templates/${name}`, import.meta.url),
    "utf8",
  );
const VERSION = read("version.yml");
const SHARED = read("shared.yml");

// Loaded once for the whole file: the spec takes about a second.
const spec = awsResourceSpec();
const validate = (text: string) => validateTemplate(text, { spec });

/** Replaces exactly one occurrence, so a broken variant never silently equals the original. */
function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe("shipped templates", () => {
  it.each(["shared.yml", "version.yml", "github-oidc-role.yml"])(
    "%s validates clean",
    (name) => {
      const findings = validate(read(name));
      expect(findings.map((f) => formatFinding(name, f))).toEqual([]);
    },
  );
});

describe("broken variants are caught", () => {
  it.each<[string, string, string, string, Partial<Finding>]>([
    [
      "unknown top-level property",
      VERSION,
      "      LaunchType: FARGATE",
      "      LaunchTyp: FARGATE",
      {
        rule: "unknown-property",
        path: "Resources.Service.Properties.LaunchTyp",
      },
    ],
    [
      "unknown nested property",
      VERSION,
      "          Enable: true",
      "          Enabled: true",
      {
        rule: "unknown-property",
        path: "Resources.Service.Properties.DeploymentConfiguration.DeploymentCircuitBreaker.Enabled",
      },
    ],
    [
      "wrong case is suggested",
      VERSION,
      "      HealthCheckPath: !Ref HealthCheckPath",
      "      HealthcheckPath: !Ref HealthCheckPath",
      {
        rule: "unknown-property",
        message: expect.stringContaining("did you mean HealthCheckPath?"),
      },
    ],
    [
      "missing required property",
      VERSION,
      "      PolicyType: TargetTrackingScaling\n",
      "",
      {
        rule: "missing-required-property",
        path: "Resources.CpuScalingPolicy.Properties",
        message: expect.stringContaining('"PolicyType"'),
      },
    ],
    [
      "missing required nested property",
      VERSION,
      "            - Name: DATABASE_URL\n",
      "            - \n",
      {
        rule: "missing-required-property",
        path: "Resources.TaskDefinition.Properties.ContainerDefinitions[0].Secrets[0]",
      },
    ],
    [
      "unknown resource type",
      VERSION,
      "Type: AWS::ECS::Service\n",
      "Type: AWS::ECS::Servic\n",
      { rule: "unknown-resource-type", path: "Resources.Service.Type" },
    ],
    [
      "Ref to an undefined name",
      VERSION,
      "Cluster: !Ref ClusterName",
      "Cluster: !Ref ClusterNam",
      {
        rule: "undefined-reference",
        path: "Resources.Service.Properties.Cluster.Ref",
      },
    ],
    [
      "GetAtt of an undefined resource",
      VERSION,
      "!GetAtt Service.Name",
      "!GetAtt Servic.Name",
      {
        rule: "undefined-reference",
        path: "Outputs.ServiceName.Value.Fn::GetAtt",
      },
    ],
    [
      "GetAtt of an unknown attribute",
      VERSION,
      "!GetAtt Service.Name",
      "!GetAtt Service.Arn",
      {
        rule: "unknown-attribute",
        message: expect.stringContaining("known: Name, ServiceArn"),
      },
    ],
    [
      "unknown attribute inside Sub",
      VERSION,
      "${Service.Name}",
      "${Service.ServiceName}",
      {
        rule: "unknown-attribute",
        path: "Resources.ScalableTarget.Properties.ResourceId.Fn::Sub",
      },
    ],
    [
      "undefined name inside Sub",
      VERSION,
      "/v/${ModelVersion}/*",
      "/v/${Version}/*",
      {
        rule: "undefined-reference",
        message: expect.stringContaining('"Version"'),
      },
    ],
    [
      "output referencing nothing",
      VERSION,
      "Value: !Ref TargetGroup",
      "Value: !Ref TargetGroups",
      { rule: "undefined-reference", path: "Outputs.TargetGroupArn.Value.Ref" },
    ],
    [
      "DependsOn an undefined resource",
      VERSION,
      "DependsOn: ListenerRule",
      "DependsOn: ListenerRules",
      { rule: "undefined-reference", path: "Resources.Service.DependsOn" },
    ],
    [
      "undefined condition in Fn::If",
      SHARED,
      "!If [HasCertificate, !Ref HttpsListener",
      "!If [HasCert, !Ref HttpsListener",
      {
        rule: "undefined-condition",
        path: "Outputs.HttpsListenerArn.Value.Fn::If[0]",
      },
    ],
    [
      "undefined condition on a resource",
      SHARED,
      "    Condition: HasCertificate\n",
      "    Condition: HasCert\n",
      {
        rule: "undefined-condition",
        path: "Resources.HttpsListener.Condition",
      },
    ],
    [
      "unused condition",
      SHARED,
      "Conditions:\n",
      "Conditions:\n  NeverUsed: !Equals [!Ref AppName, x]\n",
      { rule: "unused-condition", path: "Conditions.NeverUsed" },
    ],
    [
      "resource referenced from Conditions",
      SHARED,
      '!Equals [!Ref CertificateArn, ""]',
      '!Equals [!Ref LoadBalancer, ""]',
      {
        rule: "undefined-reference",
        message: expect.stringContaining("Conditions may only Ref parameters"),
      },
    ],
    [
      "list where a mapping is expected",
      VERSION,
      'Matcher: { HttpCode: "200" }',
      "Matcher: [200]",
      {
        rule: "wrong-value-type",
        path: "Resources.TargetGroup.Properties.Matcher",
      },
    ],
    [
      "non-number for an integer",
      VERSION,
      "HealthCheckGracePeriodSeconds: 60",
      "HealthCheckGracePeriodSeconds: sixty",
      {
        rule: "wrong-value-type",
        path: "Resources.Service.Properties.HealthCheckGracePeriodSeconds",
      },
    ],
    [
      "unknown resource attribute",
      VERSION,
      "    DependsOn: ListenerRule\n",
      "    DependsOn: ListenerRule\n    DeletePolicy: Retain\n",
      { rule: "template-structure", path: "Resources.Service.DeletePolicy" },
    ],
    [
      "YAML syntax error",
      VERSION,
      "SecurityGroups: [!Ref ServiceSecurityGroupId]",
      "SecurityGroups: [!Ref ServiceSecurityGroupId",
      { rule: "yaml-syntax" },
    ],
  ])("%s", (_name, base, from, to, expected) => {
    const findings = validate(mutate(base, from, to));
    expect(findings).toEqual(
      expect.arrayContaining([expect.objectContaining(expected)]),
    );
    expect(findings.every((f) => f.line === undefined || f.line > 0)).toBe(
      true,
    );
  });

  it("points at the line of the mistake", () => {
    const text = mutate(
      VERSION,
      "      LaunchType: FARGATE",
      "      LaunchTyp: FARGATE",
    );
    const line =
      text.split("\n").findIndex((l) => l.includes("LaunchTyp:")) + 1;
    const [finding] = validate(text);
    expect(finding?.line).toBe(line);
    expect(formatFinding("v.yml", finding as Finding)).toBe(
      `v.yml:${line}: [unknown-property] Resources.Service.Properties.LaunchTyp: AWS::ECS::Service has no property "LaunchTyp"`,
    );
  });
});
