/**
 * revert deletes a version's stack through the app's CloudFormation service role: the GitHub role
 * allows DeleteStack only with RoleARN. The input is read from the table like any other.
 */
import type { DeleteStackCommandInput } from "@aws-sdk/client-cloudformation";
import { awsRevertPlatform } from "../../actions/lib/revert/aws-platform.js";
import {
  readRevertInputs,
  REVERT_INPUTS,
} from "../../actions/lib/revert/inputs.js";
import { revertVersion } from "../../actions/lib/revert/core.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { parseVersion } from "../../actions/lib/version.js";
import { inputsFor } from "../helpers/inputs.js";
import { fakeAws } from "../helpers/fake-aws/index.js";

const ROLE = "arn:aws:iam::123456789012:role/modelship/iris-cloudformation";

describe("revert and the CloudFormation service role", () => {
  it("reads cloudformation-role-arn from the input or modelship.yml's aws.cloudformation-role-arn", () => {
    const given = readRevertInputs(
      inputsFor(REVERT_INPUTS, {
        version: "v2",
        "cloudformation-role-arn": ROLE,
      }),
    );
    expect(given.cloudFormationRoleArn).toBe(ROLE);
    const configured = readRevertInputs(
      inputsFor(REVERT_INPUTS, { version: "v2" }, (key) =>
        key === "aws.cloudformation-role-arn" ? ROLE : undefined,
      ),
    );
    expect(configured.cloudFormationRoleArn).toBe(ROLE);
    expect(
      readRevertInputs(inputsFor(REVERT_INPUTS, { version: "v2" }))
        .cloudFormationRoleArn,
    ).toBeUndefined();
  });

  it("names it in DeleteStack", async () => {
    const aws = fakeAws({
      versions: ["v1", "v2"],
      traffic: { v1: 100, v2: 0 },
    });
    const stackId = aws.findStack("modelship-v-v2")?.id;
    const logger = memoryLogger();
    await revertVersion({
      app: aws.app,
      version: parseVersion("v2"),
      dropData: false,
      force: false,
      platform: awsRevertPlatform({
        ...aws.clients,
        app: aws.app,
        roleArn: ROLE,
        logger,
        pollMs: 1,
      }),
      logger,
    });
    expect(aws.inputsOf<DeleteStackCommandInput>("DeleteStack")).toEqual([
      { StackName: stackId, RoleARN: ROLE },
    ]);
    expect(aws.findStack("modelship-v-v2")).toBeUndefined();
  });
});
