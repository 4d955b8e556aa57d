import http from "node:http";
import type { AddressInfo } from "node:net";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { stackOutputs } from "../../actions/lib/aws/stack.js";

const NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

const throttled = `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r1</RequestId></ErrorResponse>`;
const described = `<DescribeStacksResponse xmlns="${NS}"><DescribeStacksResult><Stacks><member>
<StackName>modelship-v-v1</StackName><StackId>arn:aws:cloudformation:us-east-1:1:stack/modelship-v-v1/x</StackId>
<StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2026-01-01T00:00:00Z</CreationTime>
<Outputs><member><OutputKey>TargetGroupArn</OutputKey><OutputValue>arn:tg/v1</OutputValue></member></Outputs>
</member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></DescribeStacksResponse>`;

/**
 * A CloudFormation endpoint speaking the real query protocol over HTTP, so the SDK's own retry
 * middleware (not a mock) handles the throttling: it answers Throttling `failures` times, then
 * succeeds.
 */
async function throttlingEndpoint(failures: number) {
  const actions: string[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      actions.push(new URLSearchParams(body).get("Action") ?? "?");
      const fail = actions.length <= failures;
      res.writeHead(fail ? 400 : 200, { "content-type": "text/xml" });
      res.end(fail ? throttled : described);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, actions, close: () => new Promise((r) => server.close(r)) };
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
      expect(endpoint.actions).toEqual([
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
      expect(endpoint.actions).toHaveLength(2);
    } finally {
      await endpoint.close();
    }
  });
});
