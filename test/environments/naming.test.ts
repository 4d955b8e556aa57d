import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  DEFAULT_ENVIRONMENT,
  environmentApp,
  parseEnvironmentName,
  parseVersion,
  qualified,
  sharedStackName,
  versionOfStackName,
  versionStackName,
} from "../../actions/lib/version.js";

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const SAFE_SQL = /^[a-z0-9_]{1,63}$/;

describe("environment names", () => {
  it.each([
    ["v1", "iris-v-v1", "iris-shared", "predictions", "predictions_archive"],
    [
      "1.4.0",
      "iris-v-1--4--0",
      "iris-shared",
      "predictions",
      "predictions_archive",
    ],
  ])(
    "the default environment keeps today's names (%j)",
    (raw, stack, shared, schema, archiveSchema) => {
      const names = parseVersion(raw);
      expect(names.environment).toBe(DEFAULT_ENVIRONMENT);
      expect(parseVersion(raw, "production")).toEqual(names);
      expect(versionStackName("iris", names)).toBe(stack);
      expect(sharedStackName("iris")).toBe(shared);
      expect(sharedStackName("iris", "production")).toBe(shared);
      expect(environmentApp("iris")).toBe("iris");
      expect(names.tables).toMatchObject({ schema, archiveSchema });
    },
  );

  it.each([
    [
      "staging",
      "v1",
      "iris--staging-v-v1",
      "iris--staging-shared",
      "predictions__staging",
    ],
    [
      "pre-prod",
      "v1.2",
      "iris--pre-prod-v-v1--2",
      "iris--pre-prod-shared",
      "predictions__pre_prod",
    ],
    [
      "archive",
      "v1",
      "iris--archive-v-v1",
      "iris--archive-shared",
      "predictions__archive",
    ],
  ])(
    "environment %j puts itself in stack and schema names",
    (env, raw, stack, shared, schema) => {
      const names = parseVersion(raw, env);
      expect(names.environment).toBe(env);
      expect(versionStackName("iris", names)).toBe(stack);
      expect(sharedStackName("iris", env)).toBe(shared);
      expect(names.tables.schema).toBe(schema);
      expect(versionOfStackName("iris", stack, env)).toBe(raw);
      // Each environment reads back only its own stacks.
      expect(versionOfStackName("iris", stack)).toBeUndefined();
    },
  );

  it.each([
    ["", /environment "" is not allowed/],
    ["Staging", /not allowed/],
    ["v", /no part may be 'v'/],
    ["pre-v-prod", /not allowed/],
    ["a--b", /not allowed/],
    ["a_b", /not allowed/],
    ["-a", /not allowed/],
    ["1st", /not allowed/],
    ["a".repeat(17), /at most 16/],
  ])("refuses environment %j", (raw, message) => {
    expect(() => parseEnvironmentName(raw)).toThrow(ConfigurationError);
    expect(() => parseEnvironmentName(raw)).toThrow(message);
    expect(() => parseVersion("v1", raw)).toThrow(ConfigurationError);
  });

  it("refuses an environment whose AWS name would not fit a load balancer name", () => {
    expect(() => environmentApp("a".repeat(20), "staging-two")).toThrow(
      /longer than 32 characters/,
    );
    expect(environmentApp("a".repeat(23), "staging")).toHaveLength(32);
  });

  it("never gives two (app, environment, version) the same stack, table or archive", () => {
    const apps = ["iris", "iris-staging", "ml", "ml-prod", "a1", "iris-e"];
    const envs = [
      "production",
      "staging",
      "prod",
      "e",
      "staging-2",
      "archive",
      "pre-prod",
    ];
    const versions = [
      "v1",
      "v1.2",
      "v1-2",
      "staging",
      "shared",
      "1.4.0",
      "sha-3f2a1bc",
    ];
    const stacks = new Map<string, string>();
    const schemas = new Map<string, string>();
    for (const env of envs) {
      const names = parseVersion("v1", env);
      for (const schema of [names.tables.schema, names.tables.archiveSchema]) {
        expect(schema).toMatch(SAFE_SQL);
        const owner = schemas.get(schema);
        expect(owner === undefined || owner === env).toBe(true);
        schemas.set(schema, env);
      }
      for (const app of apps) {
        const shared = sharedStackName(app, env);
        expect(stacks.get(shared)).toBeUndefined();
        stacks.set(shared, `${app}/${env}/shared`);
        for (const raw of versions) {
          const stack = versionStackName(app, parseVersion(raw, env));
          expect(stack).toMatch(STACK_NAME);
          expect(stacks.get(stack)).toBeUndefined();
          stacks.set(stack, `${app}/${env}/${raw}`);
        }
      }
    }
    // Within one database, tables of different environments differ by schema.
    const tables = new Set<string>();
    for (const env of envs)
      for (const raw of versions) {
        const t = parseVersion(raw, env).tables;
        for (const name of [
          qualified(t.schema, t.inputs),
          qualified(t.schema, t.outputs),
        ]) {
          expect(tables.has(name)).toBe(false);
          tables.add(name);
        }
      }
    expect(tables.size).toBe(envs.length * versions.length * 2);
  });
});
