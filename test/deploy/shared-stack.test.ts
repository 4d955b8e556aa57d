/**
 * The shared stack on repeated deploys: left alone when nothing changed, tagged without the
 * commit, the traffic split put back right after an update, SubnetIds warned about, and guarded
 * while version stacks run on it.
 */
import type {
  CreateChangeSetCommandInput,
  ResourceChange,
} from "@aws-sdk/client-cloudformation";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { ensureShared } from "../../actions/lib/deploy/shared-stack.js";
import {
  LISTENER_ARN,
  targetGroupArn,
  type AwsRequest,
  type FakeAws,
} from "../helpers/fake-aws/index.js";
import {
  deployFixture,
  deployRequest,
  LB_SHARED_PARAMETERS as SHARED,
  ROLE_ARN,
} from "./fixture.js";

const isSharedChangeSet = (request: AwsRequest) =>
  request.action === "CreateChangeSet" &&
  request.input.StackName === "modelship-shared";
const sharedChangeSets = (aws: FakeAws) =>
  aws
    .inputsOf<CreateChangeSetCommandInput>("CreateChangeSet")
    .filter((input) => input.StackName === "modelship-shared");

describe("the shared stack on a deploy", () => {
  it("is not touched when its template and parameters are what it runs: no change set at all", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    await deploy.asRepository({
      version: "a",
      image: "repo:a",
      "shared-parameters": SHARED,
    });
    const { logger } = await deploy.asRepository({
      version: "b",
      image: "repo:b",
      "shared-parameters": SHARED,
    });
    expect(sharedChangeSets(aws)).toHaveLength(1);
    expect(logger.text()).toMatch(
      /shared stack modelship-shared is CREATE_COMPLETE with this template and these parameters: not updating it/,
    );
    expect(aws.inputsOf("GetTemplate")).toHaveLength(1);
  });

  it("carries no per-commit tag, so a new commit changes nothing on it", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    await deploy.asRepository(
      { version: "a", image: "repo:a", "shared-parameters": SHARED },
      { commitSha: "c0ffee1" },
    );
    await deploy.asRepository(
      { version: "b", image: "repo:b", "shared-parameters": SHARED },
      { commitSha: "d00d002" },
    );
    const [only, ...more] = sharedChangeSets(aws);
    expect(more).toEqual([]);
    expect(only?.Tags).toEqual([
      { Key: "modelship:app", Value: "modelship" },
      { Key: "modelship:version", Value: "shared" },
      { Key: "modelship:repository", Value: "octo/models" },
    ]);
    const version = aws
      .inputsOf<CreateChangeSetCommandInput>("CreateChangeSet")
      .find((input) => input.StackName === "modelship-v-b");
    expect(version?.Tags).toContainEqual({
      Key: "modelship:commit",
      Value: "d00d002",
    });
  });

  it("gets the traffic split back right after an update, before the version stack is touched", async () => {
    const { aws, deploy } = deployFixture({ shared: false });
    await deploy.asRepository({
      version: "a",
      image: "repo:a",
      "shared-parameters": SHARED,
    });
    const served = aws.requests.length;
    await deploy.asRepository({
      version: "b",
      image: "repo:b",
      traffic: "a=100,b=0",
      "shared-parameters": `${SHARED}\nLogRetentionDays=90`,
    });
    const later = aws.requests.slice(served);
    const at = (found: (request: AwsRequest) => boolean) =>
      later.findIndex(found);
    const sharedUpdate = later.find(isSharedChangeSet)?.input;
    expect(sharedUpdate?.ChangeSetType).toBe("UPDATE");
    const sharedExecute = Math.max(
      ...later.map((request, i) =>
        request.action === "ExecuteChangeSet" &&
        String(request.input.StackName).includes("stack/modelship-shared/")
          ? i
          : -1,
      ),
    );
    const again = at((request) => request.action === "ModifyListener");
    const versionCreate = at(
      (request) =>
        request.action === "CreateChangeSet" &&
        request.input.StackName === "modelship-v-b",
    );
    expect(later[again]?.input).toEqual({
      ListenerArn: LISTENER_ARN,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: targetGroupArn("a"), Weight: 100 },
            ],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        },
      ],
    });
    // After the shared stack's execute, before the version stack's change set.
    expect(sharedExecute).toBeGreaterThanOrEqual(0);
    expect(again).toBeGreaterThan(sharedExecute);
    expect(again).toBeLessThan(versionCreate);
  });

  it.each([
    [
      `VpcId=vpc-1\nSubnetIds=subnet-1,subnet-2\nDatabaseUrlSecretArn=arn:aws:ssm:us-east-1:123456789012:parameter/db`,
      true,
    ],
    [SHARED, false],
  ])(
    "warns that SubnetIds is deprecated only when it is used (%#)",
    async (shared, warned) => {
      const { deploy } = deployFixture({ shared: false });
      const { logger } = await deploy.asRepository({
        version: "a",
        image: "repo:a",
        "shared-parameters": shared,
      });
      const warnings = logger.entries.filter((e) => e.level === "warning");
      expect(
        warnings.some((w) =>
          /SubnetIds is deprecated: give LoadBalancerSubnetIds/.test(w.message),
        ),
      ).toBe(warned);
    },
  );
});

/**
 * A shared stack that exists in `status`, runs an older template, and has version stack "a" on it
 * (another app's version stack beside it); its next change set lists `changes`.
 */
function guardedWorld(status: string, changes: ResourceChange[]) {
  const { aws } = deployFixture({
    shared: {
      status,
      templateBody: "an older template",
      parameters: { VpcId: "vpc-0" },
    },
    versions: ["a"],
  });
  aws.addStack("other-v-zz", {});
  aws.script("modelship-shared", { changeSet: { changes } });
  const ensure = () =>
    ensureShared(
      {
        ...deployRequest({
          version: "b",
          image: "repo:b",
          "shared-parameters": SHARED,
          "cloudformation-role-arn": ROLE_ARN,
        }),
        pollMs: 1,
      },
      aws.clients,
      { logger: memoryLogger(), source: {} },
    );
  return { aws, ensure };
}

describe("the shared stack while versions run on it", () => {
  it.each([
    [
      {
        Action: "Modify",
        LogicalResourceId: "LoadBalancer",
        ResourceType: "AWS::ElasticLoadBalancingV2::LoadBalancer",
        Replacement: "True",
        Details: [
          { Target: { Name: "Subnets", RequiresRecreation: "Always" } },
        ],
      } as ResourceChange,
      /replace LoadBalancer \(Subnets\)/,
    ],
    [
      {
        Action: "Remove",
        LogicalResourceId: "HttpsListener",
        ResourceType: "AWS::ElasticLoadBalancingV2::Listener",
      } as ResourceChange,
      /remove HttpsListener/,
    ],
  ])(
    "refuses an update that would break them (%#), before executing it",
    async (change, what) => {
      const { aws, ensure } = guardedWorld("UPDATE_COMPLETE", [change]);
      const run = ensure();
      await expect(run).rejects.toThrow(ConfigurationError);
      await expect(ensure()).rejects.toThrow(what);
      await expect(ensure()).rejects.toThrow(
        /while 1 version stack\(s\) run on it \(a\)/,
      );
      expect(aws.actions()).not.toContain("ExecuteChangeSet");
      expect(aws.actions()).toContain("DeleteChangeSet");
      expect(aws.changeSets.size).toBe(0);
    },
  );

  it("lets an update through that only modifies resources in place", async () => {
    const { aws, ensure } = guardedWorld("UPDATE_COMPLETE", [
      {
        Action: "Modify",
        LogicalResourceId: "LogGroup",
        ResourceType: "AWS::Logs::LogGroup",
        Replacement: "False",
      },
    ]);
    await expect(ensure()).resolves.toMatchObject({
      outputs: { ListenerArn: LISTENER_ARN },
    });
    expect(aws.inputsOf("ExecuteChangeSet")).toHaveLength(1);
  });

  it("refuses to delete a broken shared stack while versions run on it", async () => {
    const { aws, ensure } = guardedWorld("ROLLBACK_COMPLETE", []);
    await expect(ensure()).rejects.toThrow(
      /modelship-shared is ROLLBACK_COMPLETE and would have to be deleted, but 1 version stack\(s\) still run on it \(a\)/,
    );
    expect(aws.actions()).not.toContain("CreateChangeSet");
  });
});
