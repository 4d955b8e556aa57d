import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";
import {
  CONFIG_SCHEMA,
  configLookup,
  parseRepositoryConfig,
} from "../../actions/lib/config/index.js";
import { ConfigurationError } from "../../actions/lib/errors.js";

// ajv is the reference implementation of JSON Schema (and what editors' checks behave like); our
// own validator must reach the same verdict on every case below.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
ajv.addKeyword("patternErrorMessage");
const ajvValidate = ajv.compile(CONFIG_SCHEMA);

function parse(text: string) {
  return parseRepositoryConfig(text, "modelship.yml");
}

function ourError(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigurationError");
}

const VALID: [string, string][] = [
  ["an empty file", ""],
  ["only comments", "# nothing yet\n"],
  ["just the app", "app: iris-v2\n"],
  [
    "every group",
    [
      "app: iris",
      "train:",
      "  command: python3 train.py",
      "  working-directory: model",
      "  metrics-file: out/metrics.json",
      "  timeout-minutes: 0.5",
      "gate:",
      "  rules: |",
      "    accuracy >= 0.9",
      "    accuracy delta >= -0.01",
      "build:",
      "  context: .",
      "  dockerfile: docker/Dockerfile",
      "  build-args:",
      "    PYTHON_VERSION: 3.10",
      "    DEBUG: false",
      "service:",
      "  port: 9000",
      "  predict-path: /invocations",
      "  health-path: /healthz",
      "  ready-path: /ping",
      "  start: python3 server.py",
      "smoke:",
      "  cases-file: smoke-cases.json",
      "  requests: 50",
      "  concurrency: 5",
      "  p95-ms: 250.5",
      "  max-error-rate: 0",
      "  check-logs: false",
      "  ready-timeout-seconds: 30",
      "deploy:",
      "  kind: batch",
      "  canary-weight: 100",
      "  keep-versions: 2",
      "  timeout-minutes: 45",
      "  parameters: { Cpu: 512, Memory: 1024 }",
      "  shared-parameters:",
      "    VpcId: vpc-123",
      "    SubnetIds: subnet-a,subnet-b",
      "aws:",
      "  region: eu-west-1",
    ].join("\n"),
  ],
  ["rules as a list", "gate:\n  rules:\n    - accuracy >= 0.9\n"],
  [
    "anchors and aliases",
    "train:\n  command: &c python3 t.py\nservice:\n  start: *c\n",
  ],
  ["an AWS GovCloud region", "aws:\n  region: us-gov-west-1\n"],
];

// Each mistake: the file, then the exact message our loader gives (file:line: ...).
const INVALID: [string, string, string][] = [
  [
    "a string for a number",
    "smoke:\n  p95-ms: fast\n",
    'modelship.yml:2: smoke.p95-ms must be a number, got "fast"',
  ],
  [
    "a quoted number",
    "smoke:\n  requests: '200'\n",
    'modelship.yml:2: smoke.requests must be a whole number, got "200"',
  ],
  [
    "a fraction for a whole number",
    "service:\n  port: 80.5\n",
    "modelship.yml:2: service.port must be a whole number, got 80.5",
  ],
  [
    "below a minimum",
    "deploy:\n  canary-weight: 0\n",
    "modelship.yml:2: deploy.canary-weight must be at least 1, got 0",
  ],
  [
    "above a maximum",
    "\n\nsmoke:\n  max-error-rate: 1.5\n",
    "modelship.yml:4: smoke.max-error-rate must be at most 1, got 1.5",
  ],
  [
    "zero where more is needed",
    "train:\n  timeout-minutes: 0\n",
    "modelship.yml:2: train.timeout-minutes must be more than 0, got 0",
  ],
  [
    "yes is not a boolean in YAML 1.2",
    "smoke:\n  check-logs: no\n",
    'modelship.yml:2: smoke.check-logs must be true or false, got "no"',
  ],
  [
    "an unknown kind",
    "deploy:\n  kind: canary\n",
    'modelship.yml:2: deploy.kind must be one of online, batch, stream, got "canary"',
  ],
  [
    "a typo in a key",
    "train:\n  comand: make\n",
    "modelship.yml:2: unknown key train.comand (did you mean train.command?)",
  ],
  [
    "a shortened key",
    "smoke:\n  p95: 300\n",
    "modelship.yml:2: unknown key smoke.p95 (did you mean smoke.p95-ms?)",
  ],
  [
    "an action name for a group",
    "smoke-test:\n  requests: 1\n",
    "modelship.yml:1: unknown key smoke-test (did you mean smoke?)",
  ],
  [
    "a key in capitals",
    "Train:\n  command: x\n",
    "modelship.yml:1: unknown key Train (did you mean train?)",
  ],
  [
    "a key with no near match",
    "aws:\n  account: '123'\n",
    "modelship.yml:2: unknown key aws.account (known keys: region, cloudformation-role-arn, role-arn)",
  ],
  [
    "a key a later issue adds",
    "pipelines: {}\n",
    "modelship.yml:1: unknown key pipelines (known keys: app, train, gate, build, service, smoke, ab, deploy, gateway, aws, database-secret, environments)",
  ],
  [
    "an environment name with a part 'v'",
    "environments:\n  pre-v: {}\n",
    "modelship.yml:2: key \"pre-v\" in environments must be an environment name: a lowercase letter, then lowercase letters, digits and single '-' (at most 16); no part may be 'v'",
  ],
  [
    "an override the environment may not set",
    "environments:\n  staging:\n    train:\n      command: x\n",
    "modelship.yml:3: unknown key environments.staging.train (known keys: aws, deploy, smoke, database-secret)",
  ],
  [
    "a bad app name",
    "app: My App\n",
    "modelship.yml:1: app must start with a lowercase letter; then lowercase letters, digits and single '-' (2 to 32 characters); no part may be 'v' and it may not start with 'internal-', got \"My App\"",
  ],
  [
    "an app name too long",
    `app: ${"a".repeat(33)}\n`,
    "modelship.yml:1: app must be at most 32 characters long, got 33",
  ],
  [
    "an empty command",
    "train:\n  command: ''\n",
    "modelship.yml:2: train.command must not be empty",
  ],
  [
    "an empty group",
    "train:\n",
    "modelship.yml:1: train is empty: give a map of keys, or delete the line",
  ],
  [
    "an empty value",
    "smoke:\n  p95-ms:\n",
    "modelship.yml:2: smoke.p95-ms is empty: give a number, or delete the line",
  ],
  [
    "a list for a string",
    "build:\n  context: [a, b]\n",
    "modelship.yml:2: build.context must be a string, got a list",
  ],
  [
    "a number for rules",
    "gate:\n  rules: 42\n",
    "modelship.yml:2: gate.rules must be a string or a list, got 42",
  ],
  [
    "an empty list of rules",
    "gate:\n  rules: []\n",
    "modelship.yml:2: gate.rules must have at least 1 item(s)",
  ],
  [
    "a rule that is a map",
    "gate:\n  rules:\n    - accuracy: 0.9\n",
    "modelship.yml:3: gate.rules[0] must be a string, got a map",
  ],
  [
    "a relative service path",
    "service:\n  predict-path: invocations\n",
    "modelship.yml:2: service.predict-path must start with '/' and hold no spaces, '?' or '#', got \"invocations\"",
  ],
  [
    "a bad region",
    "aws:\n  region: Europe\n",
    'modelship.yml:2: aws.region must be an AWS region such as us-east-1, got "Europe"',
  ],
  [
    "a bad build-arg name",
    "build:\n  build-args:\n    my arg: 1\n",
    "modelship.yml:3: key \"my arg\" in build.build-args must be a build argument name: letters, digits and '_', not starting with a digit",
  ],
  [
    "a map as a parameter value",
    "deploy:\n  parameters:\n    Cpu: { a: 1 }\n",
    "modelship.yml:3: deploy.parameters.Cpu must be a string, a number or true or false, got a map",
  ],
  [
    "a parameter on two lines",
    'deploy:\n  parameters:\n    Cpu: "1\\n2"\n',
    'modelship.yml:3: deploy.parameters.Cpu must fit on one line, got "1\\n2"',
  ],
  [
    "a list as the file",
    "- app\n",
    "modelship.yml:1: the file must be a map of keys, got a list",
  ],
  [
    "a scalar as the file",
    "hello\n",
    'modelship.yml:1: the file must be a map of keys, got "hello"',
  ],
];

describe("parseRepositoryConfig: valid files", () => {
  it.each(VALID)("%s", (_name, text) => {
    expect(() => parse(text)).not.toThrow();
    expect(ajvValidate(parseYaml(text) ?? {})).toBe(true);
  });

  it("keeps map values as written and yields input strings", () => {
    const lookup = configLookup(parse(VALID[3]![1]));
    expect(lookup("app")).toBe("iris");
    expect(lookup("train.timeout-minutes")).toBe("0.5");
    expect(lookup("gate.rules")).toBe(
      "accuracy >= 0.9\naccuracy delta >= -0.01",
    );
    // YAML reads 3.10 as the number 3.1; a build argument keeps what the user wrote.
    expect(lookup("build.build-args")).toBe("PYTHON_VERSION=3.10\nDEBUG=false");
    expect(lookup("smoke.check-logs")).toBe("false");
    expect(lookup("smoke.max-error-rate")).toBe("0");
    expect(lookup("deploy.parameters")).toBe("Cpu=512\nMemory=1024");
    expect(lookup("deploy.shared-parameters")).toBe(
      "VpcId=vpc-123\nSubnetIds=subnet-a,subnet-b",
    );
    expect(lookup("service.start")).toBe("python3 server.py");
  });

  it("resolves aliases", () => {
    expect(configLookup(parse(VALID[5]![1]))("service.start")).toBe(
      "python3 t.py",
    );
  });
});

describe("parseRepositoryConfig: each kind of mistake", () => {
  it.each(INVALID)("%s", (_name, text, message) => {
    expect(ourError(text)).toBe(message);
    expect(ajvValidate(parseYaml(text))).toBe(false);
  });

  it("reports every problem at once, each on its own line", () => {
    const message = ourError(
      "smoke:\n  p95-ms: fast\n  requests: 0\ndeploy:\n  kind: x\n",
    );
    expect(message.split("\n")).toEqual([
      'modelship.yml:2: smoke.p95-ms must be a number, got "fast"',
      "modelship.yml:3: smoke.requests must be at least 1, got 0",
      'modelship.yml:5: deploy.kind must be one of online, batch, stream, got "x"',
    ]);
  });

  it("caps the list of problems", () => {
    const text = Array.from({ length: 30 }, (_, i) => `unknown${i}: 1`).join(
      "\n",
    );
    const lines = ourError(text).split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe("… and 10 more problems");
  });

  it("shows only a short excerpt of a long key", () => {
    const message = ourError(`smoke:\n  ${"k".repeat(500)}: 1\n`);
    expect(message).toBe(
      `modelship.yml:2: unknown key smoke.${"k".repeat(40)}… (known keys: cases-file, requests, concurrency, p95-ms, max-error-rate, check-logs, ready-timeout-seconds)`,
    );
  });

  it("shows only a short excerpt of a long value", () => {
    const secretish = "x".repeat(500);
    const message = ourError(`aws:\n  region: ${secretish}\n`);
    expect(message.length).toBeLessThan(140);
    expect(message).toContain(`"${"x".repeat(39)}…`);
  });
});
