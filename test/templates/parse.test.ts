import {
  formatPath,
  parseTemplate,
} from "../../actions/lib/deploy/cfn-yaml.js";

describe("parseTemplate", () => {
  it.each([
    ["!Ref X", { Ref: "X" }],
    ["!GetAtt R.Endpoint.Address", { "Fn::GetAtt": ["R", "Endpoint.Address"] }],
    ["!GetAtt [R, Arn]", { "Fn::GetAtt": ["R", "Arn"] }],
    ["!Sub 'a${B}'", { "Fn::Sub": "a${B}" }],
    ["!Sub ['${A}', { A: 1 }]", { "Fn::Sub": ["${A}", { A: 1 }] }],
    [
      "!If [C, !Ref AWS::NoValue, 2]",
      { "Fn::If": ["C", { Ref: "AWS::NoValue" }, 2] },
    ],
    ["!Equals [a, b]", { "Fn::Equals": ["a", "b"] }],
    ["!Not [!Condition C]", { "Fn::Not": [{ Condition: "C" }] }],
    [
      "!And [!Condition A, !Condition B]",
      { "Fn::And": [{ Condition: "A" }, { Condition: "B" }] },
    ],
    [
      "!Or [!Condition A, !Condition B]",
      { "Fn::Or": [{ Condition: "A" }, { Condition: "B" }] },
    ],
    ["!Select [0, !GetAZs '']", { "Fn::Select": [0, { "Fn::GetAZs": "" }] }],
    ["!Split [',', !Ref L]", { "Fn::Split": [",", { Ref: "L" }] }],
    ["!Join ['', [a, b]]", { "Fn::Join": ["", ["a", "b"]] }],
    ["!ImportValue shared-Vpc", { "Fn::ImportValue": "shared-Vpc" }],
    ["!FindInMap [M, k, v]", { "Fn::FindInMap": ["M", "k", "v"] }],
    ["!Base64 { 'Fn::Sub': x }", { "Fn::Base64": { "Fn::Sub": "x" } }],
    ["!Cidr [10.0.0.0/16, 4, 8]", { "Fn::Cidr": ["10.0.0.0/16", 4, 8] }],
  ])("expands %s", (yaml, expected) => {
    const parsed = parseTemplate(`v: ${yaml}\n`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toEqual({ v: expected });
  });

  it("reports duplicate keys with their line", () => {
    expect(parseTemplate("a: 1\nb: 2\na: 3\n").errors).toEqual([
      expect.objectContaining({ line: 3 }),
    ]);
  });
});

describe("formatPath", () => {
  it.each([
    [[], ""],
    [
      ["Resources", "A", "Properties", "L", 0, "K"],
      "Resources.A.Properties.L[0].K",
    ],
  ])("%j → %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
