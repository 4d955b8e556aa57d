import { awsResourceSpec } from "../../actions/lib/cfn/spec.js";
import {
  validateTemplate,
  type Finding,
} from "../../actions/lib/cfn/validate.js";

const spec = awsResourceSpec();
const validate = (text: string) => validateTemplate(text, { spec });

describe("template structure", () => {
  it.each<[string, string, Partial<Finding>]>([
    ["not a mapping", "- a\n- b\n", { rule: "template-structure", path: "" }],
    [
      "no resources",
      "Resources: {}\n",
      { rule: "template-structure", path: "Resources" },
    ],
    [
      "unknown section",
      "Resource: {}\nResources: { Q: { Type: AWS::SNS::Topic } }\n",
      { path: "Resource" },
    ],
    [
      "resource without Type",
      "Resources: { Q: { Properties: {} } }\n",
      { path: "Resources.Q" },
    ],
    [
      "bad parameter type",
      "Parameters: { P: { Type: Strin } }\nResources: { Q: { Type: AWS::SNS::Topic } }\n",
      { path: "Parameters.P.Type" },
    ],
    [
      "default outside AllowedValues",
      "Parameters: { P: { Type: String, Default: c, AllowedValues: [a, b] } }\nResources: { Q: { Type: AWS::SNS::Topic } }\n",
      { path: "Parameters.P.Default" },
    ],
    [
      "output without Value",
      "Resources: { Q: { Type: AWS::SNS::Topic } }\nOutputs: { O: { Description: x } }\n",
      { path: "Outputs.O" },
    ],
    [
      "undefined mapping",
      "Resources: { Q: { Type: AWS::SNS::Topic, Properties: { TopicName: !FindInMap [M, a, b] } } }\n",
      { rule: "undefined-mapping" },
    ],
    [
      "unknown property inside an Fn::If branch",
      "Conditions: { C: !Equals [a, b] }\nResources: { Q: { Type: AWS::SNS::Topic, Properties: !If [C, { TopicNam: x }, !Ref AWS::NoValue] } }\n",
      {
        rule: "unknown-property",
        path: "Resources.Q.Properties.Fn::If[1].TopicNam",
      },
    ],
    [
      "resource referenced from Rules",
      "Rules: { R: { Assertions: [{ Assert: !Equals [!Ref Q, x] }] } }\nResources: { Q: { Type: AWS::SNS::Topic } }\n",
      {
        rule: "undefined-reference",
        path: "Rules.R.Assertions[0].Assert.Fn::Equals[0].Ref",
      },
    ],
    [
      "GetAtt with a bad shape",
      "Resources: { Q: { Type: AWS::SNS::Topic, Properties: { TopicName: { 'Fn::GetAtt': [Q] } } } }\n",
      { rule: "bad-intrinsic" },
    ],
  ])("%s", (_name, text, expected) => {
    expect(validate(text)).toEqual(
      expect.arrayContaining([expect.objectContaining(expected)]),
    );
  });

  it.each([
    [
      "pseudo parameters and escaped Sub",
      "TopicName: !Sub '${AWS::StackName}-${!Literal}'",
    ],
    ["Sub variable map", "TopicName: !Sub ['${X}', { X: !Ref AWS::Region }]"],
    ["custom resource types", ""],
    [
      "JSON long form",
      `TopicName: { "Fn::Join": ["-", [{ "Ref": "AWS::Region" }, "x"]] }`,
    ],
  ])("accepts %s", (_name, prop) => {
    const text = `Resources:\n  Q:\n    Type: AWS::SNS::Topic\n    Properties:\n      ${prop || "{}"}\n  C:\n    Type: Custom::Thing\n    Properties: { ServiceToken: x, Anything: 1 }\n`;
    expect(validate(text)).toEqual([]);
  });
});
