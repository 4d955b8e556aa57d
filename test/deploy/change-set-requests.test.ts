/**
 * What the change sets of a deploy send: the service role (RoleARN), the template's resource
 * types (ResourceTypes, as the GitHub role's condition checks them), and on an update
 * UsePreviousValue for every declared parameter the caller left out, on both stacks.
 */
import type { CreateChangeSetCommandInput } from "@aws-sdk/client-cloudformation";
import type { FakeAws } from "../helpers/fake-aws/index.js";
import { loadTemplate } from "../templates/templates.js";
import { deployFixture, LB_SHARED_PARAMETERS, ROLE_ARN } from "./fixture.js";

const typesOf = (name: string) =>
  [
    ...new Set(
      Object.values(
        loadTemplate(name).Resources as Record<string, { Type: string }>,
      ).map((resource) => resource.Type),
    ),
  ].sort();

const changeSets = (aws: FakeAws) =>
  aws.inputsOf<CreateChangeSetCommandInput>("CreateChangeSet");

/** The change set's parameters: given values, and `previous` for UsePreviousValue. */
function parametersOf(input: CreateChangeSetCommandInput | undefined) {
  return Object.fromEntries(
    (input?.Parameters ?? []).map((p) => [
      p.ParameterKey,
      p.UsePreviousValue ? "previous" : p.ParameterValue,
    ]),
  );
}

describe("change sets", () => {
  it("name the service role and list exactly the template's resource types", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    await deploy.asRepository({
      version: "a",
      image: "repo:a",
      "shared-parameters": LB_SHARED_PARAMETERS,
    });
    const [shared, version] = changeSets(aws);
    expect(shared?.StackName).toBe("modelship-shared");
    expect(shared?.RoleARN).toBe(ROLE_ARN);
    expect(shared?.ResourceTypes).toEqual(typesOf("shared.yml"));
    expect(version?.StackName).toBe("modelship-v-a");
    expect(version?.RoleARN).toBe(ROLE_ARN);
    expect(version?.ResourceTypes).toEqual(typesOf("version.yml"));
    expect(version?.ResourceTypes).toContain("AWS::ECS::Service");
  });

  it("keep every parameter the caller left out on an update of either stack (UsePreviousValue)", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    const https = [
      LB_SHARED_PARAMETERS,
      "CertificateArn=arn:aws:acm:us-east-1:123456789012:certificate/abc",
      "DomainName=models.example.com",
      "LogRetentionDays=30",
    ].join("\n");
    await deploy.asRepository({
      version: "a",
      image: "repo:a",
      "shared-parameters": https,
      parameters: "Cpu=1024\nMemory=2048",
    });
    // The shift to 100% names neither the certificate nor the task size; retention changes.
    await deploy.asRepository({
      version: "a",
      image: "repo:a2",
      traffic: "a=100",
      "shared-parameters": `${LB_SHARED_PARAMETERS}\nLogRetentionDays=60`,
    });
    const sets = changeSets(aws);
    const sharedUpdate = sets.find(
      (c) => c.StackName === "modelship-shared" && c.ChangeSetType === "UPDATE",
    );
    expect(parametersOf(sharedUpdate)).toEqual({
      AppName: "modelship",
      VpcId: "vpc-1",
      LoadBalancerSubnetIds: "subnet-1,subnet-2",
      DatabaseUrlSecretArn: expect.stringContaining(":secret:db-AbC123"),
      LogRetentionDays: "60",
      CertificateArn: "previous",
      DomainName: "previous",
    });
    const versionUpdate = sets.find(
      (c) => c.StackName === "modelship-v-a" && c.ChangeSetType === "UPDATE",
    );
    expect(parametersOf(versionUpdate)).toMatchObject({
      ImageUri: "repo:a2",
      Cpu: "previous",
      Memory: "previous",
    });
    // Only parameters the stack has can keep a value; the others take the template's default.
    expect(parametersOf(versionUpdate)).not.toHaveProperty("MinCapacity");
    // The create sent no UsePreviousValue at all.
    const creates = sets.filter((c) => c.ChangeSetType === "CREATE");
    expect(
      creates
        .flatMap((c) => c.Parameters ?? [])
        .some((p) => p.UsePreviousValue),
    ).toBe(false);
    // CloudFormation (the fake honours UsePreviousValue) kept the certificate and the CPU.
    expect(
      aws.findStack("modelship-shared")?.parameters.CertificateArn,
    ).toContain("certificate/abc");
    expect(aws.findStack("modelship-v-a")?.parameters.Cpu).toBe("1024");
  });
});
