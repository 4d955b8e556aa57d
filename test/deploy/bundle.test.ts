import pg from "pg";
import {
  AwsWorld,
  awsEndpoint,
  LOAD_BALANCER_URL,
  type AwsEndpoint,
} from "../helpers/fake-aws/index.js";
import { useTestDatabase } from "../helpers/postgres.js";
import { runBundle } from "../helpers/run-bundle.js";

/**
 * Each test's own fake AWS, on loopback HTTP: the bundle gets it as AWS_ENDPOINT_URL, so any call
 * is answered and counted here instead of leaving the machine.
 */
let aws: AwsWorld;
let endpoint: AwsEndpoint;
beforeEach(async () => {
  aws = new AwsWorld({
    shared: {
      parameters: {
        DatabaseUrlSecretArn: "arn:aws:ssm:us-east-1:123456789012:parameter/db",
        ContainerPort: "8080",
      },
    },
  });
  endpoint = await awsEndpoint(aws);
});
afterEach(() => endpoint.close());

const good = { version: "v2", image: "repo:v2" };

describe("deploy-stack bundle: bad input fails before any AWS call", () => {
  it.each([
    [
      "unsafe version",
      { version: "v1;drop" },
      /version "v1;drop" is not allowed/,
    ],
    ["missing version", { version: "" }, /input "version" is required/],
    ["missing image", { image: "" }, /input "image" is required/],
    [
      "image with spaces",
      { image: "repo v2" },
      /"repo v2" is not an image reference/,
    ],
    [
      "malformed traffic",
      { traffic: "v1:50,v2:50" },
      /"v1:50" is not of the form version=weight/,
    ],
    [
      "weights not summing to 100",
      { traffic: "v1=50,v2=40" },
      /add up to 90, they must add up to 100/,
    ],
    [
      "unsafe version in traffic",
      { traffic: "v1;x=50,v2=50" },
      /bad version: version "v1;x"/,
    ],
    [
      "unknown template file",
      { template: "nope/version.yml" },
      /input "template" ".*nope\/version.yml" does not exist/,
    ],
    [
      "undeclared parameter",
      { parameters: "Bogus=1" },
      /parameter "Bogus" is not declared/,
    ],
    [
      "bad timeout",
      { "timeout-minutes": "soon" },
      /input "timeout-minutes" must be a number/,
    ],
    [
      "poll too slow",
      { "poll-seconds": "30" },
      /input "poll-seconds" must be at most 3/,
    ],
    ["bad metrics", { metrics: "{oops" }, /input "metrics": not valid JSON/],
  ])("%s", async (_name, inputs, message) => {
    const run = await runBundle("deploy-stack", {
      inputs: { ...good, ...inputs },
      env: endpoint.env,
    });
    expect(run.code).toBe(2); // a usage or configuration error
    expect(run.stdout).toMatch(/::error::deploy-stack failed: /);
    expect(run.stdout).toMatch(message);
    expect(run.outputs).toEqual({});
    expect(aws.requests).toEqual([]);
  });

  it("masks the database URL and its password", async () => {
    const run = await runBundle("deploy-stack", {
      inputs: {
        ...good,
        traffic: "v2=99",
        "database-url": "postgres://u:s3cret@db:5432/x",
      },
      env: endpoint.env,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("::add-mask::postgres://u:s3cret@db:5432/x");
    expect(run.stdout).toContain("::add-mask::s3cret");
    expect(aws.requests).toEqual([]);
  });
});

describe("deploy-stack bundle: a deploy through the runner protocol", () => {
  const databaseUrl = useTestDatabase();

  it("creates the version stack, sets traffic, records the row, and sets every output", async () => {
    const run = await runBundle("deploy-stack", {
      inputs: {
        version: "v2",
        image: "repo:v2",
        "poll-seconds": "0.1",
        "database-url": databaseUrl(),
      },
      env: {
        ...endpoint.env,
        GITHUB_SHA: "abc123",
        GITHUB_REPOSITORY: "octo/models",
      },
    });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      "stack-name": "modelship-v-v2",
      "stack-id": expect.stringMatching(
        /^arn:aws:cloudformation:.*:stack\/modelship-v-v2\//,
      ),
      url: LOAD_BALANCER_URL,
      "version-url": `${LOAD_BALANCER_URL}/v/v2`,
      status: "CREATE_COMPLETE",
      traffic: '{"v2":100}',
      // A batch version's outputs: set, and empty, for an online one (steps may read them either way).
      bucket: "",
      "inbox-prefix": "",
      "output-prefix": "",
      "queue-url": "",
      "input-stream": "",
      "output-stream": "",
    });
    expect(run.summary).toContain("deploy-stack: `v2` CREATE_COMPLETE");
    expect(run.stdout).toMatch(
      /modelship-v-v2 {2}AWS::CloudFormation::Stack {2}CREATE_COMPLETE/,
    );
    // The stack first, then the traffic: the listener forwards to its target group only once it is up.
    expect(aws.changes).toEqual([
      "CreateChangeSet modelship-v-v2 CREATE",
      "ExecuteChangeSet modelship-v-v2",
      "ModifyListener http",
    ]);
    expect(aws.split()).toEqual({ v2: 100 });
    // The room check and keep-versions read the load balancer and the stacks, and got answers.
    expect(run.stdout).toContain(
      "load balancer: 0 listener rules and 0 target groups in use",
    );
    expect(aws.actions()).toEqual(
      expect.arrayContaining([
        "DescribeTargetGroups",
        "DescribeAccountLimits",
        "ListStacks",
      ]),
    );
    expect(run.stdout).not.toMatch(/::warning::/);
    // What the version stack got from the shared one, through the query protocol.
    expect(aws.findStack("modelship-v-v2")?.parameters).toMatchObject({
      ModelVersion: "v2",
      ImageUri: "repo:v2",
      ClusterName: "modelship",
      ContainerPort: "8080",
      DatabaseUrlSecretArn: "arn:aws:ssm:us-east-1:123456789012:parameter/db",
    });
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    const { rows } = await client.query(
      "SELECT version, status, traffic_weight, commit_sha FROM deployments",
    );
    await client.end();
    expect(rows).toEqual([
      {
        version: "v2",
        status: "serving",
        traffic_weight: 100,
        commit_sha: "abc123",
      },
    ]);
  });
});
