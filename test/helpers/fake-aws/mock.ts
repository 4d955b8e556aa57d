/**
 * The fake AWS in the test process: real SDK clients whose `send` aws-sdk-client-mock answers
 * from an AwsWorld, so tests drive the real adapters. A command the world does not model fails.
 */
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { ECRClient } from "@aws-sdk/client-ecr";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { REGION } from "./resources.js";
import { AwsWorld, type AwsSeed, type Service } from "./world.js";

const CONFIG = {
  region: REGION,
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
};

/** The stub's `send`: every command goes to the world, by its name without "Command". */
function answerFrom(world: AwsWorld, service: Service) {
  return (command: { input: object; constructor: { name: string } }) =>
    world.call(
      service,
      command.constructor.name.replace(/Command$/, ""),
      command.input as Record<string, unknown>,
    ) as Promise<never>;
}

/**
 * An AwsWorld (see AwsSeed) with `clients` to pass to the code under test and their `mocks`
 * (for `commandCalls`, or `on(...)` to override the world). ECS is not modelled: `mocks.ecs`
 * answers nothing until a test scripts it.
 */
export function fakeAws(seed: AwsSeed = {}) {
  const clients = {
    cfn: new CloudFormationClient(CONFIG),
    elb: new ElasticLoadBalancingV2Client(CONFIG),
    ecr: new ECRClient(CONFIG),
    ecs: new ECSClient(CONFIG),
  };
  const mocks = {
    cfn: mockClient(clients.cfn),
    elb: mockClient(clients.elb),
    ecr: mockClient(clients.ecr),
    ecs: mockClient(clients.ecs),
  };
  const world = new AwsWorld(seed);
  mocks.cfn.send.callsFake(answerFrom(world, "cloudformation"));
  mocks.elb.send.callsFake(answerFrom(world, "elbv2"));
  mocks.ecr.send.callsFake(answerFrom(world, "ecr"));
  return Object.assign(world, { clients, mocks });
}

/** What fakeAws returns. */
export type FakeAws = ReturnType<typeof fakeAws>;
