/**
 * The ResourceTypes deploy-stack sends come from the template the change set carries
 * (readTemplate), so this checks the code's own list against the GitHub role's condition: every
 * shipped template passes, and a template with a type the role does not list is refused.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readTemplate } from "../../actions/lib/deploy/template.js";
import { templatePath } from "../templates/templates.js";
import { isAllowed } from "./policy.js";
import { appRoles, arn } from "./roles.js";

const ML = appRoles("ml");
const changeSet = (stack: string, types: string[]) => ({
  action: "cloudformation:CreateChangeSet",
  resource: arn("cloudformation", `stack/${stack}/0d3c6e70`),
  context: {
    "cloudformation:RoleArn": ML.serviceRoleArn,
    "cloudformation:ResourceTypes": types,
  },
});

describe("the change sets' ResourceTypes against the GitHub role", () => {
  it.each([
    ["shared.yml", "ml-shared"],
    ["version.yml", "ml-v-1--2"],
    ["batch.yml", "ml-v-1--2"],
  ])("%s: the types the code sends are allowed", (name, stack) => {
    const types = readTemplate(templatePath(name), name).resourceTypes;
    expect(types.length).toBeGreaterThan(3);
    expect(types).toEqual([...new Set(types)].sort());
    expect(isAllowed(ML.github, changeSet(stack, types))).toBe(true);
  });

  it("refuses a user template that adds a type the role does not list", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "modelship-types-"));
    const file = path.join(dir, "custom.yml");
    writeFileSync(
      file,
      [
        "Parameters: { AppName: { Type: String } }",
        "Resources:",
        "  Topic: { Type: AWS::SNS::Topic }",
        "  Service: { Type: AWS::ECS::Service }",
        "",
      ].join("\n"),
    );
    const types = readTemplate(file, "template").resourceTypes;
    expect(types).toEqual(["AWS::ECS::Service", "AWS::SNS::Topic"]);
    expect(isAllowed(ML.github, changeSet("ml-v-1--2", types))).toBe(false);
  });
});
