import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  archiveTableName,
  parseAppName,
  parseVersion,
  qualified,
  quoteIdent,
  sharedStackName,
  versionStackName,
} from "../../actions/lib/version.js";

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const SAFE_SQL = /^[a-z0-9_]{1,63}$/;

describe("parseVersion", () => {
  it.each([
    ["v1", "v1", "v1", "modelship-v-v1"],
    ["v3", "v3", "v3", "modelship-v-v3"],
    ["1.4.0", "1--4--0", "1__4__0", "modelship-v-1--4--0"],
    ["v1.2", "v1--2", "v1__2", "modelship-v-v1--2"],
    ["v1-2", "v1-2", "v1_2", "modelship-v-v1-2"],
    ["sha-3f2a1bc", "sha-3f2a1bc", "sha_3f2a1bc", "modelship-v-sha-3f2a1bc"],
    ["2026-11-21", "2026-11-21", "2026_11_21", "modelship-v-2026-11-21"],
    [
      "a".repeat(32),
      "a".repeat(32),
      "a".repeat(32),
      `modelship-v-${"a".repeat(32)}`,
    ],
  ])("accepts %j", (raw, slug, sqlKey, stack) => {
    const names = parseVersion(raw);
    expect(names).toMatchObject({ version: raw, slug, sqlKey, imageTag: raw });
    expect(versionStackName("modelship", names)).toBe(stack);
    expect(versionStackName("modelship", names)).toMatch(STACK_NAME);
    expect(names.imageTag).toMatch(IMAGE_TAG);
    expect(names.tables.inputs).toBe(`${sqlKey}_inputs`);
    expect(names.tables.outputs).toMatch(SAFE_SQL);
    expect(names.tables.inputs).toMatch(SAFE_SQL);
  });

  it.each([
    ["", /version is empty/],
    ["V1", /not allowed.*try "v1"/],
    ["v1;drop", /"v1;drop" is not allowed: use lowercase letters/],
    ["v1'--", /not allowed/],
    ['v1"x', /not allowed/],
    ["v1 2", /not allowed/],
    ["v1/2", /not allowed/],
    ["v1_2", /not allowed/],
    ["v1..2", /not allowed/],
    ["v1.-2", /not allowed/],
    ["-v1", /not allowed/],
    [".v1", /not allowed/],
    ["v1.", /not allowed/],
    ["v1-", /not allowed/],
    ["vé1", /not allowed/],
    ["v1\u200b", /not allowed/],
    ["v１", /not allowed/],
    ["v1\n", /not allowed/],
    ["v1\u0000", /not allowed/],
    ["$(rm -rf)", /not allowed/],
    ["a".repeat(33), /33 characters long/],
    ["a".repeat(5000), /5000 characters long: .*max 32/],
    ["a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p", /too long once archived/],
  ])("rejects %j", (raw, message) => {
    expect(() => parseVersion(raw)).toThrow(ConfigurationError);
    expect(() => parseVersion(raw)).toThrow(message);
  });

  it("never maps two different versions to one name", () => {
    const versions = [
      "v1.2",
      "v1-2",
      "v12",
      "v1.2.0",
      "v1-2-0",
      "v1.2-0",
      "v1-2.0",
      "1.20",
      "12.0",
    ];
    for (const key of ["slug", "sqlKey", "imageTag"] as const) {
      const derived = versions.map((v) => parseVersion(v)[key]);
      expect(new Set(derived).size).toBe(versions.length);
    }
  });

  it("shows a long hostile value shortened in the message", () => {
    expect(() => parseVersion(`x;${"y".repeat(100)}`)).toThrow(/"x;y{58}…"/);
  });
});

describe("parseAppName", () => {
  it.each(["modelship", "iris", "fraud-model-2"])("accepts %j", (app) => {
    expect(parseAppName(app)).toBe(app);
    expect(sharedStackName(app)).toMatch(STACK_NAME);
  });

  it.each([
    "",
    "2fast",
    "-x",
    "Model",
    "a_b",
    "a--b",
    "x".repeat(33),
    "app;drop",
    "a",
    "internal-models",
    "v",
    "v-models",
    "ml-v",
    "ml-v-2",
  ])("rejects %j", (app) => {
    expect(() => parseAppName(app)).toThrow(
      /app .* is not allowed: start with a lowercase letter/,
    );
  });

  it.each(["ml-v2", "vision", "ml-internal", "internalx"])(
    "accepts %j (only a whole part 'v' or the prefix 'internal-' is refused)",
    (app) => {
      expect(parseAppName(app)).toBe(app);
    },
  );

  // One app's IAM scopes are name patterns: stack/<app>-shared/* and stack/<app>-v-*/* (and the
  // task family <app>-v-*). No other valid app may own a stack those patterns match.
  it("keeps every app's stack patterns apart from every other app's stacks", () => {
    const parts = ["ml", "v", "prod", "v2", "shared", "internal", "x1"];
    const candidates = parts.flatMap((a) => [
      a,
      ...parts.flatMap((b) => [
        `${a}-${b}`,
        ...parts.map((c) => `${a}-${b}-${c}`),
      ]),
    ]);
    const apps = candidates.filter((app) => {
      try {
        return parseAppName(app) === app;
      } catch {
        return false;
      }
    });
    expect(apps.length).toBeGreaterThan(100);
    const stacksOf = (app: string) => [
      sharedStackName(app),
      versionStackName(app, parseVersion("v1")),
      versionStackName(app, parseVersion("shared")),
    ];
    const overlaps: string[] = [];
    for (const app of apps) {
      for (const other of apps.filter((a) => a !== app)) {
        for (const stack of stacksOf(other)) {
          if (stack.startsWith(`${app}-v-`) || stack === sharedStackName(app))
            overlaps.push(`${app} reaches ${other}'s ${stack}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe("SQL identifiers", () => {
  it.each([
    ["plain", '"plain"'],
    ['we"ird', '"we""ird"'],
    ['x"; DROP TABLE deployments; --', '"x""; DROP TABLE deployments; --"'],
  ])("quotes %j", (raw, quoted) => {
    expect(quoteIdent(raw)).toBe(quoted);
  });

  it("rejects NUL bytes", () => {
    expect(() => quoteIdent("a\u0000b")).toThrow(/NUL/);
  });

  it("qualifies schema and table", () => {
    expect(qualified("predictions", "v1_inputs")).toBe(
      '"predictions"."v1_inputs"',
    );
  });

  it("stamps archive names and keeps them within 63 characters", () => {
    const at = new Date("2026-11-21T23:36:36.000Z");
    expect(archiveTableName("v1__2_outputs", at)).toBe(
      "v1__2_outputs_261121233636",
    );
    const longest = parseVersion("a".repeat(32)).tables.outputs;
    expect(archiveTableName(longest, at).length).toBeLessThanOrEqual(63);
  });
});
