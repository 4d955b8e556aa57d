import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { createTestDatabase } from "../helpers/postgres.js";
import { runBundle } from "../helpers/run-bundle.js";
import { deployEndpoint } from "./aws-http.js";

/**
 * Any request reaching this endpoint is an AWS call the action should not have made. The bundle
 * gets it as AWS_ENDPOINT_URL, so a call would be counted here instead of leaving the machine.
 */
let calls: string[] = [];
let server: http.Server;
let endpoint = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  calls = [];
});

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
      env: {
        AWS_ENDPOINT_URL: endpoint,
        AWS_REGION: "us-east-1",
        AWS_ACCESS_KEY_ID: "test",
        AWS_SECRET_ACCESS_KEY: "test",
      },
    });
    expect(run.code).toBe(2); // a usage or configuration error
    expect(run.stdout).toMatch(/::error::deploy-stack failed: /);
    expect(run.stdout).toMatch(message);
    expect(run.outputs).toEqual({});
    expect(calls).toEqual([]);
  });

  it("masks the database URL and its password", async () => {
    const run = await runBundle("deploy-stack", {
      inputs: {
        ...good,
        traffic: "v2=99",
        "database-url": "postgres://u:s3cret@db:5432/x",
      },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("::add-mask::postgres://u:s3cret@db:5432/x");
    expect(run.stdout).toContain("::add-mask::s3cret");
  });
});

describe("deploy-stack bundle: a deploy through the runner protocol", () => {
  it("creates the version stack, sets traffic, records the row, and sets every output", async () => {
    const aws = await deployEndpoint("modelship");
    const db = await createTestDatabase();
    try {
      const run = await runBundle("deploy-stack", {
        inputs: {
          version: "v2",
          image: "repo:v2",
          "poll-seconds": "0.1",
          "database-url": db.url,
        },
        env: {
          AWS_ENDPOINT_URL: aws.url,
          AWS_REGION: "us-east-1",
          AWS_ACCESS_KEY_ID: "test",
          AWS_SECRET_ACCESS_KEY: "test",
          GITHUB_SHA: "abc123",
          GITHUB_REPOSITORY: "octo/models",
        },
      });
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(0);
      expect(run.outputs).toEqual({
        "stack-name": "modelship-v-v2",
        "stack-id": "arn:stack/modelship-v-v2",
        url: "http://alb.test",
        "version-url": "http://alb.test/v/v2/",
        status: "CREATE_COMPLETE",
        traffic: '{"v2":100}',
      });
      expect(run.summary).toContain("deploy-stack: `v2` CREATE_COMPLETE");
      expect(run.stdout).toMatch(
        /modelship-v-v2 {2}AWS::CloudFormation::Stack {2}CREATE_COMPLETE/,
      );
      const actions = aws.requests.map((r) => r.action);
      expect(actions.indexOf("ExecuteChangeSet")).toBeLessThan(
        actions.indexOf("ModifyListener"),
      );
      const modify = aws.requests.find(
        (r) => r.action === "ModifyListener",
      )?.params;
      expect(
        modify?.get(
          "DefaultActions.member.1.ForwardConfig.TargetGroups.member.1.TargetGroupArn",
        ),
      ).toBe("arn:tg/v2");
      const client = new pg.Client({ connectionString: db.url });
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
    } finally {
      await aws.close();
      await db.drop();
    }
  });
});
