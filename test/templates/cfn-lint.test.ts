import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  cfnLint,
  formatLintFinding,
  type LintFinding,
} from "../../.ci/cfn/lint.js";
import {
  mutate,
  readTemplateText,
  TEMPLATE_NAMES,
  templatePath,
} from "./templates.js";

const VERSION = readTemplateText("version.yml");
const SHARED = readTemplateText("shared.yml");

// Mistakes the project's former spec-based validator caught, each with the cfn-lint rule that
// catches it now: the proof that dropping that validator lost nothing.
const VARIANTS: [string, string, string, string, string][] = [
  [
    "unknown property",
    VERSION,
    "      LaunchType: FARGATE",
    "      LaunchTyp: FARGATE",
    "E3002",
  ],
  [
    "unknown nested property",
    VERSION,
    "          Enable: true",
    "          Enabled: true",
    "E3002",
  ],
  [
    "wrong case",
    VERSION,
    "      HealthCheckPath: !Ref HealthCheckPath",
    "      HealthcheckPath: !Ref HealthCheckPath",
    "E3002",
  ],
  [
    "missing required property",
    VERSION,
    "      PolicyType: TargetTrackingScaling\n",
    "",
    "E3003",
  ],
  [
    "missing required nested property",
    VERSION,
    "            - Name: DATABASE_URL\n",
    "            - \n",
    "E3003",
  ],
  [
    "unknown resource type",
    VERSION,
    "Type: AWS::ECS::Service\n",
    "Type: AWS::ECS::Servic\n",
    "E3006",
  ],
  [
    "Ref to an undefined name",
    VERSION,
    "Cluster: !Ref ClusterName",
    "Cluster: !Ref ClusterNam",
    "E1020",
  ],
  [
    "GetAtt of an undefined resource",
    VERSION,
    "!GetAtt Service.Name",
    "!GetAtt Servic.Name",
    "E6101",
  ],
  [
    "GetAtt of an unknown attribute",
    VERSION,
    "!GetAtt Service.Name",
    "!GetAtt Service.Arn",
    "E6101",
  ],
  [
    "unknown attribute inside Sub",
    VERSION,
    "${Service.Name}",
    "${Service.ServiceName}",
    "E1019",
  ],
  [
    "undefined name inside Sub",
    VERSION,
    '!Sub "/v/${ModelVersion}/*"',
    '!Sub "/v/${Version}/*"',
    "E1019",
  ],
  [
    "DependsOn an undefined resource",
    VERSION,
    "DependsOn: ListenerRule",
    "DependsOn: ListenerRules",
    "E3005",
  ],
  [
    "undefined condition on a resource",
    SHARED,
    "    Condition: HasCertificate\n",
    "    Condition: HasCert\n",
    "E3015",
  ],
  [
    "unused condition",
    SHARED,
    "Conditions:\n",
    "Conditions:\n  NeverUsed: !Equals [!Ref AppName, x]\n",
    "W8001",
  ],
  [
    "resource referenced from Conditions",
    SHARED,
    '!Not [!Equals [!Ref CertificateArn, ""]]\n  Secret',
    '!Not [!Equals [!Ref LoadBalancer, ""]]\n  Secret',
    "E1020",
  ],
  [
    "list where a mapping is expected",
    VERSION,
    'Matcher: { HttpCode: "200" }',
    "Matcher: [200]",
    "E3012",
  ],
  [
    "non-number for an integer",
    VERSION,
    "ScaleInCooldown: 120",
    "ScaleInCooldown: two-minutes",
    "E3012",
  ],
  [
    "unknown resource attribute",
    VERSION,
    "    DependsOn: ListenerRule\n",
    "    DependsOn: ListenerRule\n    DeletePolicy: Retain\n",
    "E3001",
  ],
  [
    "YAML syntax error",
    VERSION,
    "SecurityGroups: [!Ref ServiceSecurityGroupId]",
    "SecurityGroups: [!Ref ServiceSecurityGroupId",
    "E0000",
  ],
  [
    "default outside AllowedValues",
    VERSION,
    'Default: "256"',
    'Default: "300"',
    "E2015",
  ],
  [
    "bad enum value",
    VERSION,
    "LaunchType: FARGATE",
    "LaunchType: FARGATEX",
    "E3030",
  ],
];

describe("cfn-lint (AWS's linter, at every level)", () => {
  let dir: string;
  let findings: LintFinding[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "cfn-lint-"));
    const variants = VARIANTS.map(([, base, from, to], i) => {
      const file = path.join(dir, `variant-${i}.yml`);
      writeFileSync(file, mutate(base, from, to));
      return file;
    });
    findings = await cfnLint([
      ...TEMPLATE_NAMES.map(templatePath),
      ...variants,
    ]);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds nothing in the shipped templates, informational notes included", () => {
    const shipped = findings.filter((f) => f.file.includes("stack-templates"));
    expect(shipped.map(formatLintFinding)).toEqual([]);
  });

  it.each(VARIANTS.map(([name, , , , id], i) => [name, id, i] as const))(
    "catches %s (%s)",
    (_name, id, i) => {
      const mine = findings.filter((f) => f.file.endsWith(`variant-${i}.yml`));
      expect(mine.map((f) => f.id)).toContain(id);
    },
  );
});
