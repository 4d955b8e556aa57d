import {
  formatFinding,
  validateTemplate,
  type Finding,
} from "../../.ci/cfn/validate.js";
import { mutate, readTemplateText, TEMPLATE_NAMES } from "./templates.js";

const VERSION = readTemplateText("version.yml");
const SHARED = readTemplateText("shared.yml");

describe("project template rules", () => {
  it.each(TEMPLATE_NAMES)("%s is clean", (name) => {
    const findings = validateTemplate(readTemplateText(name));
    expect(findings.map((f) => formatFinding(name, f))).toEqual([]);
  });

  // Each class of defect from issue 11, put back into a shipped template.
  it.each<[string, string, string, string, Partial<Finding>]>([
    [
      "DesiredCount next to a scalable target",
      VERSION,
      "      LaunchType: FARGATE\n",
      "      LaunchType: FARGATE\n      DesiredCount: 1\n",
      {
        rule: "desired-count-with-scaling",
        path: "Resources.Service.Properties.DesiredCount",
      },
    ],
    [
      "a listener that forwards (CloudFormation owning the weights)",
      SHARED,
      "      DefaultActions:\n        - Type: fixed-response",
      "      DefaultActions:\n        - Type: forward\n          TargetGroupArn: arn:tg\n        - Type: fixed-response",
      {
        rule: "listener-forwards",
        path: "Resources.HttpsListener.Properties.DefaultActions",
      },
    ],
    [
      "HTTP next to HTTPS without a redirect",
      SHARED,
      '        - - Type: redirect\n            RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 }',
      '        - - Type: fixed-response\n            FixedResponseConfig: { StatusCode: "503" }',
      {
        rule: "http-without-https-redirect",
        path: "Resources.HttpListener.Properties.DefaultActions",
      },
    ],
    [
      "ListenerArn naming the HTTP listener while HTTPS serves",
      SHARED,
      "Value: !If [HasCertificate, !Ref HttpsListener, !Ref HttpListener]",
      "Value: !Ref HttpListener",
      {
        rule: "serving-listener-placeholder",
        path: "Resources.HttpListener.Properties.DefaultActions",
      },
    ],
    [
      "a version path without its no-slash variant",
      VERSION,
      'Values: [!Sub "/v/${ModelVersion}", !Sub "/v/${ModelVersion}/*"]',
      'Values: [!Sub "/v/${ModelVersion}/*"]',
      {
        rule: "version-path-without-slash",
        path: "Resources.ListenerRule.Properties.Conditions[0]",
      },
    ],
    [
      "a container health check that needs node",
      VERSION,
      "          LogConfiguration:\n",
      "          HealthCheck:\n            Command: [CMD, node, -e, \"fetch('http://127.0.0.1:8080/ready')\"]\n          LogConfiguration:\n",
      {
        rule: "health-check-needs-runtime",
        path: "Resources.TaskDefinition.Properties.ContainerDefinitions[0].HealthCheck",
      },
    ],
    [
      "a container health check that needs curl",
      VERSION,
      "          LogConfiguration:\n",
      "          HealthCheck:\n            Command: [CMD-SHELL, curl -f http://localhost:8080/ready]\n          LogConfiguration:\n",
      { rule: "health-check-needs-runtime" },
    ],
    [
      "a target group without the app tag",
      VERSION,
      "        - { Key: modelship:app, Value: !Ref AppName }\n        - { Key: modelship:version, Value: !Ref ModelVersion }\n\n  ListenerRule",
      "        - { Key: modelship:version, Value: !Ref ModelVersion }\n\n  ListenerRule",
      {
        rule: "untagged-app-resource",
        path: "Resources.TargetGroup.Properties.Tags",
      },
    ],
    [
      "a role without the permissions boundary",
      SHARED,
      "      RoleName: !Sub ${AppName}-shared-task\n      Path: !Sub /modelship/${AppName}/\n      PermissionsBoundary:",
      "      RoleName: !Sub ${AppName}-shared-task\n      Path: !Sub /modelship/${AppName}/\n      Tags: []\n      X:",
      { rule: "unbounded-role", path: "Resources.TaskRole.Properties" },
    ],
    [
      "a role outside the app's path",
      SHARED,
      "      RoleName: !Sub ${AppName}-shared-execution\n      Path: !Sub /modelship/${AppName}/",
      "      RoleName: !Sub ${AppName}-shared-execution\n      Path: /",
      { rule: "unbounded-role", path: "Resources.ExecutionRole.Properties" },
    ],
    [
      "a target group port from a parameter (replacement)",
      VERSION,
      "      Port: 80\n",
      "      Port: !Ref ContainerPort\n",
      {
        rule: "target-group-replacement",
        path: "Resources.TargetGroup.Properties.Port",
      },
    ],
    [
      "a template that does not say who deploys it",
      VERSION,
      "    deployed-by: service-role\n",
      "    owner: someone\n",
      { rule: "deployed-by-missing", path: "Metadata" },
    ],
  ])("catches %s", (_name, base, from, to, expected) => {
    const text = mutate(base, from, to);
    const findings = validateTemplate(text);
    expect(findings).toEqual(
      expect.arrayContaining([expect.objectContaining(expected)]),
    );
    for (const f of findings) expect(f.line).toBeGreaterThan(0);
  });

  it("checks a shape that only some parameters produce (no certificate)", () => {
    // Without a certificate the HTTP listener serves: a redirect there would leave nothing to serve.
    const text = mutate(
      SHARED,
      '        - - Type: fixed-response\n            FixedResponseConfig:\n              StatusCode: "503"',
      '        - - Type: redirect\n            RedirectConfig:\n              StatusCode: "HTTP_301"',
    );
    expect(validateTemplate(text)).toEqual([
      expect.objectContaining({
        rule: "serving-listener-placeholder",
        path: "Resources.HttpListener.Properties.DefaultActions",
        message: expect.stringContaining("is the serving listener"),
      }),
    ]);
  });

  it.each<[string, string, Partial<Finding>]>([
    [
      "no resources",
      "Metadata: { modelship: { deployed-by: administrator } }\nResources: {}\n",
      { rule: "no-resources" },
    ],
    [
      "a resource referenced from Rules",
      "Metadata: { modelship: { deployed-by: administrator } }\nRules: { R: { Assertions: [{ Assert: !Equals [!Ref Q, x] }] } }\nResources: { Q: { Type: AWS::SNS::Topic } }\n",
      {
        rule: "rule-references-resource",
        path: "Rules.R.Assertions[0].Assert.Fn::Equals[0].Ref",
      },
    ],
  ])("catches %s (which cfn-lint lets through)", (_name, text, expected) => {
    expect(validateTemplate(text)).toEqual(
      expect.arrayContaining([expect.objectContaining(expected)]),
    );
  });

  it("reports broken YAML with its line", () => {
    expect(validateTemplate("a: 1\nResources: [a\n")).toEqual([
      expect.objectContaining({
        rule: "yaml-syntax",
        line: expect.any(Number),
      }),
    ]);
  });

  it("prints file, line, rule and path", () => {
    const text = mutate(
      VERSION,
      "      Port: 80\n",
      "      Port: !Ref ContainerPort\n",
    );
    const line =
      text
        .split("\n")
        .findIndex((l) => l === "      Port: !Ref ContainerPort") + 1;
    const [finding] = validateTemplate(text);
    expect(formatFinding("v.yml", finding as Finding)).toMatch(
      new RegExp(
        `^v\\.yml:${line}: \\[target-group-replacement\\] Resources\\.TargetGroup\\.Properties\\.Port: `,
      ),
    );
  });
});
