/**
 * The fake AWS answers a bundle over loopback HTTP (the query protocol) exactly as it answers the
 * in-process mock: the same adapters, run on two worlds seeded alike, one through each path, get
 * the same results. Covered here are the calls the deploy core makes beyond a plain deploy: the
 * room check's paged ELB reads, ListStacks, GetTemplate, ContinueUpdateRollback, DeleteStack
 * through the service role, and a change set's resource changes.
 */
import {
  CloudFormationClient,
  type ResourceChange,
} from "@aws-sdk/client-cloudformation";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { albUsage } from "../../actions/lib/aws/alb-usage.js";
import {
  currentTemplateBody,
  listVersionStacks,
} from "../../actions/lib/aws/app-stacks.js";
import {
  continueRollback,
  deleteStack,
  deployStack,
  describeStack,
} from "../../actions/lib/aws/stack.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import {
  AwsWorld,
  awsEndpoint,
  fakeAws,
  LISTENER_ARN,
  LOAD_BALANCER_ARN,
  REGION,
  type AwsSeed,
} from "../helpers/fake-aws/index.js";

const ROLE = "arn:aws:iam::123456789012:role/modelship-cloudformation";
const REPLACED: ResourceChange = {
  Action: "Modify",
  LogicalResourceId: "TargetGroup",
  ResourceType: "AWS::ElasticLoadBalancingV2::TargetGroup",
  Replacement: "True",
  Details: [{ Target: { Name: "Port", RequiresRecreation: "Always" } }],
};

// Pages of 2, so every listing takes several calls.
const SEED: AwsSeed = {
  versions: ["a", "b"],
  takenPriorities: [5, 6, 7],
  otherTargetGroups: 3,
  limits: { "rules-per-application-load-balancer": 120 },
  pageSize: 2,
};

/** Adds a stuck stack, a stack with a template, and another app's stack to a seeded world. */
function furnish(world: AwsWorld): AwsWorld {
  world.addStack("modelship-v-stuck", {
    status: "UPDATE_ROLLBACK_FAILED",
    parameters: { ModelVersion: "stuck" },
  });
  world.addStack("modelship-v-tpl", { templateBody: "Resources: {} # tpl" });
  world.addStack("other-v-zz", {});
  return world.script("modelship-v-b", { changeSet: { changes: [REPLACED] } });
}

/** Runs the adapters against one pair of clients; returns what each found. */
async function scenario(clients: {
  cfn: CloudFormationClient;
  elb: ElasticLoadBalancingV2Client;
}) {
  const { cfn, elb } = clients;
  const logger = memoryLogger();
  const timing = { logger, pollMs: 1, roleArn: ROLE };
  const usage = await albUsage({ elb, listenerArn: LISTENER_ARN });
  const template = await currentTemplateBody({
    cfn,
    stackName: "modelship-v-tpl",
  });
  const stuck = await describeStack(cfn, "modelship-v-stuck");
  await continueRollback({
    ...timing,
    cfn,
    stackName: "modelship-v-stuck",
    stackId: stuck?.StackId ?? "",
  });
  const rolledBack = (await describeStack(cfn, "modelship-v-stuck"))
    ?.StackStatus;
  const deleted = await deleteStack({
    ...timing,
    cfn,
    stackName: "modelship-v-a",
  });
  // After the delete: ListStacks' status filter must leave the deleted stack out.
  const versions = (await listVersionStacks({ cfn, app: "modelship" })).map(
    (stack) => [stack.version, stack.status],
  );
  const reviewed: ResourceChange[] = [];
  const refused = await deployStack({
    ...timing,
    cfn,
    stackName: "modelship-v-b",
    templateBody: "Resources: {} # new",
    parameters: { ModelVersion: "b", ImageUri: "repo:b2" },
    tags: {},
    reviewChanges: (changes) => {
      reviewed.push(...changes);
      throw new Error("refused");
    },
  }).catch((error: Error) => error.message);
  return { usage, versions, template, rolledBack, deleted, reviewed, refused };
}

describe("the fake AWS over loopback HTTP", () => {
  it("answers the deploy core's calls as the in-process mock does", async () => {
    const inProcess = fakeAws(SEED);
    furnish(inProcess);
    const expected = await scenario(inProcess.clients);

    const world = furnish(new AwsWorld(SEED));
    const endpoint = await awsEndpoint(world);
    try {
      const config = {
        region: REGION,
        endpoint: endpoint.url,
        credentials: { accessKeyId: "test", secretAccessKey: "test" },
      };
      const overHttp = await scenario({
        cfn: new CloudFormationClient(config),
        elb: new ElasticLoadBalancingV2Client(config),
      });
      expect(overHttp).toEqual(expected);
    } finally {
      await endpoint.close();
    }
    expect(world.changes).toEqual(inProcess.changes);

    // What both found: 3 rules made elsewhere, a target group per version stack plus 3 others.
    expect(expected.usage).toEqual({
      loadBalancerArn: LOAD_BALANCER_ARN,
      rules: 3,
      targetGroups: 5,
      limits: expect.any(Map),
    });
    expect(
      expected.usage?.limits.get("rules-per-application-load-balancer"),
    ).toBe(120);
    expect(
      expected.usage?.limits.get("target-groups-per-application-load-balancer"),
    ).toBe(100);
    expect(expected.versions).toEqual([
      ["b", "CREATE_COMPLETE"],
      ["stuck", "UPDATE_ROLLBACK_COMPLETE"],
      ["tpl", "CREATE_COMPLETE"],
    ]);
    expect(expected.template).toBe("Resources: {} # tpl");
    expect(expected.rolledBack).toBe("UPDATE_ROLLBACK_COMPLETE");
    expect(expected.deleted).toEqual({ deleted: true, alreadyGone: false });
    expect(expected.reviewed).toEqual([REPLACED]);
    expect(expected.refused).toBe("refused");
    expect(world.inputsOf("DeleteStack")).toEqual([
      {
        StackName: expect.stringContaining("stack/modelship-v-a/"),
        RoleARN: ROLE,
      },
    ]);
    // Every listing was followed page by page: 4 rules (the default too) and 5 target groups.
    expect(world.inputsOf("DescribeRules")).toHaveLength(2);
    expect(world.inputsOf("DescribeTargetGroups")).toHaveLength(3);
  });
});
