import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { stackOutputs } from "../../actions/lib/aws/stack.js";
import { AwsWorld, awsEndpoint, awsError } from "../helpers/fake-aws/index.js";

/**
 * The fake AWS on loopback HTTP, speaking the real query protocol, so the SDK's own retry
 * middleware (not a mock) handles the throttling: DescribeStacks answers Throttling `failures`
 * times, then succeeds.
 */
async function throttlingEndpoint(failures: number) {
  const aws = new AwsWorld({ shared: false });
  aws.addStack("modelship-v-v1", { outputs: { TargetGroupArn: "arn:tg/v1" } });
  let calls = 0;
  aws.before("DescribeStacks", () => {
    if (++calls <= failures) throw awsError("Throttling", "Rate exceeded");
  });
  const endpoint = await awsEndpoint(aws);
  return { ...endpoint, actions: () => aws.actions() };
}

// The endpoint comes from the standard variable, exactly as a LocalStack user would set it; the
// SDK reads it lazily, so it stays set for the whole test.
function client(endpoint: string, maxAttempts?: number) {
  process.env.AWS_ENDPOINT_URL = endpoint;
  return new CloudFormationClient({
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    ...(maxAttempts ? { maxAttempts } : {}),
  });
}

afterEach(() => {
  delete process.env.AWS_ENDPOINT_URL;
});

describe("throttling", () => {
  it("is retried by the SDK's standard retry mode until the call succeeds", async () => {
    const endpoint = await throttlingEndpoint(2);
    try {
      const outputs = await stackOutputs({
        cfn: client(endpoint.url),
        stackName: "modelship-v-v1",
      });
      expect(outputs).toEqual({ TargetGroupArn: "arn:tg/v1" });
      expect(endpoint.actions()).toEqual([
        "DescribeStacks",
        "DescribeStacks",
        "DescribeStacks",
      ]);
    } finally {
      await endpoint.close();
    }
  });

  it("names the call and the stack once the retries are used up", async () => {
    const endpoint = await throttlingEndpoint(100);
    try {
      await expect(
        stackOutputs({
          cfn: client(endpoint.url, 2),
          stackName: "modelship-v-v1",
        }),
      ).rejects.toThrow(
        "DescribeStacks on stack modelship-v-v1 failed: Rate exceeded",
      );
      expect(endpoint.actions()).toHaveLength(2);
    } finally {
      await endpoint.close();
    }
  });
});
