import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  chooseEnvironment,
  configForEnvironment,
  environmentNames,
  previousEnvironment,
} from "../../actions/lib/config/environments.js";
import {
  configLookup,
  parseRepositoryConfig,
} from "../../actions/lib/config/index.js";
import { layeredInputs } from "../../actions/lib/config/inputs.js";
import { ConfigurationError } from "../../actions/lib/errors.js";
import type { InputTable } from "../../actions/lib/input-table.js";
import { mapInputs } from "../../actions/lib/inputs.js";

const TWO = `
app: iris
aws:
  region: us-east-1
deploy:
  canary-weight: 10
  shared-parameters:
    VpcId: vpc-1
    DatabaseUrlSecretArn: arn-prod
smoke:
  p95-ms: 500
environments:
  staging:
    aws:
      region: eu-west-1
    deploy:
      canary-weight: 50
      shared-parameters:
        DatabaseUrlSecretArn: arn-staging
    smoke:
      requests: 20
    database-secret: STAGING_DATABASE_URL
  production:
`;

describe("environments in modelship.yml", () => {
  it("defaults to one environment, production, and leaves the file as it was", () => {
    const config = parseRepositoryConfig("app: iris\n", "modelship.yml");
    expect(environmentNames(config)).toEqual(["production"]);
    expect(chooseEnvironment(config, undefined)).toBe("production");
    expect(configForEnvironment(config, "production")).toEqual(config);
    expect(configLookup(config)("environments")).toBe("production");
  });

  it("keeps the pipeline order and lays each environment's overrides over the file", () => {
    const config = parseRepositoryConfig(TWO, "modelship.yml");
    expect(environmentNames(config)).toEqual(["staging", "production"]);
    expect(previousEnvironment(config, "production")).toBe("staging");
    expect(previousEnvironment(config, "staging")).toBeUndefined();
    const staging = configLookup(configForEnvironment(config, "staging"));
    expect(staging("aws.region")).toBe("eu-west-1");
    expect(staging("deploy.canary-weight")).toBe("50");
    expect(staging("deploy.shared-parameters")).toBe(
      "VpcId=vpc-1\nDatabaseUrlSecretArn=arn-staging",
    );
    expect(staging("smoke.requests")).toBe("20");
    expect(staging("smoke.p95-ms")).toBe("500");
    expect(staging("database-secret")).toBe("STAGING_DATABASE_URL");
    const production = configLookup(configForEnvironment(config, "production"));
    expect(production("aws.region")).toBe("us-east-1");
    expect(production("deploy.canary-weight")).toBe("10");
    expect(production("database-secret")).toBeUndefined();
  });

  it.each([
    ["environments: {}\n", /environments is empty/],
    [
      `app: ${"a".repeat(25)}\nenvironments:\n  staging: {}\n`,
      /"a{25}--staging", longer than 32 characters/,
    ],
  ])("refuses %j beyond what the schema says", (text, message) => {
    expect(() => parseRepositoryConfig(text, "modelship.yml")).toThrow(message);
  });

  it("refuses an environment the file does not declare, naming those it does", () => {
    const config = parseRepositoryConfig(TWO, "modelship.yml");
    expect(() => chooseEnvironment(config, "prod", "to")).toThrow(
      new ConfigurationError(
        'to "prod" is not an environment of modelship.yml (environments: staging, production)',
      ),
    );
  });

  describe("layered inputs with an environment flag", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "modelship-env-"));
    const table: InputTable = [
      { name: "config", help: "" },
      { name: "env", environment: true, help: "" },
      {
        name: "canary-weight",
        config: "deploy.canary-weight",
        default: "10",
        help: "",
      },
    ];
    beforeAll(() => writeFileSync(path.join(dir, "modelship.yml"), TWO));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      [{}, "staging", "50"],
      [{ env: "production" }, "production", "10"],
      [{ env: "staging", "canary-weight": "5" }, "staging", "5"],
    ])("given %j: env %s, canary weight %s", (given, env, weight) => {
      const read = layeredInputs(table, mapInputs(given), dir);
      expect(read("env")).toBe(env);
      expect(read("canary-weight")).toBe(weight);
    });

    it("a repository without modelship.yml is in production", () => {
      const empty = mkdtempSync(path.join(os.tmpdir(), "modelship-env-"));
      const read = layeredInputs(table, mapInputs({}), empty);
      expect(read("env")).toBe("production");
      rmSync(empty, { recursive: true });
    });
  });
});
