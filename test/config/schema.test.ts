import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import {
  CONFIG_KEY_PATHS,
  CONFIG_SCHEMA,
  parseRepositoryConfig,
} from "../../actions/lib/config/index.js";
import {
  checkSupported,
  resolveRef,
  type SchemaNode,
} from "../../actions/lib/config/schema.js";
import { APP_PATTERN, parseAppName } from "../../actions/lib/version.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Each group's action, whose inputs the group's keys are named after. */
const GROUP_ACTIONS: Record<string, string> = {
  train: "train",
  gate: "accuracy-gate",
  build: "build-push",
  smoke: "smoke-test",
  deploy: "deploy-stack",
};
/** Keys that are no input of their group's action: the issue's new ones, and CLI-only ones. */
const NOT_ACTION_INPUTS = new Set([
  "smoke.check-logs",
  "deploy.kind",
  "build.prepare",
]);

function actionInputs(action: string): Record<string, { default?: string }> {
  const file = path.join(ROOT, "actions", action, "action.yml");
  return parseYaml(readFileSync(file, "utf8")).inputs;
}

/** Every key of the file with its resolved schema: `app`, `train.command`, ... */
function leaves(): [string, SchemaNode][] {
  const out: [string, SchemaNode][] = [];
  for (const [group, raw] of Object.entries(CONFIG_SCHEMA.properties ?? {})) {
    const schema = resolveRef(CONFIG_SCHEMA, raw);
    if (!schema.properties) {
      out.push([group, schema]);
      continue;
    }
    for (const [key, child] of Object.entries(schema.properties))
      out.push([`${group}.${key}`, resolveRef(CONFIG_SCHEMA, child)]);
  }
  return out;
}

describe("the shipped schema", () => {
  it("uses only keywords our validator implements", () => {
    expect(() => checkSupported(CONFIG_SCHEMA)).not.toThrow();
    expect(() => checkSupported({ oneOf: [] } as SchemaNode)).toThrow(
      'schema keyword "oneOf" at # is not supported',
    );
  });

  it("defines exactly the key paths the lookup accepts", () => {
    expect(leaves().map(([key]) => key)).toEqual([...CONFIG_KEY_PATHS]);
  });

  it("closes every object it defines, so typos are caught", () => {
    const objects = [
      CONFIG_SCHEMA,
      ...Object.values(CONFIG_SCHEMA.definitions ?? {}),
    ].filter((s) => s.type === "object");
    for (const schema of objects)
      expect(schema.additionalProperties).not.toBe(true);
    for (const schema of objects)
      expect(schema.additionalProperties).toBeDefined();
  });

  it.each(leaves())("%s has a description naming its default", (key, s) => {
    expect(s.description).toMatch(/Default: /);
    if (s.default !== undefined)
      expect(s.description).toContain(`Default: \`${String(s.default)}\``);
  });

  it("describes every group", () => {
    for (const [group, raw] of Object.entries(CONFIG_SCHEMA.properties ?? {}))
      expect([group, resolveRef(CONFIG_SCHEMA, raw).description]).toEqual([
        group,
        expect.any(String),
      ]);
  });

  it("uses the core's app-name pattern, verbatim", () => {
    const app = (
      CONFIG_SCHEMA.properties as Record<string, { pattern?: string }>
    ).app;
    expect(app?.pattern).toBe(APP_PATTERN.source);
  });
});

describe("the schema agrees with the actions", () => {
  const named = leaves().filter(([key]) => GROUP_ACTIONS[key.split(".")[0]!]);

  it.each(named)("%s is an input of its action", (key) => {
    const [group, input] = key.split(".") as [string, string];
    if (NOT_ACTION_INPUTS.has(key)) return;
    expect(Object.keys(actionInputs(GROUP_ACTIONS[group]!))).toContain(input);
  });

  it.each(named)("%s has the action's default, where it has one", (key, s) => {
    const [group, input] = key.split(".") as [string, string];
    const declared = actionInputs(GROUP_ACTIONS[group]!)[input]?.default;
    if (declared === undefined || declared === "") return;
    expect(String(s.default)).toBe(declared);
  });

  it("defines every modelship.yml key an input table names", () => {
    const named = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== "dist") walk(file);
        else if (entry.name.endsWith(".ts"))
          for (const m of readFileSync(file, "utf8").matchAll(
            /\bconfig: "([^"]+)"/g,
          ))
            named.add(m[1] as string);
      }
    };
    walk(path.join(ROOT, "actions"));
    expect(named.size).toBeGreaterThan(0);
    const known = new Set<string>(CONFIG_KEY_PATHS);
    expect([...named].filter((key) => !known.has(key))).toEqual([]);
  });

  it.each([
    "iris",
    "a",
    "my-app-2",
    "a".repeat(32),
    "a".repeat(33),
    "My-app",
    "2app",
    "app-",
    "a--b",
    "a_b",
    "",
    "a",
    "ml-v",
    "v-ml",
    "ml-v-2",
    "ml-vv",
    "internal-models",
  ])("accepts app %j exactly when parseAppName does", (name) => {
    const ours = (() => {
      try {
        parseRepositoryConfig(`app: "${name}"\n`, "m.yml");
        return true;
      } catch {
        return false;
      }
    })();
    const core = (() => {
      try {
        parseAppName(name);
        return true;
      } catch {
        return false;
      }
    })();
    expect(ours).toBe(core);
  });

  it("uses the core's app-name pattern, verbatim", () => {
    const app = (
      CONFIG_SCHEMA.properties as Record<string, { pattern?: string }>
    ).app;
    expect(app?.pattern).toBe(APP_PATTERN.source);
  });
});
