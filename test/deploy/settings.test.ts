/**
 * The deploy settings issue 11 adds: the CloudFormation service role (checked, and named when
 * AWS refuses a call for want of it) and keep-versions, from inputs or modelship.yml.
 */
import {
  CLOUDFORMATION_ROLE_INPUT,
  explainMissingRole,
  readCloudFormationRoleArn,
  ROLE_ARN_PATTERN,
} from "../../actions/lib/common-inputs.js";
import { CONFIG_SCHEMA } from "../../actions/lib/config/index.js";
import { resolveRef } from "../../actions/lib/config/schema.js";
import {
  DEPLOY_INPUTS,
  readDeployInputs,
} from "../../actions/lib/deploy/inputs.js";
import {
  ConfigurationError,
  ServiceCallError,
} from "../../actions/lib/errors.js";
import { mapInputs } from "../../actions/lib/inputs.js";
import { inputsFor } from "../helpers/inputs.js";
import { ROOT } from "../helpers/run-bundle.js";
import path from "node:path";

const read = (
  values: Record<string, string>,
  config?: (key: string) => string | undefined,
) =>
  readDeployInputs(
    inputsFor(
      DEPLOY_INPUTS,
      { version: "v1", image: "repo:v1", ...values },
      config,
    ),
    {
      actionDir: path.join(ROOT, "actions/deploy-stack/dist"),
      workspace: ROOT,
    },
  );

describe("cloudformation-role-arn", () => {
  it.each([
    "arn:aws:iam::123456789012:role/iris-cloudformation",
    "arn:aws:iam::123456789012:role/modelship/iris/iris-cloudformation",
    "arn:aws-us-gov:iam::123456789012:role/x",
    "arn:aws-cn:iam::123456789012:role/a+b=c,d.e@f-g_h",
  ])("accepts %s", (arn) => {
    expect(
      readCloudFormationRoleArn(mapInputs({ "cloudformation-role-arn": arn })),
    ).toBe(arn);
  });

  it.each([
    "iris-cloudformation",
    "arn:aws:iam::123456789012:user/iris",
    "arn:aws:iam::12345:role/iris",
    "arn:aws:sts::123456789012:assumed-role/iris/session",
    "arn:aws:iam::123456789012:role/",
    `arn:aws:iam::123456789012:role/${"a".repeat(65)}`,
  ])("refuses %s, naming the input, the key and the value", (arn) => {
    const attempt = () =>
      readCloudFormationRoleArn(mapInputs({ "cloudformation-role-arn": arn }));
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(
      `input "cloudformation-role-arn" (or "aws.cloudformation-role-arn" in modelship.yml) ${JSON.stringify(arn.slice(0, 120))} is not an IAM role ARN`,
    );
  });

  it("comes from modelship.yml when the input is empty, and is optional", () => {
    const role = "arn:aws:iam::123456789012:role/iris-cloudformation";
    expect(
      read({}, (key) =>
        key === "aws.cloudformation-role-arn" ? role : undefined,
      ).cloudFormationRoleArn,
    ).toBe(role);
    expect(read({}).cloudFormationRoleArn).toBeUndefined();
  });

  it("is checked with the same pattern as modelship.yml's schema", () => {
    const aws = resolveRef(CONFIG_SCHEMA, CONFIG_SCHEMA.properties?.aws ?? {});
    const key = aws.properties?.["cloudformation-role-arn"] as {
      pattern?: string;
    };
    expect(key.pattern).toBe(ROLE_ARN_PATTERN);
    expect(CLOUDFORMATION_ROLE_INPUT.config).toBe(
      "aws.cloudformation-role-arn",
    );
  });

  it("is named when AWS refuses a role-only call made without it", () => {
    const denied = new ServiceCallError(
      "CreateChangeSet",
      "stack iris-v-1",
      new Error(
        "User: arn:aws:sts::1:assumed-role/iris-github-deploy/x is not authorized to perform: cloudformation:CreateChangeSet",
      ),
    );
    const explained = explainMissingRole(denied, undefined);
    expect(explained).toBeInstanceOf(ConfigurationError);
    expect(String((explained as Error).message)).toMatch(
      /not authorized .*No CloudFormation service role was given.*set input "cloudformation-role-arn" \(or "aws.cloudformation-role-arn" in modelship.yml\)/,
    );
    expect(explainMissingRole(denied, "arn:aws:iam::1:role/x")).toBe(denied);
    const other = new ServiceCallError(
      "DescribeStacks",
      "stack x",
      new Error("not authorized"),
    );
    expect(explainMissingRole(other, undefined)).toBe(other);
  });
});

describe("keep-versions", () => {
  it.each([
    [{}, undefined, 3],
    [{ "keep-versions": "5" }, undefined, 5],
    [{}, "7", 7],
    [{ "keep-versions": "2" }, "7", 2],
  ])("%j with modelship.yml %s keeps %i", (values, configured, expected) => {
    const config = (key: string) =>
      key === "deploy.keep-versions" ? configured : undefined;
    expect(read(values, config).keepVersions).toBe(expected);
  });

  it.each(["0", "101", "2.5", "many"])("refuses %s", (raw) => {
    expect(() => read({ "keep-versions": raw })).toThrow(/keep-versions/);
  });
});

describe("a stream version's OutputStreamName", () => {
  const stream = (parameters: string, environment?: string) =>
    read({
      app: "iris",
      kind: "stream",
      parameters,
      ...(environment ? { environment } : {}),
    });

  it.each([
    ["the default (none given)", "InputStreamName=rides", undefined],
    ["one of the app's streams", "OutputStreamName=iris-tips", undefined],
    ["staging's own", "OutputStreamName=iris--staging-tips", "staging"],
  ])("accepts %s, with any input stream", (_name, parameters, environment) => {
    expect(stream(parameters, environment).parameters.size).toBe(1);
  });

  it.each([
    ["another app's stream", "OutputStreamName=rides-decisions", undefined],
    ["production's from staging", "OutputStreamName=iris-tips", "staging"],
  ])(
    "refuses %s before any call, naming the parameter and the rule",
    (_name, parameters, environment) => {
      const attempt = () => stream(parameters, environment);
      expect(attempt).toThrow(ConfigurationError);
      expect(attempt).toThrow(
        /OutputStreamName="[^"]+": a stream version may only write to its app's streams, named iris(--staging)?-<name>/,
      );
    },
  );
});
